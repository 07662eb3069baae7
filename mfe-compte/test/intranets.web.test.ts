import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WidgetConsentList } from '@portail/kernel/contract/widgets';
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
import '../web/pages/define-intranets.js';
import { NO_INTRANET } from '../web/pages/intranets.js';

const ENDPOINT = '/api/widgets/autorisations';
const INTRANET = 'https://intranet.mairie-bourges.fr';

const LIST: WidgetConsentList = {
  items: [{ origin: INTRANET, grantedAt: '2026-11-30T09:15:00.000Z', employers: ['Mairie de Bourges'] }],
  purposes: 'vos documents clés et vos remboursements santé',
};

async function loadPage() {
  const el = await fixture(html`<cpt-intranets-page></cpt-intranets-page>`);
  await waitUntil(() => !deepQuery(el, '.loading'), 'still loading', { timeout: 3000 });
  return el;
}

function dialogOf(root: Element): HTMLDialogElement | undefined {
  return deepQuery<HTMLDialogElement>(root, 'dialog');
}

describe('cpt-intranets-page — W2 intranets authorised by the member', () => {
  useSectionApi();

  it('lists each intranet with its employer, the date, what it may show, and a withdraw button', async () => {
    worker.use(http.get(ENDPOINT, () => HttpResponse.json(LIST)));
    const el = await loadPage();
    const text = deepText(el);
    expect(text).to.include(INTRANET);
    expect(text).to.include('Mairie de Bourges');
    expect(text).to.include('30/11/2026');
    expect(text).to.include('Ces sites peuvent afficher vos documents clés et vos remboursements santé.');
    expect(findButtons(el, "Retirer l'autorisation")).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says so when no intranet is authorised', async () => {
    worker.use(http.get(ENDPOINT, () => HttpResponse.json({ items: [], purposes: 'x' })));
    const el = await loadPage();
    await waitForText(el, NO_INTRANET);
  });

  it('withdraws after a confirmation, then lists what remains; "Annuler" withdraws nothing', async () => {
    const deleted: string[] = [];
    let list = LIST;
    worker.use(
      http.get(ENDPOINT, () => HttpResponse.json(list)),
      http.delete(/\/api\/widgets\/autorisations\/[^/]+$/, ({ request }) => {
        deleted.push(decodeURIComponent(new URL(request.url).pathname.split('/').at(-1) ?? ''));
        list = { ...LIST, items: [] };
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const el = await loadPage();
    clickButton(el, "Retirer l'autorisation");
    await waitUntil(() => dialogOf(el)?.open, 'no confirmation asked');
    expect(deepText(dialogOf(el)!)).to.include(`Retirer l'autorisation de ${INTRANET} ?`);
    clickButton(dialogOf(el)!, 'Annuler');
    await waitUntil(() => !dialogOf(el)?.open, 'dialog still open');
    expect(deleted).to.deep.equal([]);

    clickButton(el, "Retirer l'autorisation");
    await waitUntil(() => dialogOf(el)?.open, 'no confirmation asked');
    clickButton(dialogOf(el)!, 'Retirer');
    await waitForText(el, `L'autorisation de ${INTRANET} est retirée`);
    expect(deleted).to.deep.equal([INTRANET]);
    await waitForText(el, NO_INTRANET);
  });

  it('says why when the portal refuses, and keeps the list', async () => {
    worker.use(
      http.get(ENDPOINT, () => HttpResponse.json(LIST)),
      http.delete(`${ENDPOINT}/:origin`, () =>
        problem(404, "Ce site n'est pas dans vos intranets autorisés."),
      ),
    );
    const el = await loadPage();
    clickButton(el, "Retirer l'autorisation");
    await waitUntil(() => dialogOf(el)?.open, 'no confirmation asked');
    clickButton(dialogOf(el)!, 'Retirer');
    await waitForText(el, "Ce site n'est pas dans vos intranets autorisés.");
    expect(deepText(el)).to.include(INTRANET);
  });
});
