import { expect, fixture, html } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import {
  deepQueryAll,
  deepText,
  problem,
  useSectionApi,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { recentNews } from '../web/home/news.js';
import '../web/home/define.js';
import { memberRequest } from './contact-fixtures.js';

const SUIVI = '/api/contact/suivi';
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

function requests() {
  return [
    memberRequest('pending-1', { label: 'Demande de carte de tiers payant', createdAt: daysAgo(2) }),
    memberRequest('answered', {
      label: 'Question : Remboursements',
      kind: 'question',
      status: 'accepted',
      statusLabel: 'Pris en compte',
      answer: 'Votre remboursement part cette semaine.',
      answeredAt: daysAgo(1),
    }),
    memberRequest('refused', {
      label: 'Modification de vos coordonnées bancaires',
      section: 'compte',
      status: 'refused',
      statusLabel: 'Refusé',
      refusalReason: 'Le RIB joint est illisible.',
      history: [
        { at: daysAgo(10), status: 'pending', note: null },
        { at: daysAgo(5), status: 'refused', note: 'Le RIB joint est illisible.' },
      ],
    }),
    memberRequest('old', {
      label: 'Transmission de documents',
      status: 'accepted',
      statusLabel: 'Pris en compte',
      history: [{ at: daysAgo(45), status: 'accepted', note: null }],
    }),
    memberRequest('pending-2', { label: 'Message : Mes cotisations', createdAt: daysAgo(3) }),
  ];
}

describe('« Accueil »: the contact blocks (E4)', () => {
  useSectionApi();

  it('Réponses et décisions: answers and decisions of the last 30 days, newest first, with a refusal’s reason', async () => {
    worker.use(http.get(SUIVI, () => HttpResponse.json({ items: requests() })));
    expect(recentNews(requests()).map((news) => news.request.id)).to.deep.equal(['answered', 'refused']);
    const block = await fixture<HTMLElement>(html`<ctc-home-news></ctc-home-news>`);
    await waitForText(block, 'Question : Remboursements');
    const items = deepQueryAll(block, 'li').map((li) => deepText(li));
    expect(items).to.have.length(2);
    expect(items[0]).to.contain('Réponse du').and.contain('Pris en compte');
    expect(items[0]).to.contain('Votre remboursement part cette semaine.');
    expect(items[1]).to.contain('Modification de vos coordonnées bancaires').and.contain('Décision du');
    expect(items[1]).to.contain('Refusé').and.contain('Motif du refus : Le RIB joint est illisible.');
    expect(deepText(block)).not.to.contain('Transmission de documents');
    await expect(block).to.be.accessible();
  });

  it('Mes demandes en cours: how many and which, with their state; none says so', async () => {
    worker.use(http.get(SUIVI, () => HttpResponse.json({ items: requests() })));
    const block = await fixture<HTMLElement>(html`<ctc-home-requests></ctc-home-requests>`);
    await waitForText(block, '2 demandes en cours');
    const items = deepQueryAll(block, 'li').map((li) => deepText(li));
    expect(items[0]).to.contain('Demande de carte de tiers payant').and.contain('En cours de traitement');
    expect(items[1]).to.contain('Message : Mes cotisations');
    await expect(block).to.be.accessible();

    worker.use(http.get(SUIVI, () => HttpResponse.json({ items: [] })));
    const none = await fixture<HTMLElement>(html`<ctc-home-requests></ctc-home-requests>`);
    await waitForText(none, 'Aucune demande en cours');
    const quiet = await fixture<HTMLElement>(html`<ctc-home-news></ctc-home-news>`);
    await waitForText(quiet, 'Aucune réponse ni décision ces 30 derniers jours');
  });

  it('P1 Mes demandes en cours: each with its estimated date, « En retard » once past', async () => {
    const late = memberRequest('late', {
      label: 'Question : Garanties',
      estimatedAt: '2026-03-10',
      late: true,
    });
    const onTime = memberRequest('on-time', { estimatedAt: '2026-03-19' });
    worker.use(http.get(SUIVI, () => HttpResponse.json({ items: [late, onTime] })));
    const block = await fixture<HTMLElement>(html`<ctc-home-requests></ctc-home-requests>`);
    await waitForText(block, '2 demandes en cours');
    const items = deepQueryAll(block, 'li');
    expect(deepText(items[0]!)).to.contain('Traitement estimé le 10/03/2026').and.contain('En retard');
    expect(deepText(items[1]!)).to.contain('Traitement estimé le 19/03/2026').and.not.contain('En retard');
    await expect(block).to.be.accessible();
  });

  it('a failed call shows its reason and « Réessayer » in the block', async () => {
    worker.use(http.get(SUIVI, () => problem(500, "Les informations n'ont pas pu être chargées.")));
    const block = await fixture<HTMLElement>(html`<ctc-home-requests></ctc-home-requests>`);
    await waitForText(block, "Les informations n'ont pas pu être chargées.");
    expect(deepText(block)).to.contain('Réessayer');
  });
});
