import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PaPeriodFilter, PeriodFilterDetail } from '../src/forms/index.js';
import type { PaButton, PaSelectField, PaTextField } from '../src/index.js';
import '../src/forms/define.js';
import { allInShadow, inShadow, text } from './helpers.js';

const OPTIONS = [
  { value: 'b1', label: 'Léa Bernard' },
  { value: 'b2', label: 'Tom Bernard' },
];

async function filter(from = '', to = '') {
  const el = await fixture<PaPeriodFilter>(
    html`<pa-period-filter label="Filtrer les règlements" .from=${from} .to=${to}>
      <pa-select-field name="beneficiaire" label="Bénéficiaire" placeholder="Tous les bénéficiaires" .options=${OPTIONS}></pa-select-field>
    </pa-period-filter>`,
  );
  const [fromField, toField] = allInShadow<PaTextField>(el, 'pa-text-field') as [PaTextField, PaTextField];
  const select = el.querySelector('pa-select-field') as PaSelectField;
  const button = (label: string) =>
    allInShadow<PaButton>(el, 'pa-button').find((candidate) => text(candidate) === label)!;
  return { el, fromField, toField, select, button };
}

/** Types into a pa-text-field's or pa-select-field's native control as the member would. */
async function fill(field: PaTextField | PaSelectField, value: string): Promise<void> {
  const control = field.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>('input, select')!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await field.updateComplete;
}

describe('pa-period-filter', () => {
  it('is a named search form: the period « Du » / « Au » grouped, the slotted fields, Filtrer and Réinitialiser', async () => {
    const { el, fromField, toField } = await filter('2026-01-01', '2026-03-31');
    const form = inShadow<HTMLFormElement>(el, 'form');
    expect(form.getAttribute('role')).to.equal('search');
    expect(form.getAttribute('aria-label')).to.equal('Filtrer les règlements');
    expect(text(inShadow(el, 'fieldset legend'))).to.equal('Période');
    expect([fromField.label, toField.label]).to.deep.equal(['Du', 'Au']);
    expect([fromField.type, toField.type]).to.deep.equal(['date', 'date']);
    expect([fromField.value, toField.value]).to.deep.equal(['2026-01-01', '2026-03-31']);
    expect(allInShadow(el, 'pa-button').map(text)).to.deep.equal(['Filtrer', 'Réinitialiser']);
    expect(
      inShadow<HTMLSlotElement>(el, 'slot')
        .assignedElements()
        .map((node) => node.localName),
    ).to.deep.equal(['pa-select-field']);
    await expect(el).to.be.accessible();
  });

  it('reports the period and the slotted fields on « Filtrer », and on Enter in a date', async () => {
    const { el, fromField, toField, select, button } = await filter();
    await fill(fromField, '2026-02-01');
    await fill(toField, '2026-02-28');
    await fill(select, 'b2');
    let reported = oneEvent(el, 'pa-filter');
    button('Filtrer').click();
    const { detail } = (await reported) as CustomEvent<PeriodFilterDetail>;
    expect(detail).to.deep.equal({
      from: '2026-02-01',
      to: '2026-02-28',
      fields: { beneficiaire: 'b2' },
      reset: false,
    });
    expect([el.from, el.to]).to.deep.equal(['2026-02-01', '2026-02-28']);

    reported = oneEvent(el, 'pa-filter');
    fromField.focus();
    await sendKeys({ press: 'Enter' });
    expect(((await reported) as CustomEvent<PeriodFilterDetail>).detail.from).to.equal('2026-02-01');
  });

  it('accepts an open period (no start, no end or neither)', async () => {
    const { el, toField, button } = await filter();
    await fill(toField, '2026-02-28');
    const reported = oneEvent(el, 'pa-filter');
    button('Filtrer').click();
    const { detail } = (await reported) as CustomEvent<PeriodFilterDetail>;
    expect([detail.from, detail.to]).to.deep.equal(['', '2026-02-28']);
  });

  it('refuses an end before the start: the reason under « Au », which takes the focus, and no event', async () => {
    const { el, fromField, toField, button } = await filter();
    await fill(fromField, '2026-03-01');
    await fill(toField, '2026-02-01');
    let reports = 0;
    el.addEventListener('pa-filter', () => reports++);
    button('Filtrer').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(reports).to.equal(0);
    expect(toField.error).to.equal('La date de fin doit être postérieure ou égale à la date de début.');
    expect(fromField.error).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(toField);
    await expect(el).to.be.accessible();

    await fill(toField, '2026-03-31');
    const reported = oneEvent(el, 'pa-filter');
    button('Filtrer').click();
    await reported;
    expect(toField.error).to.equal('');
  });

  it('« Réinitialiser » clears the period, the slotted fields and the errors, and reports it', async () => {
    const { el, fromField, toField, select, button } = await filter('2026-03-01', '2026-02-01');
    await fill(select, 'b1');
    button('Filtrer').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(toField.error).not.to.equal('');
    const reported = oneEvent(el, 'pa-filter');
    button('Réinitialiser').click();
    const { detail } = (await reported) as CustomEvent<PeriodFilterDetail>;
    expect(detail).to.deep.equal({ from: '', to: '', fields: { beneficiaire: '' }, reset: true });
    await el.updateComplete;
    expect([fromField.value, toField.value, select.value]).to.deep.equal(['', '', '']);
    expect(toField.error).to.equal('');
  });
});
