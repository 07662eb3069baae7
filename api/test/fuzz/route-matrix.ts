// Every route of the portal, who may call it, and — for a member's own resources — whose resource
// its parameters name in the demo data. The fuzz suite enumerates the host's routes and fails on
// any route missing here (or here and gone): a new route must say who may call it.
import type { Fixtures } from './fixtures.js';

/**
 * - `public`: anybody (login, reset, activation, robot checks, the kit d'adhésion);
 * - `member`: a member's session with the CGU accepted (or, where named, before them);
 * - `widget`: a member route a widget's token may read too (W2);
 * - `manager`: a manager's session (back office);
 * - `web`: pages, bundles and health, outside `/api`.
 */
export type Access = 'public' | 'member' | 'widget' | 'manager' | 'web';

export interface RouteEntry {
  access: Access;
  /** The route's parameters naming the victim's own resource (`victim`: whose it is). */
  own?: (f: Fixtures) => { victim: 'claire' | 'julien'; params: Record<string, string> };
  /** Multipart (uploads): the fuzz sends form bodies. */
  multipart?: boolean;
  /**
   * An event stream (SSE, P2) that never ends by itself: the suites take its status and headers and
   * hang up (they read no body of a `text/event-stream` answer).
   */
  stream?: boolean;
}

const claire = (params: (f: Fixtures) => Record<string, string>) => (f: Fixtures) => ({
  victim: 'claire' as const,
  params: params(f),
});
const julien = (params: (f: Fixtures) => Record<string, string>) => (f: Fixtures) => ({
  victim: 'julien' as const,
  params: params(f),
});

export const ROUTE_MATRIX: Record<string, RouteEntry> = {
  // Kernel: access, session, CGU, menu, documents, requests' files, widgets.
  'POST /api/auth/login': { access: 'public' },
  'POST /api/auth/login/code': { access: 'public' },
  'POST /api/auth/login/code/renvoi': { access: 'public' },
  'GET /api/auth/appareils': { access: 'member' },
  'DELETE /api/auth/appareils/:id': {
    access: 'member',
    own: claire((f) => ({ id: f.claire.trustedDeviceId })),
  },
  'POST /api/auth/logout': { access: 'public' },
  'PUT /api/auth/langue': { access: 'public' },
  'GET /api/auth/session': { access: 'member' },
  'GET /api/auth/session/status': { access: 'public' },
  'GET /api/auth/session/idle': { access: 'public' },
  'POST /api/auth/session/keepalive': { access: 'member' },
  'POST /api/auth/password': { access: 'member' },
  'POST /api/auth/password-reset/request': { access: 'public' },
  'POST /api/auth/password-reset/confirm': { access: 'public' },
  'POST /api/auth/password-reset/check': { access: 'public' },
  'GET /api/auth/activation/challenge': { access: 'public' },
  'POST /api/auth/activation/request': { access: 'public' },
  'POST /api/auth/activation/confirm': { access: 'public' },
  'POST /api/auth/activation/courrier': { access: 'public' },
  'POST /api/auth/identifier-reminder': { access: 'public' },
  // P7 sign-in with an identity provider: the browser's navigations, then the member's own link.
  'GET /api/auth/oidc/start': { access: 'public' },
  'GET /api/auth/oidc/retour': { access: 'public' },
  'GET /api/auth/oidc/liaison': { access: 'member' },
  'POST /api/auth/oidc/liaison': { access: 'member' },
  'DELETE /api/auth/oidc/liaison': { access: 'member' },
  'GET /api/openapi.json': { access: 'public' },
  'GET /api/cgu/current': { access: 'public' },
  'POST /api/cgu/accept': { access: 'member' },
  'GET /api/menu': { access: 'member' },
  'GET /api/evenements': { access: 'member', stream: true },
  'GET /api/documents/:id': { access: 'widget', own: claire((f) => ({ id: f.claire.documentId })) },
  'POST /api/documents/:id/read': { access: 'member', own: claire((f) => ({ id: f.claire.documentId })) },
  'GET /api/demandes/:id/fichiers/:fileId': {
    access: 'member',
    own: claire((f) => ({ id: f.claire.requestId, fileId: f.claire.requestFileId })),
  },
  'POST /api/widgets/jeton': { access: 'member' },
  'GET /api/widgets/autorisations': { access: 'member' },
  'POST /api/widgets/autorisations': { access: 'member' },
  'DELETE /api/widgets/autorisations/:origin': {
    access: 'member',
    own: claire((f) => ({ origin: f.claire.widgetOrigin })),
  },

  // Back office.
  'POST /api/gestion/auth/login': { access: 'public' },
  'POST /api/gestion/auth/login/code': { access: 'public' },
  'POST /api/gestion/auth/login/code/renvoi': { access: 'public' },
  'POST /api/gestion/auth/logout': { access: 'public' },
  'GET /api/gestion/auth/session': { access: 'manager' },
  'GET /api/gestion/demandes': { access: 'manager' },
  'GET /api/gestion/demandes/:id': { access: 'manager' },
  'GET /api/gestion/demandes/:id/fichiers/:fileId': { access: 'manager' },
  'POST /api/gestion/demandes/:id/decision': { access: 'manager' },
  'POST /api/gestion/demandes/:id/reponse': { access: 'manager' },
  'GET /api/gestion/documents/categories': { access: 'manager' },
  'POST /api/gestion/documents': { access: 'manager', multipart: true },
  'GET /api/gestion/employeurs': { access: 'manager' },
  'PUT /api/gestion/employeurs/:id': { access: 'manager' },
  'GET /api/gestion/journal': { access: 'manager' },
  'GET /api/gestion/messages': { access: 'manager' },
  'GET /api/gestion/adherents/:identifier': { access: 'manager' },
  'POST /api/gestion/indemnisations/indemnites': { access: 'manager' },
  'POST /api/gestion/sante/remboursements': { access: 'manager' },
  'GET /api/gestion/sante/devis/:requestId': { access: 'manager' },

  // Mon adhésion.
  'GET /api/adhesion/affiliations': { access: 'member' },
  'GET /api/adhesion/affiliations/:membershipId/certificat': {
    access: 'member',
    own: claire((f) => ({ membershipId: f.claire.membershipId })),
  },
  'GET /api/adhesion/carte': { access: 'member' },
  'GET /api/adhesion/carte/:id/pdf': { access: 'member', own: julien((f) => ({ id: f.julien.cardId })) },
  'POST /api/adhesion/carte/demandes': { access: 'member' },
  'GET /api/adhesion/documents/contrat': { access: 'member' },
  'GET /api/adhesion/documents/documents-cles': { access: 'widget' },
  'GET /api/adhesion/documents/formulaires': { access: 'member' },
  'GET /api/adhesion/espace/challenge': { access: 'public' },
  'POST /api/adhesion/espace/acces': { access: 'public' },
  'GET /api/adhesion/espace/documents/:id': { access: 'public' },
  'GET /api/adhesion/prises-en-charge': { access: 'member' },
  'POST /api/adhesion/prises-en-charge': { access: 'member' },
  'GET /api/adhesion/prises-en-charge/:id/pdf': {
    access: 'member',
    own: julien((f) => ({ id: f.julien.guaranteeId })),
  },

  // Mes indemnisations (prévoyance) and santé.
  'GET /api/indemnisations/demandes': { access: 'widget' },
  'POST /api/indemnisations/demandes': { access: 'member' },
  'GET /api/indemnisations/demandes/nouvelle/:formCode': { access: 'member' },
  'GET /api/indemnisations/demandes/:id': {
    access: 'member',
    own: claire((f) => ({ id: f.claire.claimId })),
  },
  'PUT /api/indemnisations/demandes/:id': {
    access: 'member',
    own: claire((f) => ({ id: f.claire.claimId })),
  },
  'DELETE /api/indemnisations/demandes/:id': {
    access: 'member',
    own: claire((f) => ({ id: f.claire.claimId })),
  },
  'POST /api/indemnisations/demandes/:id/envoi': {
    access: 'member',
    own: claire((f) => ({ id: f.claire.claimId })),
  },
  'GET /api/indemnisations/formulaires': { access: 'member' },
  'POST /api/indemnisations/formulaires/transmission': { access: 'member', multipart: true },
  'GET /api/indemnisations/justificatifs/contact': { access: 'member' },
  'POST /api/indemnisations/justificatifs': { access: 'member', multipart: true },
  'GET /api/indemnisations/envois': { access: 'member' },
  'GET /api/indemnisations/envois/:id/documents/:fileId': {
    access: 'member',
    own: claire((f) => ({ id: f.claire.sendingId, fileId: f.claire.sendingFileId })),
  },
  'GET /api/indemnisations/paiements': { access: 'widget' },
  'GET /api/indemnisations/paiements/:id': {
    access: 'member',
    own: claire((f) => ({ id: f.claire.indemnityPaymentId })),
  },
  'GET /api/indemnisations/attestations-fiscales': { access: 'widget' },
  // P4: Claire's demo file has payments in the last calendar year (demo seed).
  'GET /api/indemnisations/attestations-fiscales/:annee': {
    access: 'widget',
    own: claire(() => ({ annee: String(new Date().getFullYear() - 1) })),
  },
  'GET /api/sante/reglements': { access: 'widget' },
  'GET /api/sante/reglements/:id': {
    access: 'member',
    own: julien((f) => ({ id: f.julien.healthPaymentId })),
  },
  'GET /api/sante/decomptes': { access: 'member' },
  'GET /api/sante/decomptes/:id/pdf': {
    access: 'member',
    own: julien((f) => ({ id: f.julien.statementId })),
  },
  'GET /api/sante/cotisations': { access: 'member' },
  'GET /api/sante/estimation': { access: 'member' },
  'POST /api/sante/devis': { access: 'member', multipart: true },

  // Mon compte.
  'GET /api/compte/donnees': { access: 'member' },
  'PUT /api/compte/telephones': { access: 'member' },
  'PUT /api/compte/alertes': { access: 'member' },
  'POST /api/compte/modifications': { access: 'member', multipart: true },
  'DELETE /api/compte/modifications/:id': {
    access: 'member',
    own: claire((f) => ({ id: f.claire.pendingChangeId })),
  },
  'GET /api/compte/notifications': { access: 'member' },
  // P3 « Télécharger mes données »: the member's own archive, never another's (no id in the path).
  'GET /api/compte/donnees/archive': { access: 'member' },
  'POST /api/compte/donnees/archive': { access: 'member' },
  'GET /api/compte/donnees/archive/fichier': { access: 'member' },

  // Contact.
  'GET /api/contact/faq': { access: 'public' },
  'POST /api/contact/messages': { access: 'member' },
  'POST /api/contact/questions': { access: 'member' },
  'POST /api/contact/transmissions': { access: 'member', multipart: true },
  'GET /api/contact/suivi': { access: 'member' },
  'POST /api/contact/suivi/:id/masquer': {
    access: 'member',
    own: claire((f) => ({ id: f.claire.closedRequestId })),
  },

  // Outside /api: pages, bundles, health, the development mailbox.
  'GET /*': { access: 'web' },
  'GET /assets/*': { access: 'web' },
  'GET /widgets/*': { access: 'web' },
  'GET /widgets/:file{[a-z0-9-]+\\.js}': { access: 'web' },
  'GET /importmap.json': { access: 'web' },
  'GET /healthz': { access: 'web' },
  'GET /readyz': { access: 'web' },
  // Operators' scraper: a bearer token (METRICS_TOKEN), absent in production without it (metrics.api.test.ts).
  'GET /metrics': { access: 'web' },
  'GET /dev/boite-mail': { access: 'web' },
  'GET /dev/boite-mail/style.css': { access: 'web' },
  // Development only: the API's reference page (Swagger UI over /api/openapi.json).
  'GET /dev/api': { access: 'web' },
  'GET /dev/api/reference.js': { access: 'web' },
  'GET /dev/api/:file': { access: 'web' },
};
