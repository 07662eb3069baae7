import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { PaPeriodPresets, PeriodPresetDetail } from '../src/forms/index.js';
import '../src/forms/define.js';
import { allInShadow, inShadow, spoken, text } from './helpers.js';

const OPTIONS = [
  { value: 'mois', label: 'Mois en cours' },
  { value: '3m', label: '3 derniers mois' },
  { value: '6m', label: '6 derniers mois' },
  { value: '12m', label: '12 derniers mois' },
  { value: 'tous', label: 'Tous' },
];

async function presets(refresh = false) {
  const el = await fixture<PaPeriodPresets>(
    refresh
      ? html`<pa-period-presets .options=${OPTIONS} value="tous" refresh-label="Actualiser"></pa-period-presets>`
      : html`<pa-period-presets .options=${OPTIONS} value="tous"></pa-period-presets>`,
  );
  const presetButtons = () => allInShadow<HTMLButtonElement>(el, '[role="group"] button');
  const preset = (label: string) => presetButtons().find((button) => spoken(button) === label)!;
  const pressed = () => presetButtons().map((button) => button.getAttribute('aria-pressed'));
  return { el, presetButtons, preset, pressed };
}

describe('pa-period-presets', () => {
  it('is a group named « Période » of toggle buttons, the value pressed, and no « Actualiser » by default', async () => {
    const { el, presetButtons, pressed } = await presets();
    const group = inShadow(el, '[role="group"]');
    expect(group.getAttribute('aria-label')).to.equal('Période');
    expect(presetButtons().map(spoken)).to.deep.equal(OPTIONS.map((option) => option.label));
    expect(presetButtons().every((button) => button.type === 'button')).to.equal(true);
    expect(pressed()).to.deep.equal(['false', 'false', 'false', 'false', 'true']);
    // The pressed one is marked by more than its colour: a tick (hidden from screen readers) and bold.
    const tous = presetButtons()[4]!;
    expect(text(tous)).to.equal('✓Tous');
    expect(getComputedStyle(tous).fontWeight).to.equal('700');
    expect(allInShadow(el, 'button.refresh')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('fires pa-period {value} on a choice and presses the chosen button; the pressed one fires nothing', async () => {
    const { el, preset, pressed } = await presets();
    const chosen = oneEvent(el, 'pa-period');
    preset('3 derniers mois').click();
    const event = (await chosen) as CustomEvent<PeriodPresetDetail>;
    expect(event.detail).to.deep.equal({ value: '3m' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.value).to.equal('3m');
    await el.updateComplete;
    expect(pressed()).to.deep.equal(['false', 'true', 'false', 'false', 'false']);

    let fired = 0;
    el.addEventListener('pa-period', () => fired++);
    preset('3 derniers mois').click();
    await el.updateComplete;
    expect(fired).to.equal(0);

    // Set from outside (the URL), the pressed button follows.
    el.value = 'mois';
    await el.updateComplete;
    expect(pressed()).to.deep.equal(['true', 'false', 'false', 'false', 'false']);
    expect(fired).to.equal(0);
  });

  it('with refresh-label, shows the button and fires pa-refresh; the group takes another label', async () => {
    const { el, presetButtons } = await presets(true);
    el.label = 'Période des envois';
    await el.updateComplete;
    expect(inShadow(el, '[role="group"]').getAttribute('aria-label')).to.equal('Période des envois');
    const refresh = inShadow<HTMLButtonElement>(el, 'button.refresh');
    expect(spoken(refresh)).to.equal('Actualiser');
    expect(refresh.hasAttribute('aria-pressed')).to.equal(false);
    // Outside the group of presets.
    expect(presetButtons()).not.to.include(refresh);
    const refreshed = oneEvent(el, 'pa-refresh');
    refresh.click();
    expect((await refreshed).composed).to.equal(true);
    expect(el.value).to.equal('tous');
    await expect(el).to.be.accessible();
  });
});
