import {
  fileResponse,
  isoDate,
  type Kernel,
  type MemberEnv,
  operation,
  ProblemError,
  randomToken,
  todayIso,
} from '@portail/kernel';
import { isRecordId } from '@portail/kernel/contract/ids';
import { Hono } from 'hono';
import {
  type HospitalGuarantee,
  type HospitalGuaranteeOverview,
  RELATIONSHIP_LABELS,
  type StayKind,
} from '../contract/index.js';
import { hospitalGuaranteeSchema } from '../contract/schemas.js';
import { guaranteePdf } from './pdf/guarantee-pdf.js';
import { adhesionDb } from './tables.js';

function guaranteeReference(): string {
  return `PEC-${new Date().getUTCFullYear()}-${randomToken(6)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '4')
    .slice(0, 8)}`;
}

async function guaranteesOf(kernel: Kernel, memberId: string, id?: string): Promise<HospitalGuarantee[]> {
  let query = adhesionDb(kernel)
    .selectFrom('adhesion.hospital_guarantees')
    .select([
      'id',
      'reference',
      'beneficiary_name',
      'establishment',
      'stay_kind',
      'issued_at',
      isoDate('admission_date').as('admission_date'),
    ])
    .where('member_id', '=', memberId)
    .orderBy('issued_at', 'desc')
    .orderBy('id')
    .limit(100);
  if (id) query = query.where('id', '=', id);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    beneficiary: r.beneficiary_name,
    establishment: r.establishment,
    admissionDate: r.admission_date,
    stayKind: r.stay_kind as StayKind,
    issuedAt: new Date(r.issued_at).toISOString(),
    downloadUrl: `/api/adhesion/prises-en-charge/${r.id}/pdf`,
  }));
}

/** B7 Prise en charge hospitalière: a form that issues the guarantee PDF at once, and the history. */
export function hospitalGuaranteeRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.use('*', kernel.requireMember(), kernel.requirePage('adhesion.prise-en-charge'));

  app.get(
    '/',
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'B7 Bénéficiaires et historique des prises en charge hospitalières',
      responses: { 200: 'HospitalGuaranteeOverview' },
    }),
    async (c) => {
      const memberId = c.get('member').id;
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        beneficiaries: await kernel.members.beneficiaries(memberId),
        items: await guaranteesOf(kernel, memberId),
      } satisfies HospitalGuaranteeOverview);
    },
  );

  app.post(
    '/',
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'B7 Obtenir une prise en charge hospitalière',
      body: hospitalGuaranteeSchema,
      responses: { 201: 'HospitalGuarantee' },
    }),
    async (c) => {
      const memberId = c.get('member').id;
      const input = c.req.valid('json');
      const beneficiary = (await kernel.members.beneficiaries(memberId)).find(
        (b) => b.id === input.beneficiaryId,
      );
      if (!beneficiary) {
        throw new ProblemError(400, 'Choisissez un bénéficiaire de votre contrat.', {
          code: 'validation',
          errors: [{ field: 'beneficiaryId', detail: 'Choisissez un bénéficiaire de votre contrat.' }],
        });
      }
      const row = await adhesionDb(kernel)
        .transaction()
        .execute(async (trx) => {
          const guarantee = await trx
            .insertInto('adhesion.hospital_guarantees')
            .values({
              reference: guaranteeReference(),
              member_id: memberId,
              beneficiary_id: beneficiary.id,
              beneficiary_name: `${beneficiary.firstName} ${beneficiary.lastName} (${RELATIONSHIP_LABELS[beneficiary.relationship]})`,
              establishment: input.establishment,
              admission_date: input.admissionDate,
              stay_kind: input.stayKind,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await kernel.audit.record(
            {
              actorKind: 'member',
              actorId: memberId,
              action: 'adhesion.hospital-guarantee',
              targetKind: 'hospital_guarantee',
              targetId: guarantee.id,
            },
            trx,
          );
          return guarantee;
        });
      const [created] = await guaranteesOf(kernel, memberId, row.id);
      return c.json(created, 201);
    },
  );

  app.get(
    '/:id/pdf',
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'B7 Prise en charge hospitalière (PDF)',
      responses: { 200: { media: 'application/pdf' } },
    }),
    async (c) => {
      const member = c.get('member');
      const id = c.req.param('id');
      const [guarantee] = isRecordId(id) ? await guaranteesOf(kernel, member.id, id) : [];
      if (!guarantee)
        throw new ProblemError(404, "Cette prise en charge n'existe pas ou ne vous concerne pas.", {
          code: 'not-found',
        });
      const [membership] = await kernel.members.memberships(member.id, { kind: 'sante' });
      const pdf = await kernel.members.inLocaleOf(member.id, () =>
        guaranteePdf({
          reference: guarantee.reference,
          memberName: member.displayName,
          membershipNumber: membership?.membershipNumber ?? '',
          beneficiary: guarantee.beneficiary,
          establishment: guarantee.establishment,
          admissionDate: guarantee.admissionDate,
          stayKind: guarantee.stayKind,
          issuedOn: todayIso(new Date(guarantee.issuedAt)),
        }),
      );
      return fileResponse(c, pdf, {
        fileName: `prise-en-charge-${guarantee.reference}.pdf`,
        contentType: 'application/pdf',
      });
    },
  );

  return app;
}
