import { isoDate, type Kernel, type MemberEnv, operation } from '@portail/kernel';
import { Hono } from 'hono';
import type { ContributionHistory } from '../contract/index.js';
import { santeDb } from './tables.js';

const MONTHS = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** G3 Cotisations of an individual santé contract, newest first, with the balance. */
export function contributionRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.use('*', kernel.requireMember(), kernel.requirePage('sante.cotisations'));

  app.get(
    '/',
    operation({
      // i18n-ignore (the API's documentation)
      summary: 'G3 Cotisations du contrat santé individuel et solde',
      responses: { 200: 'ContributionHistory' },
    }),
    async (c) => {
      const memberId = c.get('member').id;
      const memberships = await kernel.members.memberships(memberId, { kind: 'sante' });
      const individual = memberships.find((m) => m.employerId === null);
      const rows = individual
        ? await santeDb(kernel)
            .selectFrom('sante.contributions')
            .select([
              'id',
              'due_cents',
              'paid_cents',
              'payment_mode',
              isoDate('period_start').as('period_start'),
              isoDate('period_end').as('period_end'),
              isoDate('paid_on').as('paid_on'),
            ])
            .where('member_id', '=', memberId)
            .orderBy('period_start', 'desc')
            .limit(120)
            .execute()
        : [];
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        contractLabel: (individual ?? memberships[0])?.contractLabel ?? '',
        collective: !individual,
        items: rows.map((r) => {
          const month = MONTHS.format(new Date(`${r.period_start}T00:00:00Z`));
          return {
            id: r.id,
            periodLabel: `Cotisation ${month}`,
            periodStart: r.period_start,
            periodEnd: r.period_end,
            dueCents: r.due_cents,
            paidCents: r.paid_cents,
            paidOn: r.paid_on,
            paymentMode: r.payment_mode,
          };
        }),
        balanceCents: rows.reduce((sum, r) => sum + r.due_cents - r.paid_cents, 0),
      } satisfies ContributionHistory);
    },
  );

  return app;
}
