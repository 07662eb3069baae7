import { type AnyTransaction, type Kernel, ProblemError } from '@portail/kernel';
import type { MemberRequest } from '@portail/kernel/contract';

/** At most this many messages, questions and transmissions a member sends in an hour (flooding). */
const SENDS_PER_HOUR = 10;

/** 429 once the member has sent too much within the hour. */
export async function refuseFlooding(kernel: Kernel, memberId: string): Promise<void> {
  if (await kernel.rateLimiter.hit(`contact-send:${memberId}`, SENDS_PER_HOUR, 3600)) return;
  throw new ProblemError(
    429,
    'Vous avez envoyé beaucoup de demandes en peu de temps : réessayez dans une heure, ou appelez le service adhérents.',
    { code: 'rate-limited', headers: { 'Retry-After': '3600' } },
  );
}

export interface ContactRequest {
  kind: 'message' | 'question' | 'transmission';
  label: string;
  payload: Record<string, string>;
  fileIds?: string[];
}

/** Creates the request in the kernel workflow, audited, in `trx` (with its files, if any). */
export function recordContactRequest(
  kernel: Kernel,
  trx: AnyTransaction,
  memberId: string,
  request: ContactRequest,
): Promise<string> {
  return kernel.requests.create(trx, {
    memberId,
    section: 'contact',
    ...request,
    audit: { action: `contact.${request.kind}` },
  });
}

/** The request as the member sees it in Suivi. */
export async function memberRequest(kernel: Kernel, memberId: string, id: string): Promise<MemberRequest> {
  const items = await kernel.requests.listForMember(memberId, {
    section: 'contact',
    includeHidden: true,
    limit: 20,
  });
  const found = items.find((r) => r.id === id);
  if (!found) throw new Error(`request ${id} not found right after its creation`);
  return found;
}
