/**
 * A section's manifest: everything the rest of the portal needs to know of it, declared once in
 * the section's `section.ts`. The host mounts its API and runs its migrations from it, the shell
 * routes its paths to it and draws its menu group, the build bundles its entries, the back office
 * names its request kinds and loads its parts, the test runner finds its tests. Pure data:
 * browser-safe.
 */
import type { ContractKind, SectionPage } from './pages.js';

export interface SectionManifest<Page extends SectionPage = SectionPage> {
  /** Short name: the API under `/api/<name>`, the database schema, the back office's filter. */
  name: string;
  /** The browser package: its import-map key, also the single-spa application's name. */
  package: `@portail/${string}`;
  /** How members know it: its menu group, its "momentanément indisponible" message. */
  label: string;
  /** Portal paths it owns, with everything under them (`/adhesion` → `/adhesion/contrat`…). */
  paths: readonly string[];
  /** Its menu entries, in order (filtered per member, SPEC A4–A6). */
  pages: readonly Page[];
  /** Pages it shows to anybody, logged in or not, in the public layout (no menu). */
  publicPages?: readonly PublicSectionPage[];
  /** The kinds of request it makes (the back office's queue), with their French names. */
  requestKinds?: Readonly<Record<string, string>>;
  /** Its browser bundles, as paths from the package folder. */
  web: SectionBundles;
  /** What intranets may embed of it (SPEC W2). */
  widgets?: SectionWidgets;
  /** Its parts of the back office (SPEC H). */
  backOffice?: SectionBackOffice;
  /** What it shows on the member's « Accueil » (blocks, shortcuts), each under its page's access. */
  home?: SectionHome<Page['id']>;
}

export interface PublicSectionPage {
  /** Exact path, nothing under it. */
  path: string;
  /** The page's title, for the browser tab. */
  title: string;
}

export interface SectionBundles {
  /** The single-spa application (its lifecycles): `web/index.ts`. */
  app: string;
  /** The elements intranets embed, served at `/widgets/<package folder>.js`: `web/widgets.ts`. */
  widgets?: string;
  /** Its part of the back office, imported by the back office as `<package>/gestion`. */
  backOffice?: string;
}

/**
 * SPEC W2 — what a section lets intranets embed: the reads its member widgets make, the routes of
 * its public widgets, the documents a widget may download, and how the member's consent names it.
 */
export interface SectionWidgets {
  /** The elements, e.g. `adh-documents-cles`. */
  elements: readonly string[];
  /** What an authorised intranet shows, for the consent question: « vos documents clés ». */
  purposes: readonly string[];
  /** GET routes under `/api/<section>` a widget's token may read (`/documents/documents-cles`). */
  memberRoutes?: readonly string[];
  /** Routes of widgets without a member (B4 kit), open to the registered origins with CORS. */
  publicRoutes?: readonly string[];
  /** Document categories a widget's token may download through `/api/documents/:id`. */
  documentCategories?: readonly string[];
}

/** SPEC H5 — a kind of payment a manager records, with the form the section's part provides. */
export interface PaymentFormPart {
  /** The choice's label: « Remboursement santé ». */
  label: string;
  /** Only for members with a membership of this kind. */
  contractKind: ContractKind;
  /** The form element, defined by the section's back-office bundle; gets `.call` and `.payee`. */
  element: string;
}

/**
 * SPEC H3 — a kind of request of the section that a manager answers (rather than accepts or refuses),
 * with the section's own answer form in the request's page (e.g. P5's quote: the estimate again).
 */
export interface AnswerFormPart {
  /** The request kind (one of the manifest's `requestKinds`). */
  kind: string;
  /**
   * The form element, defined by the section's back-office bundle; gets `.call` and `.detail` (the
   * request), answers through `/api/gestion/demandes/:id/reponse` and fires `request-answered` with
   * the request as it now is (`QueueDetail`).
   */
  element: string;
}

export interface SectionBackOffice {
  /** Its forms on the back office's « Paiements » page. */
  paymentForms?: readonly PaymentFormPart[];
  /** Its request kinds answered with a form of its own (H3). */
  answerForms?: readonly AnswerFormPart[];
}

/**
 * « Accueil », the page a member lands on: the blocks and shortcuts a section contributes. Each names
 * one of the section's pages and is shown only to a member who may open it (the menu's rules: contract
 * kind, employer authorisation, SPEC A6); `GET /api/menu` answers those of the member (`Menu.home`).
 * The blocks' elements are defined by the section's app bundle when the shell calls its exported
 * `loadHome()` (each block its own element, API call, skeleton and error state).
 */
export interface SectionHome<PageId extends string = string> {
  blocks?: readonly HomeBlock<PageId>[];
  shortcuts?: readonly HomeShortcut<PageId>[];
}

export interface HomeBlock<PageId extends string = string> {
  /** The element showing the block's content, e.g. `ind-home-latest-payment`. */
  element: string;
  /** The block's heading: « Dernier paiement ». */
  title: string;
  /** The page the block sums up: its access rules, and where the block's link leads. */
  page: PageId;
  /** The text of the link to that page: « Voir l'historique des indemnisations ». */
  link: string;
}

export interface HomeShortcut<PageId extends string = string> {
  /** « Déclarer un sinistre ». */
  label: string;
  /** The page it opens (and whose access rules it follows). */
  page: PageId;
  /** An employer authorisation it needs besides the page's own (A6), e.g. `demande_indemnisation`. */
  feature?: string;
}

/** What the host tells the shell and the back office of each section (their page's boot data). */
export type SectionSummary = Pick<
  SectionManifest,
  'name' | 'package' | 'label' | 'paths' | 'publicPages' | 'requestKinds' | 'backOffice'
>;

/** Id of the page's `<script type="application/json">` that holds the sections' summaries. */
export const PORTAL_SECTIONS_ID = 'portail-sections';

/** The summaries the host wrote into the page (none in a page without them, e.g. a test's). */
export function readSectionSummaries(doc: Document = document): SectionSummary[] {
  const text = doc.getElementById(PORTAL_SECTIONS_ID)?.textContent;
  if (!text) return [];
  try {
    return JSON.parse(text) as SectionSummary[];
  } catch {
    return [];
  }
}

/** Declares a manifest, keeping its pages' literal types (page ids checked in the section's code). */
export function defineSection<const Page extends SectionPage>(
  manifest: SectionManifest<Page>,
): SectionManifest<Page> {
  return manifest;
}

/** The summary the browser gets of a manifest. */
export function sectionSummary(manifest: SectionManifest): SectionSummary {
  const { name, package: pkg, label, paths, publicPages, requestKinds, backOffice } = manifest;
  return { name, package: pkg, label, paths, publicPages, requestKinds, backOffice };
}

/** Whether `path` is one of the section's, or under one. */
export function sectionOwns(section: Pick<SectionManifest, 'paths'>, path: string): boolean {
  return section.paths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}
