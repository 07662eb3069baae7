import { msg, str } from '@lit/localize';
import { z } from 'zod';
import {
  MESSAGE_MAX_LENGTH,
  MESSAGE_SUBJECTS,
  NATURE_GROUPS,
  QUESTION_THEMES,
  TRANSMISSION_COMMENT_MAX_LENGTH,
} from './index.js';

/** Server-side validation of the section's inputs (zod stays out of the browser bundles). */
const text = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(MESSAGE_MAX_LENGTH, {
      error: () => msg(str`Votre texte dépasse ${MESSAGE_MAX_LENGTH} caractères : raccourcissez-le.`),
    });

const keys = <T extends object>(record: T) =>
  Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

export const newMessageSchema = z.object({
  subject: z.enum(keys(MESSAGE_SUBJECTS), { error: 'Sélectionnez un sujet.' }),
  message: text('Saisissez votre message.'),
});

export const newQuestionSchema = z.object({
  theme: z.enum(keys(QUESTION_THEMES), { error: 'Choisissez le thème de votre question.' }),
  question: text('Saisissez votre question.'),
});

const natureIds = NATURE_GROUPS.flatMap((g) => g.natures.map((n) => n.id)) as [string, ...string[]];

export const newTransmissionSchema = z.object({
  nature: z.enum(natureIds, { error: 'Choisissez la nature du document.' }),
  commentaire: z
    .string()
    .trim()
    .max(TRANSMISSION_COMMENT_MAX_LENGTH, {
      error: () =>
        msg(str`Votre commentaire dépasse ${TRANSMISSION_COMMENT_MAX_LENGTH} caractères : raccourcissez-le.`),
    })
    .optional(),
});
