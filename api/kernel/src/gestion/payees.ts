import { Hono } from 'hono';
import { z } from 'zod';
import { calendarDate } from '../../contract/inputs.js';
import { PAYMENT_MESSAGES, type PayeeFile } from '../../contract/payments.js';
import type { Kernel } from '../kernel.js';
import { operation } from '../openapi.js';
import { ProblemError } from '../problem.js';
import type { ManagerEnv } from './manager-auth.js';

/** What every H5 payment form checks the same way: its dates, its amounts, its method. */
export const paymentInputs = {
  /** A calendar date, with the French message of the field when it is missing or wrong. */
  day: (message: string) => calendarDate({ required: message, format: message }),
  cents: z
    .number({ error: PAYMENT_MESSAGES.amount })
    .int({ error: PAYMENT_MESSAGES.amount })
    .min(0, { error: PAYMENT_MESSAGES.negative })
    .max(10_000_000, { error: PAYMENT_MESSAGES.amount }),
  method: z.enum(['virement', 'cheque'], { error: PAYMENT_MESSAGES.method }),
};

/** `/api/gestion/adherents/:identifier` (H5): whom a payment is for, as every section's form needs it. */
export function payeeRoutes(kernel: Kernel) {
  const app = new Hono<ManagerEnv>();
  app.get(
    '/:identifier',
    operation({
      summary: 'H5 Dossier de l’adhérent à payer, trouvé par son identifiant',
      responses: { 200: 'PayeeFile' },
    }),
    async (c) => {
      const memberId = await kernel.members.idByIdentifier(c.req.param('identifier'));
      if (!memberId)
        throw new ProblemError(404, 'Aucun adhérent ne porte cet identifiant.', { code: 'not-found' });
      const [profile, memberships, beneficiaries, channels] = await Promise.all([
        kernel.members.profile(memberId),
        kernel.members.memberships(memberId),
        kernel.members.beneficiaries(memberId),
        kernel.members.contactChannels(memberId),
      ]);
      return c.json({
        memberId,
        identifier: profile.identifier,
        name: `${profile.firstName} ${profile.lastName}`,
        memberships: memberships.map((m) => ({
          id: m.id,
          contract: m.contractLabel,
          kind: m.contractKind,
          employer: m.employer,
          number: m.membershipNumber,
        })),
        beneficiaries: beneficiaries.map((b) => ({
          id: b.id,
          name: `${b.firstName} ${b.lastName}`,
          relationship: b.relationship,
        })),
        alerts: { email: channels.emailAlert, sms: channels.smsAlert },
      } satisfies PayeeFile);
    },
  );

  return app;
}
