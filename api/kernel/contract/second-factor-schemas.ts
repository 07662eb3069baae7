// SPEC P8: the bodies of the code step's requests, validated on the server (types for the browser).
import { z } from 'zod';
import { LOGIN_CODE_LENGTH, SECOND_FACTOR_TEXT } from './second-factor.js';

const challenge = z.string().min(1).max(100);

/** `POST /api/auth/login/code` (and `/api/gestion/auth/login/code`). */
export const loginCodeSchema = z.object({
  challenge,
  code: z
    .string({ error: SECOND_FACTOR_TEXT.missing })
    .trim()
    .min(1, { error: SECOND_FACTOR_TEXT.missing })
    .regex(new RegExp(`^\\d{${LOGIN_CODE_LENGTH}}$`), { error: SECOND_FACTOR_TEXT.malformed }),
  /** « Se souvenir de cet appareil » (ignored for managers). */
  remember: z.boolean().optional(),
});
export type LoginCodeRequest = z.input<typeof loginCodeSchema>;

/** `POST /api/auth/login/code/renvoi`: « Renvoyer le code ». */
export const loginCodeResendSchema = z.object({ challenge });
export type LoginCodeResendRequest = z.input<typeof loginCodeResendSchema>;
