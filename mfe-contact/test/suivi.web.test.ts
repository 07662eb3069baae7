import { expect, waitUntil } from '@open-wc/testing';
import type { MemberRequest } from '@portail/kernel/contract';
import { HttpResponse, http } from 'msw';
import {
  clickButton,
  deepQuery,
  deepQueryAll,
  deepText,
  findButtons,
  openSection,
  problem,
  useSectionApi,
  waitForFocusIn,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import type { FollowUp } from '../contract/index.js';
import '../web/define.js';
import { expectNoScriptIn, memberRequest } from './contact-fixtures.js';

const ANSWERED = memberRequest('11111111-1111-4111-8111-111111111111', {
  kind: 'question',
  label: 'Question : Garanties',
  status: 'accepted',
  statusLabel: 'Pris en compte',
  memberText: 'Les lunettes sont-elles couvertes ?\nEt les lentilles ?',
  answer: 'Oui, dans la limite de votre garantie optique.',
  answeredAt: '2026-03-20T14:00:00Z',
  createdAt: '2026-03-18T08:00:00Z',
  updatedAt: '2026-03-20T14:00:00Z',
  history: [
    { at: '2026-03-18T08:00:00Z', status: 'pending', note: null },
    { at: '2026-03-20T14:00:00Z', status: 'accepted', note: 'Réponse envoyée' },
  ],
});
const PENDING = memberRequest('22222222-2222-4222-8222-222222222222', {
  label: 'Message : Mes cotisations',
  memberText: 'Bonjour <script>alert(1)</script>, mon prélèvement a échoué.',
  createdAt: '2026-03-15T09:30:00Z',
  history: [{ at: '2026-03-15T09:30:00Z', status: 'pending', note: null }],
});
const REFUSED = memberRequest('33333333-3333-4333-8333-333333333333', {
  section: 'adhesion',
  kind: 'carte',
  label: 'Demande de carte de tiers payant',
  status: 'refused',
  statusLabel: 'Refusé',
  refusalReason: 'Une carte vous a déjà été envoyée le 2 mars.',
  memberText: null,
  createdAt: '2026-03-01T10:00:00Z',
  history: [
    { at: '2026-03-01T10:00:00Z', status: 'pending', note: null },
    { at: '2026-03-03T11:00:00Z', status: 'refused', note: 'Une carte vous a déjà été envoyée le 2 mars.' },
  ],
});

function serve(items: MemberRequest[]): void {
  worker.use(http.get('/api/contact/suivi', () => HttpResponse.json({ items } satisfies FollowUp)));
}

function article(el: Element, request: MemberRequest): HTMLElement {
  const found = deepQuery(el, `article[data-request-id="${request.id}"]`);
  if (!found) throw new Error(`no request ${request.id}`);
  return found;
}

async function page(items: MemberRequest[] = [ANSWERED, PENDING, REFUSED]): Promise<HTMLElement> {
  serve(items);
  const el = await openSection('ctc-section', '/contact/suivi');
  await waitUntil(() => deepQuery(el, '.count'), 'Suivi never loaded', { timeout: 3000 });
  return el;
}

describe('E4 Suivi', () => {
  useSectionApi();

  it('lists every request in the server’s order (newest first) with its date and its status as text and badge', async () => {
    const el = await page();
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Suivi');
    expect(deepText(deepQuery(el, '.count')!)).to.equal('3 demandes');
    expect(deepQueryAll(el, 'article h2').map((h) => h.textContent?.trim())).to.deep.equal([
      'Question : Garanties',
      'Message : Mes cotisations',
      'Demande de carte de tiers payant',
    ]);
    const badges = deepQueryAll(el, 'article pa-badge').map((b) => [
      b.getAttribute('variant'),
      b.textContent,
    ]);
    expect(badges).to.deep.equal([
      ['success', 'Pris en compte'],
      ['info', 'En cours de traitement'],
      ['error', 'Refusé'],
    ]);
    // Colour is never the only sign: the status is said in words, with an icon of its own shape.
    expect(article(el, PENDING).textContent?.replace(/\s+/g, ' '))
      .to.include('Demande du 15/03/2026')
      .and.include('Statut : En cours de traitement');
    const icons = deepQueryAll(el, 'article pa-badge').map((b) => b.shadowRoot!.querySelector('.icon')!);
    expect(icons.map((i) => getComputedStyle(i, '::before').content)).to.deep.equal([
      '"✓" / ""',
      '"i" / ""',
      '"✕" / ""',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows the refusal reason, what the member wrote and the answer with its date', async () => {
    const el = await page();
    expect(deepText(article(el, REFUSED))).to.include(
      'Motif du refus : Une carte vous a déjà été envoyée le 2 mars.',
    );
    expect(deepQuery(article(el, REFUSED), 'h3')).to.equal(undefined);

    const answered = article(el, ANSWERED);
    expect(deepQueryAll(answered, 'h3').map((h) => deepText(h).trim())).to.deep.equal([
      'Votre question',
      'Réponse du 20/03/2026',
    ]);
    expect(deepQuery(answered, '.member-text')?.textContent).to.equal(
      'Les lunettes sont-elles couvertes ?\nEt les lentilles ?',
    );
    expect(deepQuery(answered, '.answer')?.textContent).to.equal(
      'Oui, dans la limite de votre garantie optique.',
    );
    expect(deepText(article(el, PENDING))).not.to.include('Réponse');
    expect(deepText(article(el, PENDING))).not.to.include('Motif du refus');
  });

  it('lists the documents sent with a transmission as download links with their French size', async () => {
    const sent = memberRequest('44444444-4444-4444-8444-444444444444', {
      kind: 'transmission',
      label: 'Transmission : Certificat de scolarité',
      memberText: 'Pour Léa',
      attachments: [
        { id: 'a1', fileName: 'certificat.pdf', sizeBytes: 4096, downloadUrl: '/api/contact/fichiers/a1' },
        { id: 'a2', fileName: 'verso.jpg', sizeBytes: 1_572_864, downloadUrl: '/api/contact/fichiers/a2' },
      ],
    });
    const el = await page([sent, PENDING]);
    const found = article(el, sent);
    expect(deepQueryAll(found, 'h3').map((h) => deepText(h).trim())).to.deep.equal([
      'Votre commentaire',
      'Documents joints',
    ]);
    const downloads = deepQueryAll<HTMLAnchorElement>(found, '.attachments a');
    expect(
      downloads.map((a) => [deepText(a), a.getAttribute('href'), a.hasAttribute('download')]),
    ).to.deep.equal([
      ['Télécharger certificat.pdf (4 Ko)', '/api/contact/fichiers/a1', true],
      ['Télécharger verso.jpg (1,5 Mo)', '/api/contact/fichiers/a2', true],
    ]);
    expect(deepQuery(article(el, PENDING), '.attachments')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows HTML the member typed as text, never as elements', async () => {
    const el = await page();
    const text = deepQuery(article(el, PENDING), '.member-text')!;
    expect(deepQuery(article(el, PENDING), 'h3')?.textContent).to.equal('Votre message');
    expect(text.textContent).to.equal('Bonjour <script>alert(1)</script>, mon prélèvement a échoué.');
    expect(text.children).to.have.length(0);
    expectNoScriptIn(el);
  });

  it('keeps the history in a disclosure widget: dates, statuses and notes', async () => {
    const el = await page();
    const details = deepQuery<HTMLDetailsElement>(article(el, REFUSED), 'details')!;
    const summary = details.querySelector('summary')!;
    // Inside the request's article, named by its title: the context of "Historique".
    expect(deepText(summary)).to.equal('Historique');
    expect(details.closest('article')?.getAttribute('aria-labelledby')).to.equal(`request-${REFUSED.id}`);
    expect(details.open).to.equal(false);
    summary.click();
    await waitUntil(() => details.open, 'history not opened');
    expect([...details.querySelectorAll('li')].map((li) => deepText(li).trim())).to.deep.equal([
      '01/03/2026 : En cours de traitement',
      '03/03/2026 : Refusé — Une carte vous a déjà été envoyée le 2 mars.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('offers "Ne plus afficher" on closed requests only, named after each', async () => {
    const el = await page();
    expect(findButtons(article(el, PENDING), 'Ne plus afficher')).to.have.length(0);
    const names = findButtons(el, 'Ne plus afficher').map((b) => deepText(b).trim());
    expect(names).to.deep.equal([
      'Ne plus afficher la demande « Question : Garanties » du 18/03/2026',
      'Ne plus afficher la demande « Demande de carte de tiers payant » du 01/03/2026',
    ]);
  });

  it('"Ne plus afficher" hides the request, confirms politely and moves the focus to the next one', async () => {
    let hidden = '';
    worker.use(
      http.post('/api/contact/suivi/:id/masquer', ({ params }) => {
        hidden = String(params['id']);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const el = await page();
    clickButton(article(el, ANSWERED), 'Ne plus afficher');
    await waitUntil(() => !deepQuery(el, `article[data-request-id="${ANSWERED.id}"]`), 'request still shown');
    expect(hidden).to.equal(ANSWERED.id);
    expect(deepText(deepQuery(el, '.count')!)).to.equal('2 demandes');
    const toast = deepQuery(el, 'pa-toast')!;
    const region = toast.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    await waitForText(region, "La demande du 18/03/2026 n'est plus affichée.");
    await waitForFocusIn(deepQuery(article(el, PENDING), 'h2'), 'the next request');
    await expect(el).to.be.accessible();
  });

  it('hiding the last request leaves "Aucune demande pour le moment" with the focus', async () => {
    worker.use(http.post('/api/contact/suivi/:id/masquer', () => new HttpResponse(null, { status: 204 })));
    const el = await page([REFUSED]);
    clickButton(el, 'Ne plus afficher');
    await waitForText(el, 'Aucune demande pour le moment');
    await waitForFocusIn(deepQuery(el, 'pa-empty-state'), 'the empty state');
  });

  it('shows why a request cannot be hidden (409, 404) and keeps it', async () => {
    worker.use(
      http.post(`/api/contact/suivi/${ANSWERED.id}/masquer`, () =>
        problem(409, "Une demande en cours de traitement reste affichée jusqu'à sa réponse.", {
          code: 'request-open',
        }),
      ),
      http.post(`/api/contact/suivi/${REFUSED.id}/masquer`, () =>
        problem(404, "Cette demande n'existe pas ou ne vous concerne pas.", { code: 'not-found' }),
      ),
    );
    const el = await page();
    clickButton(article(el, ANSWERED), 'Ne plus afficher');
    await waitForText(
      article(el, ANSWERED),
      "Une demande en cours de traitement reste affichée jusqu'à sa réponse.",
    );
    const alert = deepQuery(article(el, ANSWERED), 'pa-alert')!;
    expect(alert.getAttribute('variant')).to.equal('error');
    await waitUntil(() => !findButtons(article(el, ANSWERED), 'Ne plus afficher')[0]?.busy, 'still busy');
    clickButton(article(el, REFUSED), 'Ne plus afficher');
    await waitForText(article(el, REFUSED), "Cette demande n'existe pas ou ne vous concerne pas.");
    expect(deepQueryAll(el, 'article')).to.have.length(3);
    expect(deepText(deepQuery(el, 'pa-toast')!).trim()).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says "Aucune demande pour le moment" when there is none', async () => {
    const el = await page([]);
    expect(deepText(el)).to.include('Aucune demande pour le moment');
    expect(deepQueryAll(el, 'article')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says in French when Suivi cannot be loaded, and loads it again on « Réessayer »', async () => {
    let calls = 0;
    worker.use(
      http.get('/api/contact/suivi', () =>
        ++calls === 1 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json({ items: [PENDING] }),
      ),
    );
    const el = await openSection('ctc-section', '/contact/suivi');
    await waitForText(el, 'Le service est momentanément indisponible. Réessayez dans quelques instants.');
    clickButton(el, 'Réessayer');
    await waitForText(el, '1 demande');
    expect(calls).to.equal(2);
  });
});

describe('P1 Traitement estimé in Suivi', () => {
  useSectionApi();

  it('a pending request shows its estimated date, « En retard » once past; a closed one neither', async () => {
    const onTime = memberRequest('44444444-4444-4444-8444-444444444444', { estimatedAt: '2026-03-19' });
    const late = memberRequest('55555555-5555-4555-8555-555555555555', {
      label: 'Question : Garanties',
      kind: 'question',
      estimatedAt: '2026-03-10',
      late: true,
    });
    const el = await page([onTime, late, ANSWERED]);
    expect(deepText(article(el, onTime))).to.include('Traitement estimé le 19/03/2026');
    expect(deepQuery(article(el, onTime), 'pa-badge.late')).to.equal(undefined);
    expect(deepText(article(el, late))).to.include('Traitement estimé le 10/03/2026');
    const badge = deepQuery(article(el, late), 'pa-badge.late');
    expect(badge?.textContent).to.equal('En retard');
    expect(badge?.getAttribute('variant')).to.equal('warning');
    expect(deepText(article(el, ANSWERED))).not.to.include('Traitement estimé');
    await expect(el).to.be.accessible();
  });
});
