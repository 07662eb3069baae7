import { msg, str } from '@lit/localize';
import {
  type AnyTransaction,
  frenchDateTime,
  type Kernel,
  type MemberEnv,
  operation,
  ProblemError,
  renderTextPdf,
  uploadFields,
} from '@portail/kernel';
import { ORGANISATION, UPLOAD_FIELD, UPLOAD_MESSAGES, type UploadedFile } from '@portail/kernel/contract';
import { intlLocale } from '@portail/kernel/contract/i18n';
import { Hono } from 'hono';
import { z } from 'zod';
import { checkSendingContact, type SendingContact } from '../contract/index.js';
import { requireOnlineClaims } from './claims.js';
import { recordSending, sendingConfirmation } from './sendings.js';
import { indemnisationsDb } from './tables.js';

/** C4's typed fields, checked by the contract's rules, the browser's (same French messages). */
const supportingFieldsSchema = z
  .object({
    message: z.string().default(''),
    email: z.string().default(''),
    telephone: z.string().default(''),
  })
  .superRefine((values, ctx) => {
    for (const [field, message] of Object.entries(checkSendingContact(values))) {
      ctx.addIssue({ code: 'custom', path: [field], message });
    }
  })
  .transform((values) => ({
    message: values.message.trim(),
    email: values.email.trim(),
    telephone: values.telephone.trim(),
  }));

const kiloBytes = (bytes: number) =>
  msg(str`${(bytes / 1024).toLocaleString(intlLocale(), { maximumFractionDigits: 1 })} Ko`);

/**
 * The "bordereau d'envoi" that goes with the documents (SPEC C4), in the language being written in
 * (the member's: `MemberFiles.inLocaleOf`).
 */
function slipPdf(input: {
  memberName: string;
  identifier: string;
  message: string;
  email: string;
  phone: string;
  files: UploadedFile[];
  sentAt: Date;
}): Promise<Uint8Array> {
  return renderTextPdf({
    title: msg("Bordereau d'envoi de justificatifs"),
    subtitle: `${ORGANISATION.name} — ${frenchDateTime(input.sentAt)}`,
    sections: [
      {
        heading: msg('Adhérent'),
        paragraphs: [
          msg(str`${input.memberName} — identifiant ${input.identifier}`),
          msg(str`E-mail : ${input.email}`),
          msg(str`Téléphone : ${input.phone || msg('non communiqué')}`),
        ],
      },
      { heading: msg('Message'), paragraphs: [input.message || msg('Aucun message.')] },
      {
        heading: msg(str`Documents joints (${input.files.length})`),
        paragraphs: input.files.map(
          (f, i) => `${i + 1}. ${f.fileName} — ${kiloBytes(f.sizeBytes)} — SHA-256 ${f.sha256}`,
        ),
      },
    ],
    footer: msg(
      "L'empreinte SHA-256 de chaque fichier permet de vérifier qu'il a été reçu tel qu'il a été envoyé.",
    ),
  });
}

/**
 * Files a sending of justificatifs (C4) in the caller's transaction: the bordereau d'envoi, a request
 * for the back office with every file, and the line of Historique des envois. Returns its id.
 */
export async function recordSupportingDocuments(
  kernel: Kernel,
  trx: AnyTransaction,
  input: {
    memberId: string;
    memberName: string;
    identifier: string;
    message: string;
    email: string;
    phone: string;
    files: UploadedFile[];
  },
): Promise<string> {
  const { files } = input;
  const sentAt = new Date();
  const slip = await kernel.blobs.save(
    {
      fileName: `bordereau-envoi-${sentAt.toISOString().slice(0, 10)}.pdf`,
      contentType: 'application/pdf',
      data: await kernel.members.within(trx).inLocaleOf(input.memberId, () => slipPdf({ ...input, sentAt })),
    },
    trx,
  );
  const requestId = await kernel.requests.create(trx, {
    memberId: input.memberId,
    section: 'indemnisations',
    kind: 'justificatifs',
    // The back office's label (French-speaking managers), stored as written.
    label: `Justificatifs pour indemnisation (${files.length} document${files.length > 1 ? 's' : ''})`, // i18n-ignore
    payload: { ...(input.message ? { text: input.message } : {}), email: input.email, phone: input.phone },
    fileIds: [slip.id, ...files.map((f) => f.id)],
    audit: { action: 'indemnisations.justificatifs' },
  });
  return recordSending(trx, {
    memberId: input.memberId,
    kind: 'justificatifs',
    requestId,
    documents: [
      { fileId: slip.id, label: "Bordereau d'envoi" },
      ...files.map((f) => ({ fileId: f.id, label: f.fileName })),
    ],
  });
}

function requireFiles(files: readonly unknown[]) {
  if (files.length > 0) return;
  throw new ProblemError(400, UPLOAD_MESSAGES.required, {
    code: 'validation',
    errors: [{ field: UPLOAD_FIELD, detail: UPLOAD_MESSAGES.required }],
  });
}

/**
 * C4 Envoi de justificatifs (with the bordereau d'envoi) and C1's transmission of a completed or
 * scanned claim form: streamed uploads checked by the kernel, kept only if everything goes through.
 */
export function supportingDocumentRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  const member = kernel.requireMember();

  app.get(
    '/justificatifs/contact',
    member,
    kernel.requirePage('indemnisations.justificatifs'),
    operation({
      // i18n-ignore: API documentation
      summary: 'C4 E-mail et téléphone pré-remplis de l’envoi de justificatifs',
      responses: { 200: 'SendingContact' },
    }),
    async (c) => {
      const channels = await kernel.members.contactChannels(c.get('member').id);
      c.header('Cache-Control', 'private, no-store');
      return c.json({
        email: channels.email ?? '',
        phone: channels.phone || channels.mobile,
      } satisfies SendingContact);
    },
  );

  app.post(
    '/justificatifs',
    member,
    kernel.requirePage('indemnisations.justificatifs'),
    operation({
      // i18n-ignore: API documentation
      summary: 'C4 Envoyer des justificatifs (avec leur bordereau d’envoi)',
      description:
        // i18n-ignore: API documentation
        'JPG, PNG ou PDF (reconnus à leur contenu), 3,5 Mo par fichier, 10 Mo et 10 fichiers au plus ; au moins un fichier. La réponse porte `estimatedAt`, la date de traitement estimée (P1 : médiane des 90 derniers jours de ce type de demande, en jours ouvrés).',
      upload: supportingFieldsSchema,
      responses: { 201: 'SendingConfirmation' },
    }),
    async (c) => {
      const memberId = c.get('member').id;
      const profile = await kernel.members.profile(memberId);
      const sendingId = await kernel.uploads.receive(c, async (upload) => {
        const fields = uploadFields(upload, supportingFieldsSchema);
        requireFiles(upload.files);
        return indemnisationsDb(kernel)
          .transaction()
          .execute(async (trx) =>
            recordSupportingDocuments(kernel, trx, {
              memberId,
              memberName: `${profile.firstName} ${profile.lastName}`,
              identifier: profile.identifier,
              message: fields.message,
              email: fields.email,
              phone: fields.telephone,
              files: await upload.store(trx),
            }),
          );
      });
      return c.json(await sendingConfirmation(kernel, memberId, sendingId), 201);
    },
  );

  app.post(
    '/formulaires/transmission',
    member,
    kernel.requirePage('indemnisations.demande'),
    // A completed paper form sent online is an online claim: closed where the employer says so (A6).
    requireOnlineClaims(),
    operation({
      // i18n-ignore: API documentation
      summary: 'C1 Transmettre un formulaire de demande d’indemnisation complété ou scanné',
      description:
        // i18n-ignore: API documentation
        'JPG, PNG ou PDF (reconnus à leur contenu), 3,5 Mo par fichier, 10 Mo et 10 fichiers au plus ; au moins un fichier. La réponse porte `estimatedAt`, la date de traitement estimée (P1 : médiane des 90 derniers jours de ce type de demande, en jours ouvrés).',
      upload: z.object({}),
      responses: { 201: 'SendingConfirmation' },
    }),
    async (c) => {
      const memberId = c.get('member').id;
      const sendingId = await kernel.uploads.receive(c, async (upload) => {
        requireFiles(upload.files);
        return indemnisationsDb(kernel)
          .transaction()
          .execute(async (trx) => {
            const files = await upload.store(trx);
            const requestId = await kernel.requests.create(trx, {
              memberId,
              section: 'indemnisations',
              kind: 'formulaire',
              label: "Formulaire de demande d'indemnisation transmis", // i18n-ignore: the back office's
              fileIds: files.map((f) => f.id),
              audit: { action: 'indemnisations.formulaire' },
            });
            return recordSending(trx, {
              memberId,
              kind: 'formulaire',
              requestId,
              documents: files.map((f) => ({ fileId: f.id, label: f.fileName })),
            });
          });
      });
      return c.json(await sendingConfirmation(kernel, memberId, sendingId), 201);
    },
  );

  return app;
}
