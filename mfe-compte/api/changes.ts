import { msg, str } from '@lit/localize';
import {
  type AnyTransaction,
  clientIp,
  fieldErrorsOf,
  greeting,
  INVALID_FORM,
  type Kernel,
  type MemberEnv,
  operation,
  ProblemError,
  type RequestKindHooks,
  type RequestRecord,
  uploadFields,
} from '@portail/kernel';
import { UPLOAD_FIELD, UPLOAD_MESSAGES } from '@portail/kernel/contract';
import { Hono } from 'hono';
import {
  CHANGE_LABELS,
  type ChangeKind,
  type ChangeValues,
  CONTRIBUTION_MODE_LABELS,
  type ContributionMode,
  changeLabel,
  maskIban,
  type PendingChange,
} from '../contract/index.js';
import { changeRequestSchema, changeValueSchemas } from '../contract/schemas.js';
import { compteDb, profileOf } from './tables.js';

const CHANGE_KINDS = Object.keys(CHANGE_LABELS) as ChangeKind[];

/** The contribution modes as the back office reads them (its managers read French), whatever the request's language. */
const FRENCH_CONTRIBUTION_MODES: Record<ContributionMode, string> = {
  prelevement: 'Prélèvement automatique',
  cheque: 'Chèque',
};

/**
 * What the member asked for, as shown back to them (never the IBAN in full): the contribution mode
 * in the request's language, or as `modes` says (the audit trail's, in French).
 */
function summaryOf(
  kind: ChangeKind,
  values: Record<string, unknown>,
  modes: Record<ContributionMode, string> = CONTRIBUTION_MODE_LABELS,
): string {
  const v = values as Partial<ChangeValues[ChangeKind]> & Record<string, string>;
  switch (kind) {
    case 'adresse':
      return [v.line1, v.line2, v.line3, `${v.postalCode} ${v.city}`].filter(Boolean).join(', ');
    case 'email':
      return v.email ?? '';
    case 'coordonnees_bancaires':
      return `IBAN ${maskIban(v.iban ?? '')} — BIC ${v.bic}`;
    case 'mode_cotisation':
      return modes[v.mode as ContributionMode] ?? '';
  }
}

/** The member's D2 changes waiting for a manager, newest first. */
export async function pendingChanges(kernel: Kernel, memberId: string): Promise<PendingChange[]> {
  const rows = await kernel.requests.records({ memberId, section: 'compte', status: 'pending' });
  return rows.map((r) => ({
    requestId: r.id,
    kind: r.kind as ChangeKind,
    label: r.label,
    createdAt: r.createdAt.toISOString(),
    estimatedAt: r.estimatedAt,
    summary: summaryOf(r.kind as ChangeKind, (r.payload.values ?? {}) as Record<string, unknown>),
  }));
}

function parseValues(kind: ChangeKind, json: string): Record<string, unknown> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    // The catalog has its English: translated when the problem is written out.
    throw new ProblemError(400, 'Les nouvelles données sont illisibles.', { code: 'malformed-json' });
  }
  const parsed = changeValueSchemas[kind].safeParse(raw);
  if (!parsed.success) {
    throw new ProblemError(400, INVALID_FORM, { code: 'validation', errors: fieldErrorsOf(parsed.error) });
  }
  return parsed.data as Record<string, unknown>;
}

/**
 * D2: a change of address, e-mail, bank details or contribution mode, with its justificatif, goes
 * to the back office as a request; a confirmation e-mail leaves through the outbox; one pending
 * change per kind. Nothing of the member's file changes until a manager accepts (hooks below).
 */
export function changeRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();

  app.post(
    '/modifications',
    kernel.requireMember(),
    kernel.requirePage('compte.donnees'),
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'D2 Demander une modification (adresse, e-mail, coordonnées bancaires, mode de cotisation)',
      description: // i18n-ignore: API documentation (OpenAPI), no member reads it
        'Le champ `donnees` porte, en JSON, les nouvelles valeurs du type de modification ; au moins un justificatif est exigé. 409 quand une modification de ce type attend déjà sa validation. La réponse porte `estimatedAt`, la date de traitement estimée (P1 : médiane des 90 derniers jours de ce type de demande, en jours ouvrés).',
      upload: changeRequestSchema,
      responses: { 201: 'PendingChange' },
    }),
    async (c) => {
      const member = c.get('member');
      const id = await kernel.uploads.receive(c, async (upload) => {
        const { kind, donnees } = uploadFields(upload, changeRequestSchema);
        const values = parseValues(kind, donnees);
        if (upload.files.length === 0) {
          throw new ProblemError(400, UPLOAD_MESSAGES.required, {
            code: 'validation',
            errors: [{ field: UPLOAD_FIELD, detail: UPLOAD_MESSAGES.required }],
          });
        }
        return compteDb(kernel.database())
          .transaction()
          .execute(async (trx) => {
            // One change of a kind at a time: the member's row is locked while it is checked.
            await kernel.members.within(trx).lock(member.id);
            const [pending] = await kernel.requests.records(
              { memberId: member.id, section: 'compte', kind, status: 'pending' },
              trx,
            );
            if (pending) {
              const label = changeLabel(kind);
              throw new ProblemError(
                409,
                msg(
                  str`Une demande « ${label} » est déjà en attente de validation : attendez son traitement avant d'en faire une autre.`,
                ),
                { code: 'change-pending' },
              );
            }
            const files = await upload.store(trx);
            const requestId = await kernel.requests.create(trx, {
              memberId: member.id,
              section: 'compte',
              kind,
              label: CHANGE_LABELS[kind],
              payload: { values },
              fileIds: files.map((f) => f.id),
              audit: {
                action: `compte.modification.${kind}`,
                after: { summary: summaryOf(kind, values, FRENCH_CONTRIBUTION_MODES) },
              },
            });
            await confirmByEmail(kernel, trx, member.id, kind);
            return requestId;
          });
      });
      const created = (await pendingChanges(kernel, member.id)).find((p) => p.requestId === id);
      return c.json(created, 201);
    },
  );

  app.delete(
    '/modifications/:id',
    kernel.requireMember(),
    kernel.requirePage('compte.donnees'),
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'D2 Annuler une modification en attente de validation',
      description: // i18n-ignore: API documentation (OpenAPI), no member reads it
        'La demande est retirée du circuit de validation (statut « Annulé ») : rien n’est appliqué, le gestionnaire ne peut plus la traiter. 404 pour une demande qui n’est pas une modification de l’adhérent, 409 pour une demande déjà traitée.',
      responses: { 204: null },
    }),
    async (c) => {
      await kernel.requests.withdraw({
        memberId: c.get('member').id,
        requestId: c.req.param('id'),
        section: 'compte',
        ip: clientIp(c),
      });
      return c.body(null, 204);
    },
  );

  return app;
}

/** The confirmation e-mail of a change, written in the member's language (SPEC P6). */
async function confirmByEmail(kernel: Kernel, db: AnyTransaction, memberId: string, kind: ChangeKind) {
  const files = kernel.members.within(db);
  const member = await files.profile(memberId);
  if (!member.email) return;
  const { subject, text } = await files.inLocaleOf(memberId, () => {
    const label = changeLabel(kind);
    return {
      subject: msg(str`Portail Adhérent : votre demande « ${label} » est enregistrée`),
      text: [
        greeting(member),
        msg(
          str`Nous avons bien reçu votre demande « ${label} » et son justificatif. Elle sera appliquée dès sa validation par nos services ; vous en suivez l'avancement dans « Suivi », rubrique Contact, du Portail Adhérent.`,
        ),
        `${msg("Si vous n'êtes pas à l'origine de cette demande, contactez sans attendre le service adhérents.")}\n${msg(
          'Ce message est envoyé automatiquement : merci de ne pas y répondre.',
        )}`,
      ].join('\n\n'),
    };
  });
  await kernel.outbox.enqueueEmail({ to: member.email, subject, text }, db);
}

/** What a manager's acceptance applies to the member's file (SPEC H2), in the decision's transaction. */
async function applyChange(kernel: Kernel, trx: AnyTransaction, request: RequestRecord): Promise<void> {
  const db = compteDb(trx);
  const values = (request.payload.values ?? {}) as Record<string, string>;
  await profileOf(db, request.memberId);
  const profile = db.updateTable('compte.profiles').where('member_id', '=', request.memberId);
  switch (request.kind as ChangeKind) {
    case 'adresse':
      await profile
        .set({
          address_line1: values.line1 ?? '',
          address_line2: values.line2 ?? '',
          address_line3: values.line3 ?? '',
          postal_code: values.postalCode ?? '',
          city: values.city ?? '',
          address_returned: false,
          updated_at: new Date(),
        })
        .execute();
      return;
    case 'email':
      await kernel.members.within(trx).updateEmail(request.memberId, values.email ?? null);
      return;
    case 'coordonnees_bancaires':
      // Bank details on file: health payments go by transfer from now on (D5 "règlement par chèque").
      await profile
        .set({
          iban: values.iban ?? null,
          bic: values.bic ?? null,
          health_payment_mode: 'virement',
          updated_at: new Date(),
        })
        .execute();
      return;
    case 'mode_cotisation':
      await profile
        .set({
          contribution_mode: values.mode === 'cheque' ? 'cheque' : 'prelevement',
          updated_at: new Date(),
        })
        .execute();
      return;
  }
}

/**
 * What a manager reads of a change (SPEC H1): the new values in full, to check against the
 * justificatif. The back office's, in French.
 */
function describeChange(kind: ChangeKind, values: Record<string, string>): string[] {
  switch (kind) {
    case 'adresse':
      return [values.line1, values.line2, values.line3, `${values.postalCode} ${values.city}`].filter(
        (line): line is string => Boolean(line?.trim()),
      );
    case 'email':
      return [`Nouvelle adresse e-mail : ${values.email}`]; // i18n-ignore: the back office's
    case 'coordonnees_bancaires':
      return [`IBAN : ${(values.iban ?? '').replace(/(.{4})(?=.)/g, '$1 ')}`, `BIC : ${values.bic}`];
    case 'mode_cotisation':
      return [
        // i18n-ignore: the back office's
        `Mode de règlement : ${FRENCH_CONTRIBUTION_MODES[values.mode as ContributionMode] ?? values.mode}`,
      ];
  }
}

/**
 * What a manager reads beside a change (SPEC H1): what the member's file holds now, in the lines of
 * `describeChange` (the IBAN in full, as the new one).
 */
async function currentValues(kernel: Kernel, memberId: string, kind: ChangeKind): Promise<string[]> {
  const profile = await compteDb(kernel.database())
    .selectFrom('compte.profiles')
    .selectAll()
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  switch (kind) {
    case 'adresse': {
      const lines = profile
        ? describeChange(kind, {
            line1: profile.address_line1,
            line2: profile.address_line2,
            line3: profile.address_line3,
            postalCode: profile.postal_code,
            city: profile.city,
          })
        : [];
      return lines.length > 0 ? lines : ['Aucune adresse enregistrée']; // i18n-ignore: the back office's
    }
    case 'email': {
      const { email } = await kernel.members.profile(memberId);
      // i18n-ignore: the back office's
      return [email ? `Adresse e-mail actuelle : ${email}` : 'Aucune adresse e-mail enregistrée'];
    }
    case 'coordonnees_bancaires':
      return profile?.iban
        ? describeChange(kind, { iban: profile.iban, bic: profile.bic ?? '' })
        : ['Aucune coordonnée bancaire enregistrée'];
    case 'mode_cotisation':
      return describeChange(kind, { mode: profile?.contribution_mode ?? 'prelevement' });
  }
}

/** The workflow's hooks of the section's change kinds: what the manager reads, what acceptance applies. */
export function changeRequestHooks(kernel: Kernel): Record<ChangeKind, RequestKindHooks> {
  return Object.fromEntries(
    CHANGE_KINDS.map((kind) => [
      kind,
      {
        onAccept: (trx: AnyTransaction, request: RequestRecord) => applyChange(kernel, trx, request),
        describe: (payload: Record<string, unknown>) =>
          describeChange(kind, (payload.values ?? {}) as Record<string, string>),
        current: (memberId: string) => currentValues(kernel, memberId, kind),
      },
    ]),
  ) as Record<ChangeKind, RequestKindHooks>;
}
