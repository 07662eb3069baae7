// « Mon adhésion » (SPEC B): what a member asks there through the API, and the member's documents,
// when a journey needs them beforehand.
import { renderTextPdf } from '@portail/kernel';
import type { MemberRequest } from '@portail/kernel/contract';
import type { PortalClient } from './api.js';
import type { RunningPortal } from './harness.js';
import type { Member } from './members.js';

/** B6 « Demander une carte » (of tiers payant): a request a manager decides (H2). */
export function requestCard(api: PortalClient): Promise<MemberRequest> {
  return api.call<MemberRequest>('/api/adhesion/carte/demandes', { method: 'POST' });
}

/**
 * B1: the member's own « Bulletin d'adhésion individuelle » in « Contrat », published through the
 * kernel as the demo publishes Claire Martin's (with the employer's name beside it), unread.
 */
export async function publishMembershipForm(running: RunningPortal, member: Member): Promise<string> {
  const fileName = `bulletin-adhesion-${member.membershipNumber}.pdf`;
  await running.kernel.documents.publish({
    category: 'contrat',
    title: "Bulletin d'adhésion individuelle",
    audience: 'member',
    memberId: member.id,
    ...(member.employerId ? { employerId: member.employerId } : {}),
    file: {
      fileName,
      contentType: 'application/pdf',
      data: await renderTextPdf({
        title: "Bulletin d'adhésion individuelle",
        subtitle: `${member.firstName} ${member.lastName} — adhésion n° ${member.membershipNumber}`,
        sections: [
          {
            paragraphs: [
              `Employeur : ${member.employer ?? 'aucun (contrat individuel)'}.`,
              'Contrat : Prévoyance complémentaire — maintien de salaire.',
            ],
          },
        ],
      }),
    },
  });
  return fileName;
}
