// « Mes indemnisations » (SPEC C): the words the journeys look for, and what a member does there
// through the API when a journey needs it done beforehand (a draft, a claim sent, justificatifs).
import type { Claim, ClaimSent, ClaimValues, Sending } from '../mfe-indemnisations/contract/index.js';
import type { PortalClient } from './api.js';
import { addDays, todayIso } from './dates.js';
import { type NamedFile, SMALL_JPG, SMALL_PDF, SMALL_PNG } from './files.js';

export const CLAIM_TITLE = "Demande d'indemnisation — Arrêt de travail";
export const DEMANDE_LINK = /^Demande d'indemnisation/;
export const HISTORY_LINK = /^Historique des envois/;
export const JUSTIFICATIFS_LINK = /^Envoi de justificatifs/;
export const PAYMENTS_LINK = /^Historique des indemnisations/;

/** The claim form of the prévoyance contract (the demo's). */
const FORM_CODE = 'arret-de-travail';

/** The three justificatifs of C4 (names unlike those of the other sending below). */
export const JUSTIFICATIFS: NamedFile[] = [
  { name: 'avis-prolongation-novembre.pdf', bytes: SMALL_PDF },
  { name: 'ordonnance-kinesitherapie.png', bytes: SMALL_PNG },
  { name: 'bulletin-salaire-octobre.jpg', bytes: SMALL_JPG },
];

/** Another sending of three justificatifs, as a member makes it first (an initial stop). */
export const EARLIER_JUSTIFICATIFS: NamedFile[] = [
  { name: 'avis-arret-travail.pdf', bytes: SMALL_PDF },
  { name: 'prolongation-octobre.pdf', bytes: SMALL_PDF },
  { name: 'bulletin-salaire-aout.pdf', bytes: SMALL_PDF },
];

/** A new claim saved at once through the API (its first « Enregistrer »): a draft, pre-filled from the member's file. */
export function startClaim(api: PortalClient): Promise<Claim> {
  return api.call<Claim>('/api/indemnisations/demandes', { json: { formCode: FORM_CODE } });
}

/** The answers of a complete sick-leave claim (an initial stop of two months, ended last month). */
function completeValues(prefilled: ClaimValues): ClaimValues {
  const today = todayIso();
  return {
    ...prefilled,
    serviceRh: 'Direction des sports',
    telephone: '02 48 24 56 10',
    nature: 'maladie',
    circonstances: '',
    tiersResponsable: 'non',
    typeArret: 'initial',
    dateOrigine: addDays(today, -90),
    periodes: [
      { start: addDays(today, -90), end: addDays(today, -61), rate: 'plein' },
      { start: addDays(today, -60), end: addDays(today, -31), rate: 'plein' },
    ],
    arretTermine: 'oui',
    arretsPrecedents: 'non',
    periodesPrecedentes: [],
  };
}

/** A claim started, completed and sent (C2, C3): its PDF filed in Historique des envois. */
export async function sendClaim(api: PortalClient): Promise<ClaimSent & { sendingId: string }> {
  const draft = await startClaim(api);
  const sent = await api.call<ClaimSent>(`/api/indemnisations/demandes/${draft.id}/envoi`, {
    json: { version: draft.version, values: completeValues(draft.values) },
  });
  return { ...sent, sendingId: sendingIdOf(sent.pdfUrl) };
}

/** `/api/indemnisations/envois/<sending>/documents/<file>` → the sending's id. */
function sendingIdOf(url: string): string {
  const id = /\/envois\/([0-9a-f-]{36})\//.exec(url)?.[1];
  if (!id) throw new Error(`not a sending's document: ${url}`);
  return id;
}

/** C4 « Envoi de justificatifs » through the API: the files, a message, the member's e-mail. */
export function sendJustificatifs(
  api: PortalClient,
  email: string,
  files: readonly NamedFile[],
  message = '',
): Promise<Sending> {
  return api.upload<Sending>('/api/indemnisations/justificatifs', { email, message }, files);
}
