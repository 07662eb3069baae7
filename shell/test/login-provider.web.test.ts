import './setup-elements.js';
import { expect, fixture, html } from '@open-wc/testing';
import { IDENTITY_PROVIDER_SCRIPT_ID } from '@portail/kernel/contract/identity-provider';
import type { PortailLoginPage } from '../src/pages/login-page.js';

/** The server's JSON script naming the provider (api/src/web.ts), as the page holds it. */
function configureProvider(info: { name: string; label: string } | null): void {
  document.getElementById(IDENTITY_PROVIDER_SCRIPT_ID)?.remove();
  if (!info) return;
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = IDENTITY_PROVIDER_SCRIPT_ID;
  script.textContent = JSON.stringify(info);
  document.head.append(script);
}

const FRANCECONNECT = { name: 'FranceConnect', label: "S'identifier avec FranceConnect" };

describe('portail-login-page: sign-in with an identity provider (P7)', () => {
  const path = location.pathname;
  afterEach(() => {
    configureProvider(null);
    history.replaceState(null, '', path);
  });

  it('offers no provider when the portal has none configured', async () => {
    const page = await fixture<PortailLoginPage>(html`<portail-login-page></portail-login-page>`);
    expect(page.shadowRoot!.querySelector('.provider a')).to.equal(null);
    expect(page.shadowRoot!.textContent).not.to.contain('FranceConnect');
  });

  it('« S’identifier avec FranceConnect » is a plain link to the API’s start, with the configured label', async () => {
    configureProvider(FRANCECONNECT);
    history.replaceState(null, '', '/connexion');
    const page = await fixture<PortailLoginPage>(html`<portail-login-page></portail-login-page>`);
    const link = page.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="/api/auth/oidc/start"]');
    expect(link?.textContent?.trim()).to.equal("S'identifier avec FranceConnect");
    await expect(page).to.be.accessible();
  });

  it('in the place of another page (the widget’s popup, W2), it leads back to that page', async () => {
    configureProvider(FRANCECONNECT);
    history.replaceState(null, '', '/widgets/connexion?origin=https%3A%2F%2Fintranet.example');
    const page = await fixture<PortailLoginPage>(html`<portail-login-page></portail-login-page>`);
    expect(page.shadowRoot!.querySelector('.provider a')?.getAttribute('href')).to.equal(
      '/api/auth/oidc/start?retour=%2Fwidgets%2Fconnexion%3Forigin%3Dhttps%253A%252F%252Fintranet.example',
    );
  });

  it('leads back where the member was asked to log in (`retour`), through the API', async () => {
    configureProvider(FRANCECONNECT);
    history.replaceState(null, '', `/connexion?retour=${encodeURIComponent('/adhesion/contrat?tri=date')}`);
    const page = await fixture<PortailLoginPage>(html`<portail-login-page></portail-login-page>`);
    const link = page.shadowRoot!.querySelector<HTMLAnchorElement>('.provider a');
    expect(link?.getAttribute('href')).to.equal(
      '/api/auth/oidc/start?retour=%2Fadhesion%2Fcontrat%3Ftri%3Ddate',
    );
  });

  it('another provider, another name and label', async () => {
    configureProvider({ name: 'ProConnect', label: 'Se connecter avec ProConnect' });
    history.replaceState(null, '', '/connexion?fournisseur=indisponible');
    const page = await fixture<PortailLoginPage>(html`<portail-login-page></portail-login-page>`);
    const link = page.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="/api/auth/oidc/start"]');
    expect(link?.textContent?.trim()).to.equal('Se connecter avec ProConnect');
    expect(page.shadowRoot!.querySelector('pa-alert[variant="warning"]')?.textContent).to.contain(
      'ProConnect est momentanément indisponible. Connectez-vous avec votre identifiant et votre mot de passe.',
    );
  });

  it('an unlinked identity: the page explains how to link it, above the login form', async () => {
    configureProvider(FRANCECONNECT);
    history.replaceState(
      null,
      '',
      `${path}?fournisseur=a-relier&retour=%2Fcompte%2Fconnexion-fournisseur-identite`,
    );
    const page = await fixture<PortailLoginPage>(html`<portail-login-page></portail-login-page>`);
    expect(page.shadowRoot!.querySelector('pa-alert[variant="info"]')?.textContent).to.contain(
      "Votre identité FranceConnect n'est pas encore reliée à votre espace. Connectez-vous une fois avec votre identifiant et votre mot de passe pour la relier.",
    );
    expect(page.shadowRoot!.querySelector('form')).to.not.equal(null);
    await expect(page).to.be.accessible();
  });

  it('a sign-in that failed (state, nonce, expired token…): « n’a pas abouti »', async () => {
    configureProvider(FRANCECONNECT);
    history.replaceState(null, '', `${path}?fournisseur=echec`);
    const page = await fixture<PortailLoginPage>(html`<portail-login-page></portail-login-page>`);
    expect(page.shadowRoot!.querySelector('pa-alert[variant="error"]')?.textContent).to.contain(
      "La connexion avec FranceConnect n'a pas abouti.",
    );
  });

  it('ignores the provider’s message when no provider is configured', async () => {
    history.replaceState(null, '', `${path}?fournisseur=echec`);
    const page = await fixture<PortailLoginPage>(html`<portail-login-page></portail-login-page>`);
    expect(page.shadowRoot!.querySelector('pa-alert')).to.equal(null);
  });
});
