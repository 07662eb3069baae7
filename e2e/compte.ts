// « Mon compte » (SPEC D): what a member asks there through the API when a journey needs it done.
import type { PendingChange } from '../mfe-compte/contract/index.js';
import type { PortalClient } from './api.js';
import type { NamedFile } from './files.js';

/** D2: a change of bank details with its RIB; pending until a manager decides (H2). */
export function requestBankChange(
  api: PortalClient,
  bank: { iban: string; bic: string },
  rib: NamedFile,
): Promise<PendingChange> {
  return api.upload<PendingChange>(
    '/api/compte/modifications',
    { kind: 'coordonnees_bancaires', donnees: JSON.stringify(bank) },
    [rib],
  );
}
