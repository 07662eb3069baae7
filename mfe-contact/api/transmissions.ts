import { type Kernel, type MemberEnv, operation, ProblemError, uploadFields } from '@portail/kernel';
import { UPLOAD_FIELD, UPLOAD_MESSAGES } from '@portail/kernel/contract';
import { Hono } from 'hono';
import { findNature } from '../contract/index.js';
import { newTransmissionSchema } from '../contract/schemas.js';
import { memberRequest, recordContactRequest, refuseFlooding } from './contact-requests.js';
import { contactDb } from './tables.js';

/**
 * E3 Nous transmettre: documents of a nature (acte de mariage, certificat de scolarité, devis…),
 * streamed and checked by the kernel's uploads (SPEC C4 rules); each sending becomes a request the
 * back office validates. A refused or interrupted sending keeps nothing.
 */
export function transmissionRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  kernel.requests.describeWith('contact', 'transmission', (payload) => {
    const found = findNature(String(payload.nature ?? ''));
    return found ? [`Nature : ${found.nature.label} (${found.group.label})`] : [];
  });

  app.post(
    '/',
    kernel.requireMember(),
    kernel.requirePage('contact.transmettre'),
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'E3 Nous transmettre des documents d’une nature donnée',
      description: // i18n-ignore: API documentation (OpenAPI), no member reads it
        'Les fichiers suivent les règles de dépôt (SPEC C4) ; au moins un fichier est exigé. La réponse porte `estimatedAt`, la date de traitement estimée (P1 : médiane des 90 derniers jours de ce type de demande, en jours ouvrés).',
      upload: newTransmissionSchema,
      responses: { 201: 'MemberRequest' },
    }),
    async (c) => {
      const memberId = c.get('member').id;
      await refuseFlooding(kernel, memberId);
      const id = await kernel.uploads.receive(c, async (upload) => {
        const fields = uploadFields(upload, newTransmissionSchema);
        if (upload.files.length === 0) {
          throw new ProblemError(400, UPLOAD_MESSAGES.required, {
            code: 'validation',
            errors: [{ field: UPLOAD_FIELD, detail: UPLOAD_MESSAGES.required }],
          });
        }
        const { group, nature } = findNature(fields.nature) ?? {};
        return contactDb(kernel)
          .transaction()
          .execute(async (trx) => {
            const files = await upload.store(trx);
            return recordContactRequest(kernel, trx, memberId, {
              kind: 'transmission',
              label: `Transmission : ${nature?.label}`,
              payload: {
                nature: fields.nature,
                group: group?.label ?? '',
                ...(fields.commentaire ? { text: fields.commentaire } : {}),
              },
              fileIds: files.map((f) => f.id),
            });
          });
      });
      return c.json(await memberRequest(kernel, memberId, id), 201);
    },
  );

  return app;
}
