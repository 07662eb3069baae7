// SPEC P7 — sign-in with an identity provider (FranceConnect-style OpenID Connect), in Chromium,
// against a real OIDC provider (`oidc-provider`) on the loopback that the harness gives the portal
// as its `OIDC_*` variables (development and production). A member's identity is linked only after
// a password login in the same browser and their confirmation in Mon compte; they then sign in
// through the provider without a password, and unlink it in Mon compte.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { expectAccessible, logIn, type RunningPortal, startPortal } from './harness.js';
import { freshMember, newPage } from './members.js';
import { menu } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal({ identityProvider: true });
});
after(() => running.close());

const BUTTON = "S'identifier avec FranceConnect";
const PAGE = 'Connexion avec FranceConnect';

test('P7: link FranceConnect after a password login, sign in with it, then unlink it in Mon compte', async (t) => {
  const member = await freshMember(running);
  const provider = running.identityProvider;
  assert.ok(provider, 'the harness started the provider');
  provider.signInAs(`fc-${member.identifier}`);
  const { page } = await newPage(t, running);

  // The login page offers the provider; its identity is not linked yet: no session, the page says why.
  await page.goto(`${running.url}/connexion`);
  await expectAccessible(page, 'Connexion avec « S’identifier avec FranceConnect »');
  await page.getByRole('link', { name: BUTTON }).click();
  await page.waitForURL(
    (u) => u.pathname === '/connexion' && u.searchParams.get('fournisseur') === 'a-relier',
  );
  await page
    .getByText(
      "Votre identité FranceConnect n'est pas encore reliée à votre espace. Connectez-vous une fois avec votre identifiant et votre mot de passe pour la relier.",
    )
    .waitFor();
  await expectAccessible(page, 'Connexion, identité FranceConnect à relier');

  // A password login in the same browser, then the member's confirmation in Mon compte.
  await logIn(page, running.url, member.identifier, member.password);
  await page.goto(`${running.url}/compte/connexion-fournisseur-identite`);
  await page.getByRole('heading', { name: PAGE, level: 1 }).waitFor();
  await page.getByText('Vous venez de vous identifier avec FranceConnect dans ce navigateur').waitFor();
  await expectAccessible(page, `${PAGE}, identité en attente`);
  await page.getByRole('button', { name: 'Relier mon identité FranceConnect' }).click();
  await page.getByText('Votre identité FranceConnect est reliée à votre espace : vous pourrez').waitFor();

  // Logged out, the member signs in through the provider: straight to « Accueil », no password.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL((u) => u.pathname === '/connexion');
  await page.getByRole('link', { name: BUTTON }).click();
  await page.waitForURL((u) => u.pathname === '/accueil');
  await page.getByRole('heading', { name: 'Accueil', level: 1 }).waitFor();
  await expectAccessible(page, 'Accueil après « S’identifier avec FranceConnect »');

  // Mon compte names the link in its menu, with its dates; the member removes it.
  await menu(page).getByRole('link', { name: PAGE, exact: true }).click();
  await page.getByRole('heading', { name: PAGE, level: 1 }).waitFor();
  await page
    .getByText(/Votre identité FranceConnect est reliée à votre espace depuis le \d{2}\/\d{2}\/\d{4}/)
    .waitFor();
  await page.getByText(/Dernière connexion avec FranceConnect : le \d{2}\/\d{2}\/\d{4}/).waitFor();
  await expectAccessible(page, `${PAGE}, identité reliée`);
  await page.getByRole('button', { name: 'Retirer le lien avec FranceConnect' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Retirer', exact: true }).click();
  await page.getByText("Votre identité FranceConnect n'est plus reliée à votre espace").waitFor();
  await page.getByText("Aucune identité FranceConnect n'est reliée à votre espace.").waitFor();
  await expectAccessible(page, `${PAGE}, lien retiré`);

  // Unlinked: the provider leads to the login page again, without a session.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL((u) => u.pathname === '/connexion');
  await page.getByRole('link', { name: BUTTON }).click();
  await page.waitForURL((u) => u.searchParams.get('fournisseur') === 'a-relier');
  const status = await page.evaluate(async () => (await fetch('/api/auth/session/status')).status);
  assert.equal(status, 204, 'no session after the provider once unlinked');
});
