import { msg, str } from '@lit/localize';
import {
  jsonb,
  type Kernel,
  localized,
  type MemberEnv,
  type MembershipDetail,
  operation,
  ProblemError,
  pageAccess,
  todayIso,
} from '@portail/kernel';
import { boundedInt, EMPLOYER_FEATURES, INT4_MAX } from '@portail/kernel/contract';
import { isRecordId } from '@portail/kernel/contract/ids';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import {
  CLAIM_MESSAGES_SERVER,
  type Claim,
  type ClaimFormDefinition,
  type ClaimOverview,
  type ClaimSave,
  type ClaimSent,
  type ClaimStart,
  type ClaimValues,
  fieldsOf,
  type PrefillSource,
  REFERENCE_PREFIXES,
  shortReference,
  validateClaim,
} from '../contract/index.js';
import { formsFor, localizedForm, prefilledValues } from './claim-forms.js';
import { claimPdf } from './claim-pdf.js';
import { documentUrl, recordSending, sendingEstimate } from './sendings.js';
import { indemnisationsDb } from './tables.js';

const NOT_FOUND = "Cette demande n'existe pas ou ne vous concerne pas.";
/** Drafts a member may keep at once (a bound against scripted abuse). */
const MAX_DRAFTS = 20;

const valuesSchema = z.record(
  z.string().max(60),
  z.union([
    z.string().max(5000),
    z
      .array(
        z.object({
          start: z.string().max(10),
          end: z.string().max(10),
          rate: z.enum(['', 'plein', 'demi']),
        }),
      )
      .max(10),
  ]),
);
const newClaimSchema = z.object({
  formCode: z.string({ error: 'Choisissez un formulaire.' }).max(60),
  values: valuesSchema.optional(),
});
const saveSchema = z.object({
  version: boundedInt(1, INT4_MAX),
  values: valuesSchema,
});

/** Keeps the form's own fields only; read-only ones keep the value the file gave them. */
function sanitize(form: ClaimFormDefinition, input: ClaimValues, stored: ClaimValues): ClaimValues {
  const values: ClaimValues = {};
  for (const field of fieldsOf(form)) {
    const value = field.readOnly ? stored[field.name] : input[field.name];
    if (field.type === 'periods')
      values[field.name] = Array.isArray(value) ? value.slice(0, field.maxRows) : [];
    else values[field.name] = typeof value === 'string' ? value : '';
  }
  return values;
}

/** Whether two values hold the same answers (jsonb does not keep the order of keys). */
function sameValues(form: ClaimFormDefinition, a: ClaimValues, b: ClaimValues): boolean {
  const canonical = (value: ClaimValues[string] | undefined) =>
    JSON.stringify(Array.isArray(value) ? value.map((r) => [r.start, r.end, r.rate]) : (value ?? ''));
  return fieldsOf(form).every((field) => canonical(a[field.name]) === canonical(b[field.name]));
}

/** The employer authorisation of online claims (SPEC A6): C1's blank paper forms do not need it. */
export const ONLINE_CLAIMS = 'demande_indemnisation' satisfies keyof typeof EMPLOYER_FEATURES;

/**
 * 403 unless one of the member's prévoyance employers allows online claims (A6): the online forms,
 * the drafts and the transmission of a completed form. Behind `requirePage('indemnisations.demande')`.
 */
export function requireOnlineClaims(): MiddlewareHandler<MemberEnv> {
  return async (c, next) => {
    if (pageAccess(c.get('member'), { feature: ONLINE_CLAIMS, contractKind: 'prevoyance' }) !== 'allowed') {
      throw new ProblemError(
        403,
        msg(
          str`Le service « ${localized(EMPLOYER_FEATURES[ONLINE_CLAIMS])} » n'est pas ouvert par votre employeur.`,
        ),
        { code: 'feature-disabled' },
      );
    }
    await next();
  };
}

/** The values of the file a new claim starts with (tabs Employeur, Adhérent). */
async function prefillSource(
  kernel: Kernel,
  memberId: string,
  membership: MembershipDetail | undefined,
): Promise<Record<PrefillSource, string>> {
  const member = await kernel.members.profile(memberId);
  return {
    'employer.name': membership?.employer ?? '',
    'contract.label': membership?.contractLabel ?? '',
    'membership.number': membership?.membershipNumber ?? '',
    'member.civility': member.civility,
    'member.lastName': member.lastName,
    'member.firstName': member.firstName,
    'member.birthDate': member.birthDate,
    'member.email': member.email ?? '',
    'member.identifier': member.identifier,
  };
}

/**
 * C1 drafts and C2 online claims: the form of a new claim (nothing stored), its creation by the
 * first save, save (version check), delete, send once (C3 PDF).
 */
export function claimRoutes(kernel: Kernel) {
  const db = indemnisationsDb(kernel);
  const app = new Hono<MemberEnv>();
  app.use('*', kernel.requireMember(), kernel.requirePage('indemnisations.demande'), requireOnlineClaims());

  /** The form `formCode` of the member's contract, with its first values from the file; 404 if none. */
  async function newClaimOf(memberId: string, formCode: string) {
    const memberships = await kernel.members.memberships(memberId);
    const form = (await formsFor(kernel, memberships)).find((f) => f.code === formCode);
    if (!form)
      throw new ProblemError(404, "Ce formulaire n'est pas proposé pour votre contrat.", {
        code: 'not-found',
      });
    const membership = memberships.find((m) => m.id === form.membership_id);
    const values = prefilledValues(form.definition, await prefillSource(kernel, memberId, membership));
    return { form, values };
  }

  /** The member's claim `id` with its form, or 404 (someone else's, deleted, unknown). */
  async function findClaim(memberId: string, id: string) {
    const row = isRecordId(id)
      ? await db
          .selectFrom('indemnisations.claims as c')
          .innerJoin('indemnisations.claim_forms as f', 'f.id', 'c.form_id')
          .select([
            'c.id',
            'c.status',
            'c.version',
            'c.values',
            'c.created_at',
            'c.updated_at',
            'c.sent_at',
            'f.definition',
          ])
          .where('c.id', '=', id)
          .where('c.member_id', '=', memberId)
          .where('c.deleted_at', 'is', null)
          .executeTakeFirst()
      : undefined;
    if (!row) throw new ProblemError(404, NOT_FOUND, { code: 'not-found' });
    return row;
  }
  const ownClaim = (c: Context<MemberEnv>) => findClaim(c.get('member').id, c.req.param('id') ?? '');

  const asClaim = (row: Awaited<ReturnType<typeof findClaim>>): Claim => ({
    id: row.id,
    status: row.status,
    version: row.version,
    form: localizedForm(row.definition),
    values: row.values,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    sentAt: row.sent_at ? new Date(row.sent_at).toISOString() : null,
  });

  app.get(
    '/',
    operation({
      // i18n-ignore: API documentation
      summary: 'C1 Formulaires en ligne et demandes d’indemnisation en cours',
      responses: { 200: 'ClaimOverview' },
    }),
    async (c) => {
      const memberId = c.get('member').id;
      const forms = await formsFor(kernel, await kernel.members.memberships(memberId));
      const drafts = await db
        .selectFrom('indemnisations.claims as c')
        .innerJoin('indemnisations.claim_forms as f', 'f.id', 'c.form_id')
        .select(['c.id', 'c.created_at', 'c.updated_at', 'f.title'])
        .where('c.member_id', '=', memberId)
        .where('c.status', '=', 'brouillon')
        .where('c.deleted_at', 'is', null)
        .orderBy('c.updated_at', 'desc')
        .execute();
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        forms: forms.map((f) => ({ code: f.code, title: localized(f.title) })),
        drafts: drafts.map((d) => ({
          id: d.id,
          createdAt: new Date(d.created_at).toISOString(),
          updatedAt: new Date(d.updated_at).toISOString(),
          formTitle: localized(d.title),
        })),
      } satisfies ClaimOverview);
    },
  );

  app.get(
    '/nouvelle/:formCode',
    operation({
      // i18n-ignore: API documentation
      summary: 'C2 Formulaire d’une nouvelle demande d’indemnisation (pré-rempli, rien n’est enregistré)',
      description:
        // i18n-ignore: API documentation
        'Ouvrir le formulaire ne crée pas de brouillon : la demande existe au premier « Enregistrer » ou « Envoyer ».',
      responses: { 200: 'ClaimStart' },
    }),
    async (c) => {
      const formCode = c.req.param('formCode');
      const { form, values } = await newClaimOf(c.get('member').id, formCode);
      c.header('Cache-Control', 'private, no-store');
      return c.json({ formCode, form: localizedForm(form.definition), values } satisfies ClaimStart);
    },
  );

  app.post(
    '/',
    operation({
      // i18n-ignore: API documentation
      summary: 'C2 Premier enregistrement d’une demande d’indemnisation en ligne (le brouillon)',
      description:
        // i18n-ignore: API documentation
        'Les valeurs saisies, sinon celles du dossier de l’adhérent ; les champs en lecture seule gardent celles du dossier.',
      body: newClaimSchema,
      responses: { 201: 'Claim' },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const memberId = c.get('member').id;
      const { form, values: prefilled } = await newClaimOf(memberId, input.formCode);
      const { count } = await db
        .selectFrom('indemnisations.claims')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('member_id', '=', memberId)
        .where('status', '=', 'brouillon')
        .where('deleted_at', 'is', null)
        .executeTakeFirstOrThrow();
      if (Number(count) >= MAX_DRAFTS) {
        throw new ProblemError(
          409,
          msg(
            str`Vous avez déjà ${MAX_DRAFTS} demandes en cours : envoyez-en ou supprimez-en avant d'en commencer une autre.`,
          ),
          { code: 'too-many-drafts' },
        );
      }
      const row = await db
        .insertInto('indemnisations.claims')
        .values({
          member_id: memberId,
          membership_id: form.membership_id,
          form_id: form.id,
          values: jsonb(sanitize(form.definition, { ...prefilled, ...input.values }, prefilled)),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return c.json(asClaim(await findClaim(memberId, row.id)), 201);
    },
  );

  app.get(
    '/:id',
    // i18n-ignore: API documentation
    operation({ summary: 'C2 Une demande d’indemnisation en ligne', responses: { 200: 'Claim' } }),
    async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(asClaim(await ownClaim(c)));
    },
  );

  /** Enregistrer: the draft as it is (also incomplete), if nobody saved it in between. */
  app.put(
    '/:id',
    operation({
      // i18n-ignore: API documentation
      summary: 'C2 Enregistrer le brouillon d’une demande d’indemnisation',
      description:
        // i18n-ignore: API documentation
        'La version enregistrée doit être celle envoyée (409 sinon, ou si la demande est envoyée).',
      body: saveSchema,
      responses: { 200: 'Claim' },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const claim = await ownClaim(c);
      if (claim.status === 'envoyee')
        throw new ProblemError(409, CLAIM_MESSAGES_SERVER.sent, { code: 'claim-sent' });
      const saved = await db
        .updateTable('indemnisations.claims')
        .set({
          values: jsonb(sanitize(claim.definition, input.values, claim.values)),
          version: sql<number>`version + 1`,
          updated_at: new Date(),
        })
        .where('id', '=', claim.id)
        .where('status', '=', 'brouillon')
        .where('version', '=', input.version)
        .returning('id')
        .executeTakeFirst();
      if (!saved) throw new ProblemError(409, CLAIM_MESSAGES_SERVER.stale, { code: 'claim-stale' });
      return c.json(asClaim(await ownClaim(c)));
    },
  );

  /** Supprimer / ✕: a draft only; kept in the database, out of the member's sight. */
  app.delete(
    '/:id',
    operation({
      // i18n-ignore: API documentation
      summary: 'C1 Supprimer un brouillon de demande d’indemnisation',
      responses: { 204: null },
    }),
    async (c) => {
      const claim = await ownClaim(c);
      if (claim.status === 'envoyee')
        throw new ProblemError(409, CLAIM_MESSAGES_SERVER.sent, { code: 'claim-sent' });
      await db
        .updateTable('indemnisations.claims')
        .set({ deleted_at: new Date() })
        .where('id', '=', claim.id)
        .execute();
      return c.body(null, 204);
    },
  );

  /** Envoyer: see `submitClaim`. */
  app.post(
    '/:id/envoi',
    operation({
      // i18n-ignore: API documentation
      summary: 'C2 C3 Envoyer une demande d’indemnisation (définitive, avec son PDF)',
      description:
        // i18n-ignore: API documentation
        'Les mêmes valeurs envoyées deux fois donnent la même réponse ; des champs manquants ou incorrects donnent un 400 avec `errors` par champ. La réponse porte `estimatedAt`, la date de traitement estimée (P1 : médiane des 90 derniers jours de ce type de demande, en jours ouvrés).',
      body: saveSchema,
      responses: { 200: 'ClaimSent' },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const memberId = c.get('member').id;
      const { id } = await ownClaim(c);
      return c.json(await submitClaim(kernel, memberId, id, input));
    },
  );

  return app;
}

/**
 * Envoyer (C2, C3): the same rules as the browser's; then, at once, the claim is sent and frozen,
 * its PDF filed in Historique des envois and a request raised for the back office. The same values
 * sent again (double click, retry) answer the same, without a second claim.
 */
export async function submitClaim(
  kernel: Kernel,
  memberId: string,
  id: string,
  input: ClaimSave,
): Promise<ClaimSent> {
  const db = indemnisationsDb(kernel);
  const sent = await indemnisationsDb(kernel)
    .transaction()
    .execute(async (trx) => {
      const tdb = trx;
      const claim = await tdb
        .selectFrom('indemnisations.claims as c')
        .innerJoin('indemnisations.claim_forms as f', 'f.id', 'c.form_id')
        .select(['c.id', 'c.status', 'c.version', 'c.values', 'c.sent_at', 'c.sending_id', 'f.definition'])
        .where('c.id', '=', id)
        .forUpdate('c')
        .executeTakeFirstOrThrow();
      const values = sanitize(claim.definition, input.values, claim.values);
      if (claim.status === 'envoyee') {
        if (!sameValues(claim.definition, values, claim.values) || !claim.sent_at || !claim.sending_id) {
          throw new ProblemError(409, CLAIM_MESSAGES_SERVER.sent, { code: 'claim-sent' });
        }
        return { sentAt: new Date(claim.sent_at), sendingId: claim.sending_id };
      }
      if (claim.version !== input.version)
        throw new ProblemError(409, CLAIM_MESSAGES_SERVER.stale, { code: 'claim-stale' });
      const errors = validateClaim(claim.definition, values, todayIso());
      if (Object.keys(errors).length > 0) {
        throw new ProblemError(400, CLAIM_MESSAGES_SERVER.invalid, {
          code: 'validation',
          errors: Object.entries(errors).map(([field, detail]) => ({ field, detail })),
        });
      }
      const sentAt = new Date();
      const reference = shortReference(REFERENCE_PREFIXES.claim, claim.id);
      const pdf = await kernel.blobs.save(
        {
          fileName: `demande-indemnisation-${reference}.pdf`,
          contentType: 'application/pdf',
          // C3 in the member's language (SPEC P6), like everything written for them.
          data: await kernel.members
            .within(trx)
            .inLocaleOf(memberId, () => claimPdf({ form: claim.definition, values, sentAt, reference })),
        },
        trx,
      );
      const requestId = await kernel.requests.create(trx, {
        memberId,
        section: 'indemnisations',
        kind: 'demande_indemnisation',
        label: `${claim.definition.title} (${reference})`,
        payload: { claimId: claim.id, reference },
        fileIds: [pdf.id],
        audit: { action: 'indemnisations.demande.requete' },
      });
      const sendingId = await recordSending(trx, {
        memberId,
        kind: 'demande',
        requestId,
        documents: [{ fileId: pdf.id, label: "Demande d'indemnisation (PDF)" }],
      });
      await tdb
        .updateTable('indemnisations.claims')
        .set({
          status: 'envoyee',
          values: jsonb(values),
          version: claim.version + 1,
          sent_at: sentAt,
          updated_at: sentAt,
          sending_id: sendingId,
        })
        .where('id', '=', claim.id)
        .execute();
      await kernel.audit.record(
        {
          actorKind: 'member',
          actorId: memberId,
          action: 'indemnisations.demande.envoi',
          targetKind: 'claim',
          targetId: claim.id,
        },
        trx,
      );
      return { sentAt, sendingId };
    });
  const pdf = await db
    .selectFrom('indemnisations.sending_documents')
    .select('file_id')
    .where('sending_id', '=', sent.sendingId)
    .orderBy('position')
    .executeTakeFirstOrThrow();
  return {
    id,
    sentAt: sent.sentAt.toISOString(),
    pdfUrl: documentUrl(sent.sendingId, pdf.file_id),
    estimatedAt: await sendingEstimate(kernel, sent.sendingId),
  };
}
