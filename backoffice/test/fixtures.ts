// Data and helpers of the back office's component tests (backoffice/test/*.web.test.ts).
import { fixture, type html, waitUntil } from '@open-wc/testing';
import type {
  AuditRecord,
  ManagerSession,
  OutboxMessage,
  QueueDetail,
  QueueItem,
  QueuePage,
} from '@portail/kernel/contract';
import { installTokens } from '@portail/shared-design';
import { HttpResponse, http, type JsonBodyType } from 'msw';
import { installPortalSections } from '../../shared-design/test/portal-sections.js';
import { deepQuery, startApi, worker } from '../../shared-design/test/section-helpers.js';
import { setManagerSession } from '../src/api.js';
import '../src/define.js';

installTokens();
installPortalSections();

export const CSRF = 'csrf-gestion-1';

export function managerSession(): ManagerSession {
  return { manager: { id: 'g1', login: 'cmartin', displayName: 'Claire Martin' }, csrfToken: CSRF };
}

export function queueItem(id: string, overrides: Partial<QueueItem> = {}): QueueItem {
  return {
    id,
    section: 'compte',
    kind: 'coordonnees_bancaires',
    label: 'Modification de vos coordonnées bancaires',
    status: 'pending',
    statusLabel: 'En cours de traitement',
    createdAt: '2026-03-02T09:30:00Z',
    ageDays: 12,
    estimatedAt: '2026-03-16',
    lateBusinessDays: 0,
    member: { id: 'm1', identifier: 'DUPONT42', name: 'Marie Dupont' },
    attachmentCount: 1,
    ...overrides,
  };
}

export function queuePage(items: QueueItem[], overrides: Partial<QueuePage> = {}): QueuePage {
  return {
    items,
    page: 1,
    pageSize: 25,
    total: items.length,
    kinds: [
      { section: 'compte', kind: 'coordonnees_bancaires' },
      { section: 'compte', kind: 'adresse' },
      { section: 'contact', kind: 'message' },
      { section: 'contact', kind: 'question' },
    ],
    ...overrides,
  };
}

export function queueDetail(id: string, overrides: Partial<QueueDetail> = {}): QueueDetail {
  return {
    ...queueItem(id),
    memberText: null,
    summary: ['Nouvel IBAN : FR76 3000 6000 0112 3456 7890 189', 'Titulaire : Marie Dupont'],
    current: [],
    answer: null,
    refusalReason: null,
    decidedBy: null,
    history: [{ at: '2026-03-02T09:30:00Z', status: 'pending', note: null }],
    attachments: [
      {
        id: 'f1',
        fileName: 'rib.pdf',
        sizeBytes: 120_000,
        downloadUrl: `/api/gestion/demandes/${id}/fichiers/f1`,
      },
    ],
    answerable: false,
    memberFile: {
      civility: 'Mme',
      firstName: 'Marie',
      lastName: 'Dupont',
      birthDate: '1980-05-17',
      email: 'marie@example.fr',
      phone: '02 48 00 00 01',
      mobile: '06 12 34 56 78',
      memberships: [
        { contract: 'Prévoyance', employer: 'Mairie de Bourges', number: 'P-1234', since: '2015-01-01' },
      ],
    },
    ...overrides,
  };
}

export function auditRecord(id: string, overrides: Partial<AuditRecord> = {}): AuditRecord {
  return {
    id,
    at: '2026-03-14T10:15:00Z',
    actorKind: 'manager',
    actor: 'Claire Martin',
    action: 'demande.decision',
    targetKind: 'request',
    targetId: 'r1',
    before: { status: 'pending' },
    after: { status: 'accepted', note: 'Coordonnées bancaires mises à jour dans le dossier.' },
    ...overrides,
  };
}

export function outboxMessage(id: string, overrides: Partial<OutboxMessage> = {}): OutboxMessage {
  return {
    id,
    channel: 'email',
    recipient: 'marie@example.fr',
    subject: 'Votre demande a été prise en compte',
    status: 'sent',
    attempts: 1,
    lastError: null,
    createdAt: '2026-03-14T10:15:00Z',
    sentAt: '2026-03-14T10:15:05Z',
    nextAttemptAt: null,
    ...overrides,
  };
}

/** Records every GET of `path` (its query) and answers with `answer(url)`. */
export function recordGets(path: string, answer: (url: URL) => JsonBodyType): URLSearchParams[] {
  const queries: URLSearchParams[] = [];
  worker.use(
    http.get(path, ({ request }) => {
      const url = new URL(request.url);
      queries.push(url.searchParams);
      return HttpResponse.json(answer(url));
    }),
  );
  return queries;
}

export interface Posted {
  body: unknown;
  csrf: string | null;
}

/** Records the bodies (and CSRF header) POSTed to `path`, answering each with `answer()`. */
export function recordPosts(path: string, answer: () => Response): Posted[] {
  const posts: Posted[] = [];
  worker.use(
    http.post(path, async ({ request }) => {
      posts.push({ body: await request.json().catch(() => null), csrf: request.headers.get('X-CSRF-Token') });
      return answer();
    }),
  );
  return posts;
}

/** Puts the test page at a back-office path (the test runner's query dropped); `restoreUrl` undoes it. */
const originalUrl = location.href;
export function goTo(path: string): void {
  history.replaceState(null, '', path);
}
export function restoreUrl(): void {
  history.replaceState(null, '', originalUrl);
}

/** Hooks of a suite calling the (mocked) API as a logged-in manager; reset after each test. */
export function useGestionApi({ loggedIn = true } = {}): void {
  before(startApi);
  beforeEach(() => setManagerSession(loggedIn ? managerSession() : null));
  afterEach(() => {
    worker.resetHandlers();
    setManagerSession(null);
    restoreUrl();
  });
}

/** The page element `tag` at a back-office path. */
export async function openPage<E extends HTMLElement>(
  path: string,
  template: ReturnType<typeof html>,
): Promise<E> {
  goTo(path);
  return fixture<E>(template);
}

/** Waits for the pa-data-table row of `id` below `root`. */
export async function waitForRow(root: Element, id: string): Promise<HTMLTableRowElement> {
  const find = () => deepQuery<HTMLTableRowElement>(root, `tr[data-row-id="${id}"]`);
  await waitUntil(find, `row ${id} never appeared`, { timeout: 3000 });
  return find()!;
}

export { cellTexts } from '../../shared-design/test/section-helpers.js';
