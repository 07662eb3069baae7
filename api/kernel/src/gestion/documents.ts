import { Hono } from 'hono';
import { z } from 'zod';
import {
  DOCUMENT_CATEGORIES,
  DOCUMENT_CATEGORY_LABELS,
  type DocumentCategory,
} from '../../contract/documents.js';
import type { PublishableCategoryList, PublishedDocument } from '../../contract/gestion.js';
import { UPLOAD_FIELD } from '../../contract/uploads.js';
import type { CoreKernel } from '../kernel.js';
import { operation } from '../openapi.js';
import { ProblemError } from '../problem.js';
import { uploadFields } from '../uploads.js';
import type { ManagerEnv } from './manager-auth.js';

const publishSchema = z
  .object({
    category: z.enum(DOCUMENT_CATEGORIES, { error: 'Choisissez la catégorie du document.' }),
    title: z
      .string({ error: 'Saisissez le titre du document.' })
      .trim()
      .min(1, { error: 'Saisissez le titre du document.' })
      .max(200, { error: 'Le titre dépasse 200 caractères.' }),
    audience: z.enum(['member', 'employer', 'all'], { error: 'Choisissez les destinataires.' }),
    memberIdentifier: z.string().trim().max(40).optional(),
    employerId: z.string().trim().max(40).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.audience === 'member' && !v.memberIdentifier) {
      ctx.addIssue({
        code: 'custom',
        path: ['memberIdentifier'],
        message: "Saisissez l'identifiant de l'adhérent.",
      });
    }
    if (v.audience === 'employer' && !v.employerId) {
      ctx.addIssue({ code: 'custom', path: ['employerId'], message: "Choisissez l'employeur." });
    }
  });

/** H4: publish a PDF to one member, an employer's members or all; it shows as unread (A5). */
export function documentPublishingRoutes(kernel: CoreKernel) {
  const { db } = kernel;
  const app = new Hono<ManagerEnv>();

  app.get(
    '/categories',
    operation({
      summary: 'H4 Catégories où publier un document (la page où il s’affiche)',
      responses: { 200: 'PublishableCategoryList' },
    }),
    (c) =>
      c.json({
        items: DOCUMENT_CATEGORIES.map((category: DocumentCategory) => ({
          category,
          label: DOCUMENT_CATEGORY_LABELS[category],
        })),
      } satisfies PublishableCategoryList),
  );

  app.post(
    '/',
    operation({
      summary:
        'H4 Publier un document PDF à un adhérent, aux adhérents d’un employeur ou à tous (non lu, A5)',
      upload: publishSchema,
      responses: { 201: 'PublishedDocument' },
    }),
    async (c) => {
      const managerId = c.get('manager').managerId;
      const published = await kernel.uploads.receive(c, async (upload) => {
        const input = uploadFields(upload, publishSchema);
        const file = upload.files[0];
        if (upload.files.length !== 1 || file?.contentType !== 'application/pdf') {
          const detail = 'Joignez un seul document, au format PDF.';
          throw new ProblemError(400, detail, {
            code: 'validation',
            errors: [{ field: UPLOAD_FIELD, detail }],
          });
        }
        const memberId =
          input.audience === 'member'
            ? await kernel.members.idByIdentifier(input.memberIdentifier ?? '')
            : undefined;
        if (input.audience === 'member' && !memberId) {
          const detail = 'Aucun adhérent ne porte cet identifiant.';
          throw new ProblemError(400, detail, {
            code: 'validation',
            errors: [{ field: 'memberIdentifier', detail }],
          });
        }
        const employer =
          input.audience === 'employer'
            ? await db
                .selectFrom('core.employers')
                .select('id')
                .where('id', '=', input.employerId ?? '')
                .executeTakeFirst()
            : undefined;
        if (input.audience === 'employer' && !employer) {
          const detail = 'Cet employeur est inconnu.';
          throw new ProblemError(400, detail, {
            code: 'validation',
            errors: [{ field: 'employerId', detail }],
          });
        }
        return db.transaction().execute(async (trx) => {
          const [stored] = await upload.store(trx);
          const document = await trx
            .insertInto('core.documents')
            .values({
              category: input.category,
              title: input.title,
              file_id: (stored as { id: string }).id,
              audience: input.audience,
              member_id: memberId ?? null,
              employer_id: employer?.id ?? null,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await kernel.audit.record(
            {
              actorKind: 'manager',
              actorId: managerId,
              action: 'document.publication',
              targetKind: 'document',
              targetId: document.id,
              after: {
                category: input.category,
                title: input.title,
                audience: input.audience,
                memberId,
                employerId: employer?.id,
              },
            },
            trx,
          );
          // SPEC P2: a document for one member shows in their open pages at once (on commit). One
          // for an employer's members or for all shows at their next page (menu, lists).
          const page = kernel.menu.documentsPage(input.category);
          if (memberId) {
            await kernel.liveEvents.publish(trx, memberId, {
              type: 'document',
              title: `Un nouveau document est disponible : « ${input.title} ».`,
              ...(page ? { href: page.path } : {}),
              unread: { documents: 1 },
            });
          }
          return document.id;
        });
      });
      const recipients = await db
        .selectFrom('core.members as m')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('core.documents as d')
              .select('d.id')
              .where('d.id', '=', published)
              .where((eb) =>
                eb.or([
                  eb('d.audience', '=', 'all'),
                  eb.and([eb('d.audience', '=', 'member'), eb('d.member_id', '=', eb.ref('m.id'))]),
                  eb.and([
                    eb('d.audience', '=', 'employer'),
                    eb.exists(
                      eb
                        .selectFrom('core.memberships as ms')
                        .select('ms.id')
                        .whereRef('ms.member_id', '=', 'm.id')
                        .whereRef('ms.employer_id', '=', 'd.employer_id'),
                    ),
                  ]),
                ]),
              ),
          ),
        )
        .executeTakeFirstOrThrow();
      return c.json({ id: published, recipients: Number(recipients.n) } satisfies PublishedDocument, 201);
    },
  );

  return app;
}
