import { expect, waitUntil } from '@open-wc/testing';
import type { MemberRequest } from '@portail/kernel/contract';
import { HttpResponse, http } from 'msw';
import {
  deepQuery,
  deepQueryAll,
  deepText,
  openSection,
  useSectionApi,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import type { CardOverview, ThirdPartyCard } from '../contract/index.js';
import '../web/define.js';
import { clickButton, findButton, links, problemWith, waitForFocusIn } from './adhesion-helpers.js';

const CARD: ThirdPartyCard = {
  id: 'c1',
  cardNumber: '2026-000123',
  organisationNumber: '75 123 456',
  membershipNumber: 'S200002-01',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  issuedAt: '2025-12-15T09:00:00Z',
  beneficiaries: [
    { firstName: 'Julien', lastName: 'Bernard', birthDate: '1985-04-02', relationship: 'adherent' },
    { firstName: 'Léa', lastName: 'Bernard', birthDate: '2015-09-10', relationship: 'enfant' },
  ],
  downloadUrl: '/api/adhesion/carte/c1/pdf',
  replacedOn: null,
  replacedBy: null,
};

function request(createdAt: string): MemberRequest {
  return {
    id: 'r1',
    section: 'adhesion',
    kind: 'carte_tiers_payant',
    label: 'Demande de carte de tiers payant',
    status: 'pending',
    statusLabel: 'En cours de traitement',
    refusalReason: null,
    memberText: null,
    answer: null,
    answeredAt: null,
    createdAt,
    updatedAt: createdAt,
    history: [{ at: createdAt, status: 'pending', note: null }],
    attachments: [],
    estimatedAt: '2026-10-13',
    late: false,
  };
}

function overview(pendingRequest: MemberRequest | null = null): CardOverview {
  return { cards: [CARD], pendingRequest };
}

function page(): Promise<HTMLElement> {
  return openSection('adh-section', '/adhesion/carte-tiers-payant');
}

describe('B6 Carte de tiers payant', () => {
  useSectionApi();

  it('shows the latest card with its data, beneficiaries and recto/verso download', async () => {
    worker.use(http.get('/api/adhesion/carte', () => HttpResponse.json(overview())));
    const el = await page();
    await waitForText(el, 'Carte n° 2026-000123');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Carte de tiers payant');
    expect(deepText(el))
      .to.include('Valable du 01/01/2026 au 31/12/2026')
      .and.include('S200002-01')
      .and.include('75 123 456')
      .and.include('Julien Bernard (Adhérent)')
      .and.include('Léa Bernard (Enfant), né(e) le 10/09/2015');
    const [download] = links(el, 'Télécharger la carte (recto/verso)');
    expect(download?.getAttribute('href')).to.equal('/api/adhesion/carte/c1/pdf');
    expect(download?.hasAttribute('download')).to.equal(true);
    expect(findButton(el, 'Demander une carte')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('marks a card replaced by a newer one as no longer valid', async () => {
    const newer: ThirdPartyCard = {
      ...CARD,
      id: 'c2',
      cardNumber: '2026-000456',
      validFrom: '2026-12-07',
      validTo: '2027-12-31',
      issuedAt: '2026-12-07T09:00:00Z',
      downloadUrl: '/api/adhesion/carte/c2/pdf',
    };
    const replaced: ThirdPartyCard = { ...CARD, replacedOn: '2026-12-07', replacedBy: '2026-000456' };
    worker.use(
      http.get('/api/adhesion/carte', () =>
        HttpResponse.json({ cards: [newer, replaced], pendingRequest: null }),
      ),
    );
    const el = await page();
    await waitForText(el, 'Carte n° 2026-000456');
    const [current, old] = deepQueryAll(el, 'section.card');
    expect(current?.textContent)
      .to.include('Valable du 07/12/2026 au 31/12/2027')
      .and.not.include('Remplacée');
    expect(old?.textContent?.replace(/\s+/g, ' ')).to.include(
      'Remplacée le 07/12/2026 par la carte n° 2026-000456 : cette carte n’est plus valable.',
    );
    await expect(el).to.be.accessible();
  });

  it("requests a card, then shows the server's pending request instead of the button", async () => {
    let posts = 0;
    worker.use(
      http.get('/api/adhesion/carte', () => HttpResponse.json(overview())),
      http.post('/api/adhesion/carte/demandes', () => {
        posts++;
        return HttpResponse.json(request('2026-11-20T10:00:00Z'), { status: 201 });
      }),
    );
    const el = await page();
    await waitForText(el, 'Carte n° 2026-000123');
    expect(deepText(el)).not.to.include('est en cours de traitement');
    clickButton(el, 'Demander une carte');
    await waitForText(el, 'Votre demande de carte du 20/11/2026 est en cours de traitement.');
    expect(posts).to.equal(1);
    expect(findButton(el, 'Demander une carte')).to.equal(undefined);
    const alert = deepQuery(el, 'pa-alert.pending');
    expect(alert?.getAttribute('variant')).to.equal('info');
    await waitForFocusIn(alert, 'the pending request');
    await expect(el).to.be.accessible();
  });

  it('shows a pending request the server knows of, with its estimated date (P1) and no button', async () => {
    worker.use(
      http.get('/api/adhesion/carte', () => HttpResponse.json(overview(request('2026-10-02T08:00:00Z')))),
    );
    const el = await page();
    await waitForText(el, 'Votre demande de carte du 02/10/2026 est en cours de traitement.');
    await waitForText(el, 'Traitement estimé le 13/10/2026');
    expect(findButton(el, 'Demander une carte')).to.equal(undefined);
  });

  it('shows the 409 message when a request is already pending, and disables the button', async () => {
    const detail = 'Une demande de carte est déjà en cours de traitement.';
    worker.use(
      http.get('/api/adhesion/carte', () => HttpResponse.json({ cards: [], pendingRequest: null })),
      http.post('/api/adhesion/carte/demandes', () => problemWith(409, detail, { code: 'conflict' })),
    );
    const el = await page();
    await waitForText(el, 'Aucune carte de tiers payant pour le moment');
    clickButton(el, 'Demander une carte');
    await waitForText(el, detail);
    expect(deepText(el)).not.to.include('Votre demande de carte du');
    await waitUntil(() => findButton(el, 'Demander une carte')?.disabled, 'button still enabled');
    await expect(el).to.be.accessible();
  });

  it('shows the 403 message of a member without a health contract, without « Réessayer »', async () => {
    const detail = "Cette fonctionnalité n'est pas disponible pour votre contrat.";
    worker.use(
      http.get('/api/adhesion/carte', () => problemWith(403, detail, { code: 'forbidden-feature' })),
    );
    const el = await page();
    await waitForText(el, detail);
    expect(deepQueryAll(el, 'pa-button').map((b) => b.textContent?.trim())).not.to.include('Réessayer');
    expect(findButton(el, 'Demander une carte')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows the 403 message when the request itself is refused', async () => {
    const detail = "Cette fonctionnalité n'est pas disponible pour votre contrat.";
    worker.use(
      http.get('/api/adhesion/carte', () => HttpResponse.json(overview())),
      http.post('/api/adhesion/carte/demandes', () => problemWith(403, detail)),
    );
    const el = await page();
    await waitForText(el, 'Carte n° 2026-000123');
    clickButton(el, 'Demander une carte');
    await waitForText(el, detail);
    expect(deepText(el)).not.to.include('est en cours de traitement');
  });
});
