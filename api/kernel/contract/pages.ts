export type ContractKind = 'prevoyance' | 'sante';

/**
 * A page a section contributes to the left menu, in its section's group. Each section declares its
 * pages once in its manifest (`section.ts`), the server turns them into menu entries (filtered by
 * SPEC A6) and the browser routes on their paths.
 */
export interface SectionPage {
  /** Unique across the portal, e.g. `adhesion.contrat`. */
  id: string;
  label: string;
  /** Absolute path in the portal, e.g. `/adhesion/contrat`. */
  path: string;
  /** Employer authorisation that must be on (SPEC A6), e.g. `demande_indemnisation`. */
  feature?: string;
  /** Shown only to members holding a contract of this kind. */
  contractKind?: ContractKind;
  /** The page also shows the paths under its own (e.g. one per document nature, SPEC E3). */
  nested?: boolean;
  /** Documents of this category count as this entry's unread documents (SPEC A5). */
  documentCategory?: string;
  /**
   * A kernel service the page needs, configured per portal: `identity-provider` (SPEC P7) — without
   * one the menu has no such entry, with one the entry names it (« Connexion avec <name> »).
   */
  requires?: 'identity-provider';
}
