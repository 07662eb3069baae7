import { type Kernel, type MemberEnv, operation } from '@portail/kernel';
import { Hono } from 'hono';
import { type AlertPreferences, maskIban, type PersonalData } from '../contract/index.js';
import { alertPreferencesSchema, phoneNumbersSchema } from '../contract/schemas.js';
import { pendingChanges } from './changes.js';
import { compteDb, profileOf } from './tables.js';

/** D1 as the member's file holds it now, with the changes waiting for validation (D2). */
export async function personalData(kernel: Kernel, memberId: string): Promise<PersonalData> {
  const [identity, channels, profile, memberships, pending] = await Promise.all([
    kernel.members.profile(memberId),
    kernel.members.contactChannels(memberId),
    profileOf(compteDb(kernel.database()), memberId),
    kernel.members.memberships(memberId),
    pendingChanges(kernel, memberId),
  ]);
  const individual = memberships.some((m) => m.employerId === null);
  return {
    civility: identity.civility,
    firstName: identity.firstName,
    lastName: identity.lastName,
    birthDate: identity.birthDate,
    address: {
      line1: profile.address_line1,
      line2: profile.address_line2,
      line3: profile.address_line3,
      postalCode: profile.postal_code,
      city: profile.city,
    },
    email: identity.email ?? '',
    phone: channels.phone,
    noPhone: channels.noPhone,
    mobile: channels.mobile,
    alerts: { email: channels.emailAlert, sms: channels.smsAlert },
    bank: profile.iban ? { ibanMasked: maskIban(profile.iban), bic: profile.bic ?? '' } : null,
    contributionMode: individual ? (profile.contribution_mode ?? 'prelevement') : null,
    pending,
  };
}

/** D1 Données personnelles, D3 alert switches: phones and alerts apply at once. */
export function personalDataRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.use('*', kernel.requireMember(), kernel.requirePage('compte.donnees'));

  app.get(
    '/donnees',
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'D1 Données personnelles, et les modifications en attente de validation',
      responses: { 200: 'PersonalData' },
    }),
    async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await personalData(kernel, c.get('member').id));
    },
  );

  app.put(
    '/telephones',
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'D1 Modifier ses numéros de téléphone (appliqué aussitôt)',
      body: phoneNumbersSchema,
      responses: { 200: 'PersonalData' },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const memberId = c.get('member').id;
      await compteDb(kernel.database())
        .transaction()
        .execute(async (trx) => {
          await kernel.members.within(trx).updateContactChannels(memberId, input);
          await kernel.audit.record(
            { actorKind: 'member', actorId: memberId, action: 'compte.telephones' },
            trx,
          );
        });
      return c.json(await personalData(kernel, memberId));
    },
  );

  app.put(
    '/alertes',
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'D3 Alertes par e-mail et par SMS (appliquées aussitôt)',
      body: alertPreferencesSchema,
      responses: { 200: 'AlertPreferences' },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const memberId = c.get('member').id;
      await compteDb(kernel.database())
        .transaction()
        .execute(async (trx) => {
          await kernel.members
            .within(trx)
            .updateContactChannels(memberId, { emailAlert: input.email, smsAlert: input.sms });
          await kernel.audit.record(
            { actorKind: 'member', actorId: memberId, action: 'compte.alertes', after: input },
            trx,
          );
        });
      return c.json(input satisfies AlertPreferences);
    },
  );

  return app;
}
