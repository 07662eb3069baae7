import { expect, html, waitUntil } from '@open-wc/testing';
import type { QueueDetail } from '@portail/kernel/contract';
import type { PaConfirmDialog } from '@portail/shared-design/forms';
import { HttpResponse, http } from 'msw';
import {
  clickButton,
  deepQuery,
  deepQueryAll,
  deepText,
  field,
  fill,
  problem,
  waitForFocusIn,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import type { BoRequestPage } from '../src/pages/request.js';
import { CSRF, openPage, queueDetail, recordPosts, useGestionApi } from './fixtures.js';

const DETAIL_API = '/api/gestion/demandes/r1';
const PENDING = queueDetail('r1');
const ACCEPTED: QueueDetail = {
  ...PENDING,
  status: 'accepted',
  statusLabel: 'Pris en compte',
  decidedBy: 'Claire Martin',
  history: [...PENDING.history, { at: '2026-03-14T10:15:00Z', status: 'accepted', note: null }],
};
const QUESTION = queueDetail('r1', {
  section: 'contact',
  kind: 'question',
  label: 'Question : Garanties',
  memberText: 'Les lentilles sont-elles couvertes ?',
  summary: [],
  attachments: [],
  answerable: true,
});

function serveDetail(...answers: QueueDetail[]): void {
  let calls = 0;
  worker.use(http.get(DETAIL_API, () => HttpResponse.json(answers[Math.min(calls++, answers.length - 1)])));
}

async function openDetail(): Promise<BoRequestPage> {
  const page = await openPage<BoRequestPage>(
    '/gestion/demandes/r1',
    html`<bo-request-page request-id="r1"></bo-request-page>`,
  );
  await waitForText(page, "Dossier de l'adhérent");
  return page;
}

/** Answers the open confirmation with its confirming button. */
async function confirm(page: BoRequestPage, label: string): Promise<void> {
  const dialog = deepQuery<PaConfirmDialog>(page, 'pa-confirm-dialog')!;
  await waitUntil(() => dialog.open, 'no confirmation asked');
  expect(deepText(dialog)).to.contain(label);
  clickButton(dialog, label);
}

describe('bo-request-page (H1, H2, H3)', () => {
  useGestionApi();

  it("shows the request, the member's file, the summary, the attachments (new tab) and the history", async () => {
    serveDetail(PENDING);
    const page = await openDetail();
    const text = deepText(page);
    expect(deepQuery(page, 'h1')?.textContent).to.equal('Modification de vos coordonnées bancaires');
    for (const shown of [
      'En cours de traitement',
      'Mon compte',
      'Mme Marie Dupont',
      'DUPONT42',
      '17/05/1980',
      'marie@example.fr',
      '06 12 34 56 78',
      'Prévoyance n° P-1234, Mairie de Bourges, depuis le 01/01/2015',
      'Nouvel IBAN : FR76 3000 6000 0112 3456 7890 189',
    ]) {
      expect(text).to.contain(shown);
    }
    const link = deepQueryAll<HTMLAnchorElement>(page, 'a').find((a) => a.textContent?.includes('rib.pdf'))!;
    expect(link.getAttribute('href')).to.equal('/api/gestion/demandes/r1/fichiers/f1');
    expect(link.target).to.equal('_blank');
    expect(link.textContent).to.contain("s'ouvre dans un nouvel onglet");
    await expect(page).to.be.accessible();
  });

  it('shows a requested change of address beside the address on file', async () => {
    serveDetail(
      queueDetail('r1', {
        kind: 'adresse',
        label: 'Modification de votre adresse postale',
        summary: ['9 PLACE GORDAINE', '18000 BOURGES'],
        current: ['12 RUE MOYENNE', 'RESIDENCE LES TILLEULS BAT B', '18000 BOURGES'],
      }),
    );
    const page = await openDetail();
    const lines = (selector: string) =>
      [...(deepQuery(page, selector)?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim());
    await waitUntil(() => deepQuery(page, '.current'), 'the current address is not shown');
    expect(deepQuery(page, '.current h3')?.textContent).to.equal("Dans le dossier aujourd'hui");
    expect(lines('.current')).to.deep.equal([
      '12 RUE MOYENNE',
      'RESIDENCE LES TILLEULS BAT B',
      '18000 BOURGES',
    ]);
    expect(deepQuery(page, '.requested h3')?.textContent).to.equal('Modification demandée');
    expect(lines('.requested')).to.deep.equal(['9 PLACE GORDAINE', '18000 BOURGES']);
    await expect(page).to.be.accessible();
  });

  it('accepts after a confirmation, with the CSRF token, then shows the new status', async () => {
    serveDetail(PENDING);
    const posts = recordPosts(`${DETAIL_API}/decision`, () => HttpResponse.json(ACCEPTED));
    const page = await openDetail();
    clickButton(page, 'Accepter');
    await confirm(page, 'Accepter');
    await waitForText(page, 'La demande a été prise en compte.');
    expect(posts).to.deep.equal([{ body: { decision: 'accepted' }, csrf: CSRF }]);
    expect(deepQuery(page, 'pa-badge.status')?.textContent).to.equal('Pris en compte');
    expect(deepText(page)).to.contain('Claire Martin');
    expect(deepQuery(page, '[name="reason"]')).to.equal(undefined);
    await waitForFocusIn(deepQuery(page, '.notice'), 'the confirmation');
    await expect(page).to.be.accessible();
  });

  it('does nothing when the confirmation is cancelled', async () => {
    serveDetail(PENDING);
    const posts = recordPosts(`${DETAIL_API}/decision`, () => HttpResponse.json(ACCEPTED));
    const page = await openDetail();
    clickButton(page, 'Accepter');
    const dialog = deepQuery<PaConfirmDialog>(page, 'pa-confirm-dialog')!;
    await waitUntil(() => dialog.open, 'no confirmation asked');
    clickButton(dialog, 'Annuler');
    await waitUntil(() => !dialog.open, 'still open');
    expect(posts).to.deep.equal([]);
  });

  it('refuses only with a reason, then sends it', async () => {
    serveDetail(PENDING);
    const refused = {
      ...PENDING,
      status: 'refused',
      statusLabel: 'Refusé',
      refusalReason: 'RIB illisible.',
    } as const;
    const posts = recordPosts(`${DETAIL_API}/decision`, () => HttpResponse.json(refused));
    const page = await openDetail();
    clickButton(page, 'Refuser');
    await waitUntil(() => field(page, 'reason').error !== '', 'no error on the reason');
    expect(field(page, 'reason').error).to.equal('Indiquez le motif du refus.');
    await waitForFocusIn(field(page, 'reason'), 'the reason');
    expect(deepQuery<PaConfirmDialog>(page, 'pa-confirm-dialog')!.open).to.equal(false);
    await fill(page, 'reason', '  RIB illisible.  ');
    clickButton(page, 'Refuser');
    await confirm(page, 'Refuser');
    await waitForText(page, 'La demande a été refusée.');
    expect(posts).to.deep.equal([{ body: { decision: 'refused', reason: 'RIB illisible.' }, csrf: CSRF }]);
    expect(deepText(page)).to.contain('Motif du refus RIB illisible.');
  });

  it('says a request was already handled (409) and shows it as it now is', async () => {
    serveDetail(PENDING, ACCEPTED);
    recordPosts(`${DETAIL_API}/decision`, () => problem(409, 'Cette demande a déjà été traitée.'));
    const page = await openDetail();
    clickButton(page, 'Accepter');
    await confirm(page, 'Accepter');
    await waitForText(page, 'Cette demande a déjà été traitée.');
    await waitUntil(
      () => deepQuery(page, 'pa-badge.status')?.textContent === 'Pris en compte',
      'not reloaded',
    );
    expect(deepQuery(page, 'pa-alert.notice')?.getAttribute('variant')).to.equal('error');
    expect(deepText(page)).to.not.contain('Motif du refus *');
  });

  it('answers a question with the text typed', async () => {
    serveDetail(QUESTION);
    const answered = {
      ...QUESTION,
      status: 'accepted',
      statusLabel: 'Pris en compte',
      answer: 'Oui.',
    } as const;
    const posts = recordPosts(`${DETAIL_API}/reponse`, () => HttpResponse.json(answered));
    const page = await openDetail();
    expect(deepText(page)).to.contain('Les lentilles sont-elles couvertes ?');
    expect(deepQuery(page, '[name="reason"]')).to.equal(undefined);
    clickButton(page, 'Envoyer la réponse');
    await waitUntil(() => field(page, 'text').error !== '', 'no error on the answer');
    await fill(page, 'text', 'Oui.');
    clickButton(page, 'Envoyer la réponse');
    await waitForText(page, "La réponse a été envoyée à l'adhérent.");
    expect(posts).to.deep.equal([{ body: { text: 'Oui.' }, csrf: CSRF }]);
    expect(deepText(page)).to.contain('Réponse envoyée Oui.');
    await expect(page).to.be.accessible();
  });

  it("marks the server's refusal of a field", async () => {
    serveDetail(QUESTION);
    recordPosts(`${DETAIL_API}/reponse`, () =>
      problem(400, 'Vérifiez les champs signalés.', {
        errors: [{ field: 'text', detail: 'La réponse ne peut pas dépasser 5 000 caractères.' }],
      }),
    );
    const page = await openDetail();
    await fill(page, 'text', 'x');
    clickButton(page, 'Envoyer la réponse');
    await waitUntil(() => field(page, 'text').error !== '', 'field not marked');
    expect(field(page, 'text').error).to.equal('La réponse ne peut pas dépasser 5 000 caractères.');
  });
});
