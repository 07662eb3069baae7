import {
  type AnyDatabase,
  fileResponse,
  isoDate,
  jsonb,
  type Kernel,
  type MemberEnv,
  operation,
  ownTables,
  ProblemError,
  type RequestKindHooks,
  randomToken,
} from '@portail/kernel';
import { type MemberRequest, ORGANISATION } from '@portail/kernel/contract';
import { Hono } from 'hono';
import { CARD_REQUEST_KIND, type CardOverview, type ThirdPartyCard } from '../contract/index.js';
import { cardPdf } from './pdf/card-pdf.js';
import { type AdhesionTables, adhesionDb, type CardBeneficiary } from './tables.js';

const CARD_REQUEST_LABEL = 'Demande de carte de tiers payant';

/** Issues a new card for the member's santé membership, valid until the end of the year (H2 hook, seed). */
export async function issueCard(kernel: Kernel, memberId: string, within: AnyDatabase = kernel.database()) {
  const files = kernel.members.within(within);
  const db = ownTables<AdhesionTables>(within);
  const [membership] = await files.memberships(memberId, { kind: 'sante' });
  if (!membership) throw new Error('No santé membership to issue a card for');
  const beneficiaries: CardBeneficiary[] = (await files.beneficiaries(memberId)).map((b) => ({
    firstName: b.firstName,
    lastName: b.lastName,
    birthDate: b.birthDate,
    relationship: b.relationship,
  }));
  const today = new Date();
  const cardNumber = `TP-${today.getUTCFullYear()}-${randomToken(6)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '7')
    .slice(0, 8)}`;
  await db
    .insertInto('adhesion.third_party_cards')
    .values({
      member_id: memberId,
      card_number: cardNumber,
      membership_number: membership.membershipNumber,
      valid_from: today.toISOString().slice(0, 10),
      valid_to: `${today.getUTCFullYear()}-12-31`,
      beneficiaries: jsonb(beneficiaries),
    })
    .execute();
  return cardNumber;
}

async function cardsOf(kernel: Kernel, memberId: string): Promise<ThirdPartyCard[]> {
  const rows = await adhesionDb(kernel)
    .selectFrom('adhesion.third_party_cards')
    .select([
      'id',
      'card_number',
      'membership_number',
      'beneficiaries',
      'issued_at',
      isoDate('valid_from').as('valid_from'),
      isoDate('valid_to').as('valid_to'),
    ])
    .where('member_id', '=', memberId)
    .orderBy('issued_at', 'desc')
    .limit(2)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    cardNumber: r.card_number,
    organisationNumber: ORGANISATION.amcNumber,
    membershipNumber: r.membership_number,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    issuedAt: new Date(r.issued_at).toISOString(),
    beneficiaries: r.beneficiaries,
    downloadUrl: `/api/adhesion/carte/${r.id}/pdf`,
  }));
}

async function pendingRequest(kernel: Kernel, memberId: string): Promise<MemberRequest | null> {
  const [pending] = await kernel.requests.listForMember(memberId, {
    section: 'adhesion',
    kind: CARD_REQUEST_KIND,
    status: 'pending',
    includeHidden: true,
    limit: 1,
  });
  return pending ?? null;
}

/** B6: a manager's acceptance of a card request issues the card, in the decision's transaction. */
export function cardRequestHooks(kernel: Kernel): RequestKindHooks {
  return {
    async onAccept(trx, request) {
      await issueCard(kernel, request.memberId, trx);
    },
  };
}

/** B6 Carte de tiers payant: the latest card(s) as PDF, and "Demander une carte" as a request (SPEC H). */
export function cardRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.use('*', kernel.requireMember(), kernel.requirePage('adhesion.carte'));

  app.get(
    '/',
    operation({
      summary: 'B6 Dernières cartes de tiers payant et demande de carte en cours',
      responses: { 200: 'CardOverview' },
    }),
    async (c) => {
      const memberId = c.get('member').id;
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        cards: await cardsOf(kernel, memberId),
        pendingRequest: await pendingRequest(kernel, memberId),
      } satisfies CardOverview);
    },
  );

  app.post(
    '/demandes',
    operation({
      summary: 'B6 Demander une carte de tiers payant',
      description: 'Sans corps ; 409 quand une demande de carte est déjà en cours de traitement.',
      responses: { 201: 'MemberRequest' },
    }),
    async (c) => {
      const memberId = c.get('member').id;
      if (await pendingRequest(kernel, memberId)) {
        throw new ProblemError(
          409,
          'Une demande de carte est déjà en cours de traitement : vous serez informé(e) de sa suite.',
          {
            code: 'request-pending',
          },
        );
      }
      await adhesionDb(kernel)
        .transaction()
        .execute((trx) =>
          kernel.requests.create(trx, {
            memberId,
            section: 'adhesion',
            kind: CARD_REQUEST_KIND,
            label: CARD_REQUEST_LABEL,
            audit: { action: 'adhesion.card-request' },
          }),
        );
      const [created] = await kernel.requests.listForMember(memberId, { kind: CARD_REQUEST_KIND, limit: 1 });
      return c.json(created, 201);
    },
  );

  app.get(
    '/:id/pdf',
    operation({
      summary: 'B6 Carte de tiers payant (recto/verso, PDF)',
      responses: { 200: { media: 'application/pdf' } },
    }),
    async (c) => {
      const member = c.get('member');
      const card = (await cardsOf(kernel, member.id)).find((k) => k.id === c.req.param('id'));
      if (!card)
        throw new ProblemError(404, "Cette carte n'existe pas ou ne vous concerne pas.", {
          code: 'not-found',
        });
      const pdf = await cardPdf({
        cardNumber: card.cardNumber,
        memberName: member.displayName,
        membershipNumber: card.membershipNumber,
        validFrom: card.validFrom,
        validTo: card.validTo,
        beneficiaries: card.beneficiaries,
      });
      return fileResponse(c, pdf, {
        fileName: `carte-tiers-payant-${card.cardNumber}.pdf`,
        contentType: 'application/pdf',
      });
    },
  );

  return app;
}
