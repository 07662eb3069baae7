import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PaSelectField, SelectOption } from '../src/index.js';
import '../src/define.js';
import { allInShadow, inShadow, text } from './helpers.js';

const STAYS: SelectOption[] = [
  { value: 'medecine', label: 'Médecine' },
  { value: 'chirurgie', label: 'Chirurgie' },
];

describe('pa-select-field', () => {
  it('renders a label tied to a native select whose first option means "nothing chosen", accessible', async () => {
    const el = await fixture<PaSelectField>(
      html`<pa-select-field label="Type de séjour" name="stayKind" .options=${STAYS}></pa-select-field>`,
    );
    const label = inShadow<HTMLLabelElement>(el, 'label');
    const select = inShadow<HTMLSelectElement>(el, 'select');
    expect(label.control).to.equal(select);
    expect(text(label)).to.equal('Type de séjour');
    expect(allInShadow<HTMLOptionElement>(el, 'option').map((o) => [o.value, text(o)])).to.deep.equal([
      ['', 'Choisissez…'],
      ['medecine', 'Médecine'],
      ['chirurgie', 'Chirurgie'],
    ]);
    expect(select.value).to.equal('');
    expect(select.hasAttribute('aria-describedby')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('marks a required field with a hidden asterisk, and is invalid until something is chosen', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><pa-select-field label="Bénéficiaire" name="who" required .options=${STAYS}></pa-select-field></form>`,
    );
    const el = form.querySelector('pa-select-field') as PaSelectField;
    await el.updateComplete;
    const star = inShadow(el, 'label .required');
    expect(text(star)).to.equal('*');
    expect(star.getAttribute('aria-hidden')).to.equal('true');
    expect(inShadow(el, 'select').getAttribute('aria-required')).to.equal('true');
    expect(form.checkValidity()).to.equal(false);
    el.value = 'chirurgie';
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('ties the error and the hint to the select with aria-describedby', async () => {
    const el = await fixture<PaSelectField>(
      html`<pa-select-field label="Type de séjour" name="stayKind" hint="Voir votre convocation"
        error="Choisissez le type de séjour." .options=${STAYS}></pa-select-field>`,
    );
    const select = inShadow<HTMLSelectElement>(el, 'select');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    const ids = (select.getAttribute('aria-describedby') ?? '').split(' ');
    expect(ids.map((id) => text(el.shadowRoot?.getElementById(id)))).to.deep.equal([
      'Choisissez le type de séjour.',
      'Voir votre convocation',
    ]);
    expect(getComputedStyle(select).borderTopColor).to.equal('rgb(192, 38, 45)');
    await expect(el).to.be.accessible();

    el.error = '';
    await el.updateComplete;
    expect(select.hasAttribute('aria-invalid')).to.equal(false);
    expect(select.getAttribute('aria-describedby')).to.equal('hint');
  });

  it('takes the chosen value into FormData, fires change from the host, and resets with its form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><pa-select-field label="Type de séjour" name="stayKind" .options=${STAYS}></pa-select-field></form>`,
    );
    const el = form.querySelector('pa-select-field') as PaSelectField;
    await el.updateComplete;
    const select = inShadow<HTMLSelectElement>(el, 'select');
    select.value = 'medecine';
    const changed = oneEvent(el, 'change');
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await changed).target).to.equal(el);
    expect(el.value).to.equal('medecine');
    await el.updateComplete;
    expect(new FormData(form).get('stayKind')).to.equal('medecine');

    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(select.value).to.equal('');
  });

  it('shows a value set as a property, even when the options arrive later', async () => {
    const el = await fixture<PaSelectField>(
      html`<pa-select-field label="Type de séjour" .value=${'chirurgie'}></pa-select-field>`,
    );
    el.options = STAYS;
    await el.updateComplete;
    expect(inShadow<HTMLSelectElement>(el, 'select').value).to.equal('chirurgie');
  });

  it('is reached and changed with the keyboard', async () => {
    const el = await fixture<PaSelectField>(
      html`<pa-select-field label="Type de séjour" .options=${STAYS}></pa-select-field>`,
    );
    el.focus();
    expect(el.shadowRoot?.activeElement).to.equal(inShadow(el, 'select'));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value).to.equal('medecine');
  });

  it('leaves a disabled field out of FormData', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><pa-select-field label="Type" name="t" value="medecine" disabled .options=${STAYS}></pa-select-field></form>`,
    );
    await (form.querySelector('pa-select-field') as PaSelectField).updateComplete;
    expect(new FormData(form).has('t')).to.equal(false);
  });
});
