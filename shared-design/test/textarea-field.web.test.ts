import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PaTextareaField } from '../src/forms/index.js';
import { remainingCharactersText } from '../src/forms/index.js';
import '../src/forms/define.js';
import { inShadow, text } from './helpers.js';

/** The texts the textarea's aria-describedby points to, in order. */
function describedBy(el: PaTextareaField): string[] {
  const ids = (inShadow(el, 'textarea').getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => text(el.shadowRoot?.getElementById(id)));
}

describe('pa-textarea-field', () => {
  it('renders a label tied to a native textarea, accessible', async () => {
    const el = await fixture<PaTextareaField>(
      html`<pa-textarea-field label="Message" name="message"></pa-textarea-field>`,
    );
    const label = inShadow<HTMLLabelElement>(el, 'label');
    const textarea = inShadow<HTMLTextAreaElement>(el, 'textarea');
    expect(label.control).to.equal(textarea);
    expect(text(label)).to.equal('Message');
    expect(textarea.rows).to.equal(6);
    expect(textarea.hasAttribute('aria-describedby')).to.equal(false);
    expect(el.shadowRoot?.querySelector('.counter')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks a required field with a hidden asterisk and native required', async () => {
    const el = await fixture<PaTextareaField>(
      html`<pa-textarea-field label="Votre question" name="question" required></pa-textarea-field>`,
    );
    const star = inShadow(el, 'label .required');
    expect(text(star)).to.equal('*');
    expect(star.getAttribute('aria-hidden')).to.equal('true');
    const textarea = inShadow<HTMLTextAreaElement>(el, 'textarea');
    expect(textarea.required).to.equal(true);
    expect(textarea.getAttribute('aria-required')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('ties the error, the hint and the counter to the textarea with aria-describedby', async () => {
    const el = await fixture<PaTextareaField>(
      html`<pa-textarea-field label="Message" name="message" maxlength="3000" hint="Sans données de santé"
        error="Saisissez votre message."></pa-textarea-field>`,
    );
    const textarea = inShadow<HTMLTextAreaElement>(el, 'textarea');
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    expect(textarea.maxLength).to.equal(3000);
    expect(describedBy(el)).to.deep.equal([
      'Saisissez votre message.',
      'Sans données de santé',
      '3 000 caractères restants',
    ]);
    expect(getComputedStyle(textarea).borderTopColor).to.equal('rgb(192, 38, 45)');
    await expect(el).to.be.accessible();

    el.error = '';
    await el.updateComplete;
    expect(textarea.hasAttribute('aria-invalid')).to.equal(false);
    expect(textarea.getAttribute('aria-describedby')).to.equal('hint counter');
  });

  it('counts the characters left as the member types, and announces them politely once typing pauses', async () => {
    const el = await fixture<PaTextareaField>(
      // A pause long enough that a loaded machine's gaps between keystrokes never look like one.
      html`<pa-textarea-field label="Message" maxlength="12" announce-delay="1500"></pa-textarea-field>`,
    );
    const live = inShadow(el, '.live');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(text(live)).to.equal('');
    expect(text(inShadow(el, '#counter'))).to.equal('12 caractères restants');

    el.focus();
    await sendKeys({ type: 'Bonjour' });
    await el.updateComplete;
    expect(el.value).to.equal('Bonjour');
    expect(text(inShadow(el, '#counter'))).to.equal('5 caractères restants');
    // Nothing is said while the member is typing…
    expect(text(live)).to.equal('');
    // …then the count once typing pauses.
    await waitUntil(() => text(live) === '5 caractères restants', 'counter never announced', {
      timeout: 5000,
    });

    await sendKeys({ type: ' à tous !' });
    await el.updateComplete;
    // The native maxlength stops the text at 12 characters.
    expect(el.value).to.equal('Bonjour à to');
    await waitUntil(() => text(live) === '0 caractère restant', 'limit never announced', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('writes the counter in French: singular, plural, thousands, over the limit in red', async () => {
    // Thousands are separated by a narrow no-break space, so the count never wraps.
    expect(remainingCharactersText(3000, 0)).to.equal('3\u202f000 caractères restants');
    expect(remainingCharactersText(10, 8)).to.equal('2 caractères restants');
    expect(remainingCharactersText(10, 9)).to.equal('1 caractère restant');
    expect(remainingCharactersText(10, 10)).to.equal('0 caractère restant');
    expect(remainingCharactersText(10, 11)).to.equal('1 caractère en trop');
    expect(remainingCharactersText(10, 1510)).to.equal('1\u202f500 caractères en trop');

    const el = await fixture<PaTextareaField>(
      html`<pa-textarea-field label="Message" maxlength="5" .value=${'Bonjour'}></pa-textarea-field>`,
    );
    const counter = inShadow(el, '#counter');
    expect(text(counter)).to.equal('2 caractères en trop');
    expect(getComputedStyle(counter).color).to.equal('rgb(192, 38, 45)');
  });

  it('keeps line breaks, takes part in its form and resets with it (counter and announcement too)', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><pa-textarea-field label="Message" name="message" maxlength="100" required
        announce-delay="10"></pa-textarea-field></form>`,
    );
    const el = form.querySelector('pa-textarea-field') as PaTextareaField;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits++;
    });
    el.focus();
    expect(el.shadowRoot?.activeElement).to.equal(inShadow(el, 'textarea'));
    await sendKeys({ type: 'Ligne 1' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Ligne 2' });
    await el.updateComplete;
    expect(submits).to.equal(0);
    expect(el.value).to.equal('Ligne 1\nLigne 2');
    expect(new FormData(form).get('message')).to.equal('Ligne 1\nLigne 2');
    expect(form.checkValidity()).to.equal(true);
    await waitUntil(() => text(inShadow(el, '.live')) === '85 caractères restants', 'not announced');

    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(inShadow<HTMLTextAreaElement>(el, 'textarea').value).to.equal('');
    expect(text(inShadow(el, '#counter'))).to.equal('100 caractères restants');
    expect(text(inShadow(el, '.live'))).to.equal('');
  });

  it('does not announce a count typed before a reset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><pa-textarea-field label="Message" name="message" maxlength="100"
        announce-delay="60"></pa-textarea-field></form>`,
    );
    const el = form.querySelector('pa-textarea-field') as PaTextareaField;
    el.focus();
    await sendKeys({ type: 'abc' });
    form.reset();
    await aTimeout(120);
    expect(text(inShadow(el, '.live'))).to.equal('');
  });

  it('fires change from the host on commit, and leaves a disabled field out of FormData', async () => {
    const el = await fixture<PaTextareaField>(html`<pa-textarea-field label="Message"></pa-textarea-field>`);
    el.focus();
    await sendKeys({ type: 'ok' });
    const changed = oneEvent(el, 'change');
    el.blur();
    expect((await changed).target).to.equal(el);

    const form = await fixture<HTMLFormElement>(
      html`<form><pa-textarea-field label="Message" name="m" value="texte" disabled></pa-textarea-field></form>`,
    );
    await (form.querySelector('pa-textarea-field') as PaTextareaField).updateComplete;
    expect(new FormData(form).has('m')).to.equal(false);
    expect(
      inShadow<HTMLTextAreaElement>(form.querySelector('pa-textarea-field')!, 'textarea').disabled,
    ).to.equal(true);
  });
});
