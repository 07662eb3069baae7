import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PaButton, PaPasswordRules, PasswordCheck, PaTextField } from '../src/index.js';
import '../src/define.js';
import { allInShadow, inShadow, spoken, text } from './helpers.js';

async function formWith(button: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form><input name="q" value="départ" />${button}</form>`);
  let submits = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submits++;
  });
  const el = form.querySelector('pa-button') as PaButton;
  await el.updateComplete;
  return { form, el, submits: () => submits };
}

describe('pa-button', () => {
  it('renders a native button holding the slotted text, accessible', async () => {
    const el = await fixture<PaButton>(html`<pa-button>Valider</pa-button>`);
    const button = inShadow<HTMLButtonElement>(el, 'button');
    expect(button.localName).to.equal('button');
    expect(inShadow<HTMLSlotElement>(el, 'slot').assignedNodes().map(text).join('')).to.equal('Valider');
    expect(el.variant).to.equal('primary');
    expect(el.type).to.equal('button');
    await expect(el).to.be.accessible();
  });

  it('submits its form when type is submit, by click and by keyboard', async () => {
    const { el, submits } = await formWith(html`<pa-button type="submit">Envoyer</pa-button>`);
    inShadow(el, 'button').click();
    expect(submits()).to.equal(1);
    el.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(submits()).to.equal(3);
  });

  it('does not submit when type is button', async () => {
    const { el, submits } = await formWith(html`<pa-button>Annuler</pa-button>`);
    el.click();
    inShadow(el, 'button').click();
    expect(submits()).to.equal(0);
  });

  it('resets its form when type is reset', async () => {
    const { form, el } = await formWith(html`<pa-button type="reset">Effacer le message</pa-button>`);
    const input = form.querySelector('input') as HTMLInputElement;
    input.value = 'modifié';
    el.click();
    expect(input.value).to.equal('départ');
  });

  it('does nothing while disabled', async () => {
    const { el, submits } = await formWith(html`<pa-button type="submit" disabled>Envoyer</pa-button>`);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    el.click();
    expect(inShadow<HTMLButtonElement>(el, 'button').disabled).to.equal(true);
    expect(submits()).to.equal(0);
    expect(clicks).to.equal(0);
  });

  it('stays focusable but inert while busy, and says so', async () => {
    const { el, submits } = await formWith(html`<pa-button type="submit" busy>Envoyer</pa-button>`);
    const button = inShadow<HTMLButtonElement>(el, 'button');
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.disabled).to.equal(false);
    expect(text(button)).to.contain('traitement en cours');
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    button.click();
    expect(submits()).to.equal(0);
    expect(clicks).to.equal(0);

    el.busy = false;
    await el.updateComplete;
    expect(button.hasAttribute('aria-busy')).to.equal(false);
    button.click();
    expect(submits()).to.equal(1);
    expect(clicks).to.equal(1);
  });

  it('reflects its variant for styling', async () => {
    const el = await fixture<PaButton>(html`<pa-button variant="danger">Supprimer</pa-button>`);
    expect(getComputedStyle(inShadow(el, 'button')).backgroundColor).to.equal('rgb(192, 38, 45)');
    await expect(el).to.be.accessible();
  });
});

describe('pa-text-field', () => {
  it('renders a label tied to its input, accessible', async () => {
    const el = await fixture<PaTextField>(
      html`<pa-text-field label="Adresse e-mail" name="email" type="email" autocomplete="email"></pa-text-field>`,
    );
    const label = inShadow<HTMLLabelElement>(el, 'label');
    const input = inShadow<HTMLInputElement>(el, 'input');
    expect(label.htmlFor).to.equal(input.id);
    expect(label.control).to.equal(input);
    expect(text(label)).to.equal('Adresse e-mail');
    expect(input.type).to.equal('email');
    expect(input.autocomplete).to.equal('email');
    expect(input.hasAttribute('aria-describedby')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('marks a required field with a hidden asterisk and native required', async () => {
    const el = await fixture<PaTextField>(
      html`<pa-text-field label="Ville" name="ville" required></pa-text-field>`,
    );
    const star = inShadow(el, 'label .required');
    expect(text(star)).to.equal('*');
    expect(star.getAttribute('aria-hidden')).to.equal('true');
    const input = inShadow<HTMLInputElement>(el, 'input');
    expect(input.required).to.equal(true);
    expect(input.getAttribute('aria-required')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('ties the error and the hint to the input with aria-describedby', async () => {
    const el = await fixture<PaTextField>(
      html`<pa-text-field label="Code postal" name="cp" hint="5 chiffres" error="Saisissez un code postal valide"></pa-text-field>`,
    );
    const input = inShadow<HTMLInputElement>(el, 'input');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const described = ids.map((id) => text(el.shadowRoot?.getElementById(id)));
    expect(described).to.deep.equal(['Saisissez un code postal valide', '5 chiffres']);
    expect(getComputedStyle(input).borderTopColor).to.equal('rgb(192, 38, 45)');
    await expect(el).to.be.accessible();

    el.error = '';
    await el.updateComplete;
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(input.getAttribute('aria-describedby')).to.equal('hint');
    expect(el.shadowRoot?.getElementById('error')).to.equal(null);
  });

  it('takes part in its form: typed value in FormData, validity, reset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><pa-text-field label="Identifiant" name="login" value="" required></pa-text-field></form>`,
    );
    const el = form.querySelector('pa-text-field') as PaTextField;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    el.focus();
    expect(el.shadowRoot?.activeElement).to.equal(inShadow(el, 'input'));
    await sendKeys({ type: 'jdupont' });
    await el.updateComplete;
    expect(el.value).to.equal('jdupont');
    expect(new FormData(form).get('login')).to.equal('jdupont');
    expect(form.checkValidity()).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(inShadow<HTMLInputElement>(el, 'input').value).to.equal('');
  });

  it('leaves a disabled field out of FormData', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><pa-text-field label="Nom" name="nom" value="Dupont" disabled></pa-text-field></form>`,
    );
    await (form.querySelector('pa-text-field') as PaTextField).updateComplete;
    expect(new FormData(form).has('nom')).to.equal(false);
  });

  it('fires input once per keystroke and change on commit, from the host', async () => {
    const el = await fixture<PaTextField>(html`<pa-text-field label="Téléphone" type="tel"></pa-text-field>`);
    const inputs: string[] = [];
    el.addEventListener('input', () => inputs.push(el.value));
    el.focus();
    await sendKeys({ type: '06' });
    expect(inputs).to.deep.equal(['0', '06']);
    const changed = oneEvent(el, 'change');
    el.blur();
    const event = await changed;
    expect(event.target).to.equal(el);
  });

  it('submits its form on Enter', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><pa-text-field label="Recherche" name="q"></pa-text-field></form>`,
    );
    const el = form.querySelector('pa-text-field') as PaTextField;
    await el.updateComplete;
    const submitted = oneEvent(form, 'submit');
    form.addEventListener('submit', (event) => event.preventDefault());
    el.focus();
    await sendKeys({ type: 'notice' });
    await sendKeys({ press: 'Enter' });
    await submitted;
    expect(new FormData(form).get('q')).to.equal('notice');
  });

  it('shows a value set as a property and honours readonly and maxlength', async () => {
    const el = await fixture<PaTextField>(
      html`<pa-text-field label="Date de naissance" type="date" readonly .value=${'1980-05-17'}></pa-text-field>`,
    );
    const input = inShadow<HTMLInputElement>(el, 'input');
    expect(input.value).to.equal('1980-05-17');
    expect(input.readOnly).to.equal(true);
    el.maxlength = 5;
    await el.updateComplete;
    expect(input.maxLength).to.equal(5);
  });
});

const checks: PasswordCheck[] = [
  { label: 'Au moins 8 caractères', met: true },
  { label: 'Une majuscule', met: false },
];

describe('pa-password-rules', () => {
  it('lists each rule with a hidden icon and its spoken state, in a polite live region', async () => {
    const el = await fixture<PaPasswordRules>(
      html`<pa-password-rules .checks=${checks}></pa-password-rules>`,
    );
    expect(inShadow(el, '[aria-live]').getAttribute('aria-live')).to.equal('polite');
    const items = allInShadow(el, 'li');
    expect(items.map(text)).to.deep.equal([
      '✓ Au moins 8 caractères respecté',
      '✗ Une majuscule non respecté',
    ]);
    expect(items.map(spoken)).to.deep.equal(['Au moins 8 caractères respecté', 'Une majuscule non respecté']);
    expect(items.every((li) => li.querySelector('.icon')?.getAttribute('aria-hidden') === 'true')).to.equal(
      true,
    );
    expect(items.map((li) => text(li.querySelector('.visually-hidden')))).to.deep.equal([
      'respecté',
      'non respecté',
    ]);
    await expect(el).to.be.accessible();
  });

  it('replaces an item whose state flips, so the live region reads it whole', async () => {
    const el = await fixture<PaPasswordRules>(
      html`<pa-password-rules .checks=${checks}></pa-password-rules>`,
    );
    const [kept, flipped] = allInShadow(el, 'li');
    el.checks = [checks[0]!, { label: 'Une majuscule', met: true }];
    await el.updateComplete;
    const [keptAfter, flippedAfter] = allInShadow(el, 'li');
    expect(keptAfter).to.equal(kept);
    expect(flippedAfter).not.to.equal(flipped);
    expect(text(flippedAfter)).to.equal('✓ Une majuscule respecté');
  });
});
