import { msg, str } from '@lit/localize';
import {
  type AcceptOutcome,
  type AnyDatabase,
  fileResponse,
  frenchDate,
  isoDate,
  jsonb,
  type Kernel,
  type MemberEnv,
  operation,
  ownTables,
  ProblemError,
  type RequestKindHooks,
  randomToken,
  todayIso,
} from '@portail/kernel';
import { type MemberRequest, ORGANISATION } from '@portail/kernel/contract';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { CARD_REQUEST_KIND, type CardOverview, type ThirdPartyCard } from '../contract/index.js';
import { cardPdf } from './pdf/card-pdf.js';
import { type AdhesionTables, adhesionDb, type CardBeneficiary } from './tables.js';

const CARD_REQUEST_LABEL = 'Demande de carte de tiers payant';

/**
 * How long a card issued on `today` is valid: to the end of the year, as the yearly cards are; from
 * October on, when next year's cards are issued, to the end of next year (a card asked for in
 * December is not valid for a few weeks only). Never past the end of the membership.
 */
export function cardValidity(
  today: string,
  membershipEnd: string | null,
): { validFrom: string; validTo: string } {
  const year = Number(today.slice(0, 4)) + (Number(today.slice(5, 7)) >= 10 ? 1 : 0);
  let validTo = `${year}-12-31`;
  if (membershipEnd && membershipEnd < validTo) validTo = membershipEnd < today ? today : membershipEnd;
  return { validFrom: today, validTo };
}

export interface IssuedCard {
  cardNumber: string;
  validFrom: string;
  validTo: string;
  /** The numbers of the cards it replaces (those that were still valid). */
  replaced: string[];
}

/**
 * Issues a new card for the member's santé membership (H2 hook, seed), valid as `cardValidity`
 * says; the member's live cards are marked replaced by it from its first day.
 */
export async function issueCard(
  kernel: Kernel,
  memberId: string,
  within: AnyDatabase = kernel.database(),
): Promise<IssuedCard> {
  const files = kernel.members.within(within);
  const db = ownTables<AdhesionTables>(within);
  const [membership] = await files.memberships(memberId, { kind: 'sante' });
  // i18n-ignore: an error for the logs
  if (!membership) throw new Error('No santé membership to issue a card for');
  const beneficiaries: CardBeneficiary[] = (await files.beneficiaries(memberId)).map((b) => ({
    firstName: b.firstName,
    lastName: b.lastName,
    birthDate: b.birthDate,
    relationship: b.relationship,
  }));
  const { validFrom, validTo } = cardValidity(todayIso(), membership.endDate);
  const cardNumber = `TP-${validFrom.slice(0, 4)}-${randomToken(6)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '7')
    .slice(0, 8)}`;
  const card = await db
    .insertInto('adhesion.third_party_cards')
    .values({
      member_id: memberId,
      card_number: cardNumber,
      membership_number: membership.membershipNumber,
      valid_from: validFrom,
      valid_to: validTo,
      beneficiaries: jsonb(beneficiaries),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const replaced = await db
    .updateTable('adhesion.third_party_cards')
    .set({ replaced_on: sql<string>`GREATEST(${validFrom}::date, valid_from)`, replaced_by: card.id })
    .where('member_id', '=', memberId)
    .where('id', '<>', card.id)
    .where('replaced_on', 'is', null)
    .returning('card_number')
    .execute();
  return { cardNumber, validFrom, validTo, replaced: replaced.map((r) => r.card_number) };
}

/**
 * The member's e-mail on acceptance (H2): where the new card is, until when, what it replaces; in the
 * language being written in (the member's: see `cardRequestHooks`).
 */
export function issuedCardText(card: IssuedCard): string {
  const replacedList = card.replaced.join(', ');
  const replaced =
    card.replaced.length === 0
      ? ''
      : card.replaced.length === 1
        ? msg(str` Elle remplace votre carte n° ${replacedList}, qui n'est plus valable.`)
        : msg(str` Elle remplace vos cartes n° ${replacedList}, qui ne sont plus valables.`);
  const validFrom = frenchDate(card.validFrom);
  const validTo = frenchDate(card.validTo);
  return (
    msg(
      str`Votre nouvelle carte de tiers payant n° ${card.cardNumber}, valable du ${validFrom} au ${validTo}, est disponible dans « Carte de tiers payant », rubrique Mon adhésion, du Portail Adhérent : téléchargez-la (recto/verso) pour la présenter avec votre carte Vitale.`,
    ) + replaced
  );
}

async function cardsOf(kernel: Kernel, memberId: string): Promise<ThirdPartyCard[]> {
  const rows = await adhesionDb(kernel)
    .selectFrom('adhesion.third_party_cards as card')
    .leftJoin('adhesion.third_party_cards as next', 'next.id', 'card.replaced_by')
    .select([
      'card.id',
      'card.card_number',
      'card.membership_number',
      'card.beneficiaries',
      'card.issued_at',
      isoDate('card.valid_from').as('valid_from'),
      isoDate('card.valid_to').as('valid_to'),
      isoDate('card.replaced_on').as('replaced_on'),
      'next.card_number as replaced_by',
    ])
    .where('card.member_id', '=', memberId)
    .orderBy('card.issued_at', 'desc')
    .orderBy('card.id', 'desc')
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
    replacedOn: r.replaced_on,
    replacedBy: r.replaced_by,
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
    async onAccept(trx, request): Promise<AcceptOutcome> {
      const card = await issueCard(kernel, request.memberId, trx);
      // Written for the member, in their language (the manager accepting it reads French).
      const memberText = await kernel.members
        .within(trx)
        .inLocaleOf(request.memberId, () => issuedCardText(card));
      return { memberText };
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
      // i18n-ignore: API documentation (OpenAPI), no member reads it
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
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'B6 Demander une carte de tiers payant',
      description: // i18n-ignore: API documentation (OpenAPI), no member reads it
        'Sans corps ; 409 quand une demande de carte est déjà en cours de traitement. La réponse porte `estimatedAt`, la date de traitement estimée (P1 : médiane des 90 derniers jours de ce type de demande, en jours ouvrés).',
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
      // i18n-ignore: API documentation (OpenAPI), no member reads it
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
      const pdf = await kernel.members.inLocaleOf(member.id, () =>
        cardPdf({
          cardNumber: card.cardNumber,
          memberName: member.displayName,
          membershipNumber: card.membershipNumber,
          validFrom: card.validFrom,
          validTo: card.validTo,
          replacedOn: card.replacedOn,
          beneficiaries: card.beneficiaries,
        }),
      );
      return fileResponse(c, pdf, {
        fileName: `carte-tiers-payant-${card.cardNumber}.pdf`,
        contentType: 'application/pdf',
      });
    },
  );

  return app;
}
