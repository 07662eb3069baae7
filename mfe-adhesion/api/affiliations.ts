import {
  fileResponse,
  type Kernel,
  type MemberEnv,
  operation,
  ProblemError,
  randomToken,
  todayIso,
} from '@portail/kernel';
import { isRecordId } from '@portail/kernel/contract/ids';
import { Hono } from 'hono';
import type { AffiliationList } from '../contract/index.js';
import { certificatePdf } from './pdf/certificate-pdf.js';
import { adhesionDb } from './tables.js';

function certificateReference(): string {
  const raw = randomToken(9)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, 'X');
  return `CA-${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}`;
}

/** B5 Certificat d'affiliation: the member's memberships, and a certificate PDF made at the click. */
export function affiliationRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.use('*', kernel.requireMember(), kernel.requirePage('adhesion.certificat'));

  app.get(
    '/',
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: "B5 Adhésions de l'adhérent, chacune avec son certificat d'affiliation",
      responses: { 200: 'AffiliationList' },
    }),
    async (c) => {
      const memberships = await kernel.members.memberships(c.get('member').id);
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        items: memberships.map((m) => ({
          membershipId: m.id,
          contractLabel: m.contractLabel,
          contractKind: m.contractKind,
          employer: m.employer,
          membershipNumber: m.membershipNumber,
          startDate: m.startDate,
          endDate: m.endDate,
          certificateUrl: `/api/adhesion/affiliations/${m.id}/certificat`,
        })),
      } satisfies AffiliationList);
    },
  );

  app.get(
    '/:membershipId/certificat',
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: "B5 Certificat d'affiliation d'une adhésion (PDF généré à la demande)",
      responses: { 200: { media: 'application/pdf' } },
    }),
    async (c) => {
      const member = c.get('member');
      const id = c.req.param('membershipId');
      const [membership] = isRecordId(id) ? await kernel.members.memberships(member.id, { id }) : [];
      if (!membership)
        throw new ProblemError(404, "Cette adhésion n'existe pas ou ne vous concerne pas.", {
          code: 'not-found',
        });
      const profile = await kernel.members.profile(member.id);
      const reference = certificateReference();
      await adhesionDb(kernel)
        .transaction()
        .execute(async (trx) => {
          await trx
            .insertInto('adhesion.certificates')
            .values({ reference, member_id: member.id, membership_id: membership.id })
            .execute();
          await kernel.audit.record(
            {
              actorKind: 'member',
              actorId: member.id,
              action: 'adhesion.certificate',
              targetKind: 'certificate',
              targetId: reference,
            },
            trx,
          );
        });
      const pdf = await kernel.members.inLocaleOf(member.id, () =>
        certificatePdf({
          reference,
          civility: profile.civility,
          memberName: `${profile.firstName} ${profile.lastName}`,
          birthDate: profile.birthDate,
          membershipNumber: membership.membershipNumber,
          contractLabel: membership.contractLabel,
          employer: membership.employer,
          startDate: membership.startDate,
          endDate: membership.endDate,
          issuedOn: todayIso(),
        }),
      );
      return fileResponse(c, pdf, {
        fileName: `certificat-affiliation-${membership.membershipNumber}.pdf`,
        contentType: 'application/pdf',
      });
    },
  );

  return app;
}
