import { expect, fixture, html } from '@open-wc/testing';
import type { PaProgress } from '../src/forms/index.js';
import '../src/forms/define.js';
import { inShadow, text } from './helpers.js';

describe('pa-progress', () => {
  it('shows "Envoi en cours… N %" labelling a native progress bar, announced by steps, accessible', async () => {
    const el = await fixture<PaProgress>(html`<pa-progress .value=${0.45}></pa-progress>`);
    const progress = inShadow<HTMLProgressElement>(el, 'progress');
    const label = inShadow<HTMLLabelElement>(el, 'label');
    expect(label.textContent).to.equal('Envoi en cours… 45\u00a0%');
    expect(label.control).to.equal(progress);
    expect([progress.max, progress.value]).to.deep.equal([100, 45]);
    // Screen readers hear the steps of 25 % only, not every change of the bar.
    expect(text(inShadow(el, '[role=status]'))).to.equal('Envoi en cours : 25 %');
    el.value = 0.49;
    await el.updateComplete;
    expect(text(inShadow(el, '[role=status]'))).to.equal('Envoi en cours : 25 %');
    el.value = 0.1;
    await el.updateComplete;
    expect(text(inShadow(el, '[role=status]'))).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('follows the value, bounded to 0..100 %, with its own label', async () => {
    const el = await fixture<PaProgress>(html`<pa-progress label="Téléversement"></pa-progress>`);
    expect(text(inShadow(el, 'label'))).to.equal('Téléversement… 0 %');
    el.value = 1;
    await el.updateComplete;
    expect(text(inShadow(el, 'label'))).to.equal('Téléversement… 100 %');
    expect(inShadow<HTMLProgressElement>(el, 'progress').value).to.equal(100);
    el.value = 1.7;
    await el.updateComplete;
    expect(inShadow<HTMLProgressElement>(el, 'progress').value).to.equal(100);
    el.value = Number.NaN;
    await el.updateComplete;
    expect(text(inShadow(el, 'label'))).to.equal('Téléversement… 0 %');
  });
});
