import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { IdentityLink } from '@portail/kernel/contract/identity-provider';
import { HttpResponse, http } from 'msw';
import {
  clickButton,
  deepQuery,
  deepText,
  findButtons,
  problem,
  useSectionApi,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import '../web/pages/define-fournisseur-identite.js';

const ENDPOINT = '/api/auth/oidc/liaison';
const BASE = { provider: 'FranceConnect', label: "S'identifier avec FranceConnect" };
const LINKED: IdentityLink = {
  ...BASE,
  linked: { linkedAt: '2026-12-01T09:15:00.000Z', lastUsedAt: '2026-12-03T18:40:00.000Z' },
  pending: false,
};
const NONE: IdentityLink = { ...BASE, linked: null, pending: false };
const PENDING: IdentityLink = { ...BASE, linked: null, pending: true };

async function loadPage() {
  const el = await fixture(html`<cpt-fournisseur-identite-page></cpt-fournisseur-identite-page>`);
  await waitUntil(() => !deepText(el).includes('Chargement…'), 'still loading', { timeout: 3000 });
  return el;
}

function dialogOf(root: Element): HTMLDialogElement | undefined {
  return deepQuery<HTMLDialogElement>(root, 'dialog');
}

describe('cpt-fournisseur-identite-page — P7 the identity of the provider linked to the account', () => {
  useSectionApi();

  it('a linked identity: since when, its last use, and « Retirer le lien avec FranceConnect »', async () => {
    worker.use(http.get(ENDPOINT, () => HttpResponse.json(LINKED)));
    const el = await loadPage();
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Connexion avec FranceConnect');
    const text = deepText(el);
    expect(text).to.include('Votre identité FranceConnect est reliée à votre espace depuis le 01/12/2026');
    expect(text).to.include('Dernière connexion avec FranceConnect : le 03/12/2026');
    expect(findButtons(el, 'Retirer le lien avec FranceConnect')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('unlinks after a confirmation; « Annuler » keeps the link', async () => {
    let link = LINKED;
    let deletes = 0;
    worker.use(
      http.get(ENDPOINT, () => HttpResponse.json(link)),
      http.delete(ENDPOINT, () => {
        deletes++;
        link = NONE;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const el = await loadPage();
    clickButton(el, 'Retirer le lien avec FranceConnect');
    await waitUntil(() => dialogOf(el)?.open, 'no confirmation asked');
    clickButton(dialogOf(el)!, 'Annuler');
    await waitUntil(() => !dialogOf(el)?.open, 'dialog still open');
    expect(deletes).to.equal(0);
    clickButton(el, 'Retirer le lien avec FranceConnect');
    await waitUntil(() => dialogOf(el)?.open, 'no confirmation asked');
    clickButton(dialogOf(el)!, 'Retirer');
    await waitForText(el, "Votre identité FranceConnect n'est plus reliée à votre espace");
    expect(deletes).to.equal(1);
    await waitForText(el, "Aucune identité FranceConnect n'est reliée à votre espace.");
  });

  it('an identity waiting in this browser: « Relier mon identité FranceConnect » links it', async () => {
    let posts = 0;
    worker.use(
      http.get(ENDPOINT, () => HttpResponse.json(PENDING)),
      http.post(ENDPOINT, () => {
        posts++;
        return HttpResponse.json({ ...LINKED, linked: { ...LINKED.linked!, lastUsedAt: null } });
      }),
    );
    const el = await loadPage();
    expect(deepText(el)).to.include('Vous venez de vous identifier avec FranceConnect dans ce navigateur');
    await expect(el).to.be.accessible();
    clickButton(el, 'Relier mon identité FranceConnect');
    await waitForText(
      el,
      'Votre identité FranceConnect est reliée à votre espace : vous pourrez vous connecter',
    );
    expect(posts).to.equal(1);
    expect(findButtons(el, 'Retirer le lien avec FranceConnect')).to.have.length(1);
  });

  it('nothing linked nor waiting: how to link, no button that would do nothing', async () => {
    worker.use(http.get(ENDPOINT, () => HttpResponse.json(NONE)));
    const el = await loadPage();
    expect(deepText(el)).to.include(
      "cliquez sur « S'identifier avec FranceConnect » sur la page de connexion",
    );
    expect(findButtons(el, 'Relier mon identité FranceConnect')).to.have.length(0);
  });

  it('says why when the portal refuses the link', async () => {
    worker.use(
      http.get(ENDPOINT, () => HttpResponse.json(PENDING)),
      http.post(ENDPOINT, () =>
        problem(409, 'Cette identité FranceConnect est déjà reliée à un autre espace.'),
      ),
    );
    const el = await loadPage();
    clickButton(el, 'Relier mon identité FranceConnect');
    await waitForText(el, 'Cette identité FranceConnect est déjà reliée à un autre espace.');
  });
});
