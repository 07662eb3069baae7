import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PaAlert, PaEmptyState, PaToast } from '../src/index.js';
import '../src/define.js';
import { inShadow, spoken, text } from './helpers.js';

describe('pa-alert', () => {
  it('announces an error at once, with icon and spoken prefix besides the colour', async () => {
    const el = await fixture<PaAlert>(
      html`<pa-alert variant="error" heading="Connexion impossible"><p>Identifiant ou mot de passe incorrect.</p></pa-alert>`,
    );
    const box = inShadow(el, '[role]');
    expect(box.getAttribute('role')).to.equal('alert');
    expect(inShadow(el, '.icon').getAttribute('aria-hidden')).to.equal('true');
    expect(text(inShadow(el, '.visually-hidden'))).to.equal('Erreur :');
    expect(text(inShadow(el, '.heading'))).to.equal('Connexion impossible');
    await expect(el).to.be.accessible();
  });

  it('uses a polite status for the other variants', async () => {
    for (const variant of ['info', 'success', 'warning'] as const) {
      const el = await fixture<PaAlert>(html`<pa-alert variant=${variant}>Texte</pa-alert>`);
      expect(inShadow(el, '[role]').getAttribute('role'), variant).to.equal('status');
      expect(el.shadowRoot?.querySelector('.heading')).to.equal(null);
      await expect(el).to.be.accessible();
    }
  });
});

describe('pa-toast', () => {
  it('shows a message in a polite live region, closed by "Fermer"', async () => {
    const el = await fixture<PaToast>(html`<pa-toast></pa-toast>`);
    const region = inShadow(el, '[role="status"]');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(text(region)).to.equal('');
    expect(el.shadowRoot?.querySelector('button')).to.equal(null);

    el.show('Votre message a bien été envoyé');
    await el.updateComplete;
    expect(inShadow(el, '[role="status"]')).to.equal(region);
    expect(spoken(region)).to.equal('Succès : Votre message a bien été envoyé');
    await expect(el).to.be.accessible();

    const close = inShadow<HTMLButtonElement>(el, 'button');
    expect(text(close)).to.equal('Fermer');
    close.click();
    await el.updateComplete;
    expect(text(region)).to.equal('');
  });

  it('hides itself after the given duration', async () => {
    const el = await fixture<PaToast>(html`<pa-toast></pa-toast>`);
    el.show('Envoi impossible', 'error', 30);
    await el.updateComplete;
    expect(spoken(inShadow(el, '[role="status"]'))).to.equal('Erreur : Envoi impossible');
    await waitUntil(() => text(inShadow(el, '[role="status"]')) === '', 'toast still shown', {
      timeout: 1000,
    });
  });

  it('re-inserts the text when the same message is shown again, so it is announced again', async () => {
    const el = await fixture<PaToast>(html`<pa-toast></pa-toast>`);
    el.show('Enregistré', 'success', 0);
    await el.updateComplete;
    const first = inShadow(el, '[role="status"] .icon');
    el.show('Enregistré', 'success', 0);
    await el.updateComplete;
    expect(inShadow(el, '[role="status"] .icon')).not.to.equal(first);
    await aTimeout(0);
  });
});

describe('pa-empty-state', () => {
  it('says there is no document by default', async () => {
    const el = await fixture<PaEmptyState>(html`<pa-empty-state></pa-empty-state>`);
    expect(text(inShadow(el, 'p'))).to.equal('Aucun document pour le moment');
    await expect(el).to.be.accessible();
  });

  it('shows its own text and extra content', async () => {
    const el = await fixture<PaEmptyState>(
      html`<pa-empty-state text="Aucun envoi sur la période"><a href="/indemnisations">Déclarer un sinistre</a></pa-empty-state>`,
    );
    expect(text(inShadow(el, 'p'))).to.equal('Aucun envoi sur la période');
    expect(inShadow<HTMLSlotElement>(el, 'slot').assignedElements()[0]?.textContent).to.equal(
      'Déclarer un sinistre',
    );
  });
});
