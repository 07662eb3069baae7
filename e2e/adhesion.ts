// « Mon adhésion » (SPEC B): what a member asks there through the API when a journey needs it done.
import type { MemberRequest } from '@portail/kernel/contract';
import type { PortalClient } from './api.js';

/** B6 « Demander une carte » (of tiers payant): a request a manager decides (H2). */
export function requestCard(api: PortalClient): Promise<MemberRequest> {
  return api.call<MemberRequest>('/api/adhesion/carte/demandes', { method: 'POST' });
}
