// Request bodies of the member's authentication: each schema validates on the server, and its
// `z.input` type (erased at build, no zod in a bundle) types what the browser sends.
import { msg, str } from '@lit/localize';
import { z } from 'zod';
import { LOCALES, type Locale } from './i18n.js';
import { calendarDate } from './inputs.js';
import { isStrongPassword, passwordRuleHint } from './password.js';

const newPasswordSchema = z
  .string({ error: 'Saisissez votre nouveau mot de passe.' })
  .max(128, { error: 'Le mot de passe ne peut pas dépasser 128 caractères.' })
  .refine(isStrongPassword, { error: () => msg(str`Mot de passe trop faible. ${passwordRuleHint()}`) });

/**
 * A form where the member chooses a password (A7) and types it again: `fields` with the two, the
 * confirmation marked when it differs.
 */
function withNewPassword<Shape extends z.ZodRawShape>(fields: Shape) {
  return z
    .object({
      ...fields,
      password: newPasswordSchema,
      confirmation: z.string({ error: 'Resaisissez ce mot de passe.' }),
    })
    .refine(
      (v) => {
        const { password, confirmation } = v as { password: string; confirmation: string };
        return password === confirmation;
      },
      { error: 'Les deux mots de passe ne sont pas identiques.', path: ['confirmation'] },
    );
}

const membershipNumber = z
  .string({ error: "Saisissez votre numéro d'adhésion." })
  .trim()
  .min(1, { error: "Saisissez votre numéro d'adhésion." })
  .max(32, { error: "Numéro d'adhésion trop long." });

export const loginRequestSchema = z.object({
  login: z
    .string({ error: 'Saisissez votre identifiant ou votre adresse e-mail.' })
    .trim()
    .min(1, { error: 'Saisissez votre identifiant ou votre adresse e-mail.' })
    .max(254),
  password: z
    .string({ error: 'Saisissez votre mot de passe.' })
    .min(1, { error: 'Saisissez votre mot de passe.' })
    .max(128),
});
export type LoginRequest = z.input<typeof loginRequestSchema>;

export const passwordResetRequestSchema = z.object({
  login: z
    .string({ error: 'Saisissez votre identifiant ou votre adresse e-mail.' })
    .trim()
    .min(1, { error: 'Saisissez votre identifiant ou votre adresse e-mail.' })
    .max(254),
});
export type PasswordResetRequest = z.input<typeof passwordResetRequestSchema>;

export const passwordResetConfirmSchema = withNewPassword({ token: z.string().min(1).max(200) });
export type PasswordResetConfirm = z.input<typeof passwordResetConfirmSchema>;

/**
 * `POST /api/auth/password-reset/check` when the reset page opens: 204 while the link can still set
 * a password (checking does not use it), 410 `reset-token-invalid` otherwise — nothing else is said.
 */
export const passwordResetCheckSchema = z.object({ token: z.string().min(1).max(200) });
export type PasswordResetCheck = z.input<typeof passwordResetCheckSchema>;

/** D4 Mot de passe — `POST /api/auth/password` → 204; the member's other sessions are closed. */
export const passwordChangeSchema = withNewPassword({
  current: z
    .string({ error: 'Saisissez votre mot de passe actuel.' })
    .min(1, { error: 'Saisissez votre mot de passe actuel.' })
    .max(128),
}).refine((v) => v.password !== v.current, {
  error: "Choisissez un mot de passe différent de l'actuel.",
  path: ['password'],
});
export type PasswordChange = z.input<typeof passwordChangeSchema>;

/** The member as the browser sees them: no secrets, no health data. */
export interface SessionMember {
  id: string;
  identifier: string;
  displayName: string;
  email: string | null;
}

/**
 * `GET /api/auth/session` and `POST /api/auth/login` answer with this; so does
 * `GET /api/auth/session/status` when a session is open (204 when nobody is logged in).
 */
export interface SessionInfo {
  member: SessionMember;
  /** Send it back in the `X-CSRF-Token` header on every POST/PUT/PATCH/DELETE. */
  csrfToken: string;
  /** True while the latest CGU version is not accepted: nothing else is served until it is. */
  cguRequired: boolean;
  /** Idle timeout in seconds (SPEC A8). */
  idleTimeoutSeconds: number;
  /**
   * SPEC P6: the member's language, given when the session opens (the browser's latest choice, now
   * kept on the member's file, or the file's): the page is shown again in it when it differs.
   */
  locale?: Locale;
}

/** SPEC P6 « English » / « Français »: `PUT /api/auth/langue`. */
export const localeChoiceSchema = z.object({
  locale: z.enum(LOCALES, { error: 'Choisissez le français ou l’anglais.' }),
});
export type LocaleChoice = z.input<typeof localeChoiceSchema>;

/**
 * SPEC A8, what is left of the session before its idle limit (or its end, if sooner):
 * `POST /api/auth/session/keepalive` (« Rester connecté », the idle clock restarts) and
 * `GET /api/auth/session/idle` (asked without restarting it: 0 when there is no session left).
 */
export interface SessionIdle {
  /** Seconds, with decimals. */
  idleRemainingSeconds: number;
}

/**
 * The same answer whether or not the data matched an account (A2, A9: 202), and the message of a
 * password reset done (`POST /api/auth/password-reset/confirm` → 200).
 */
export interface NeutralAnswer {
  message: string;
}

export const CSRF_HEADER = 'X-CSRF-Token';

/** Sent by the runtime with each member write, the same on a retry of that action. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

const birthDate = calendarDate({
  required: 'Saisissez votre date de naissance.',
  format: 'Saisissez votre date de naissance au format JJ/MM/AAAA.',
});

const email = z
  .string({ error: 'Saisissez votre adresse e-mail.' })
  .trim()
  .min(1, { error: 'Saisissez votre adresse e-mail.' })
  .max(254, { error: 'Adresse e-mail trop longue.' })
  .email({ error: 'Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).' });

/** SPEC A9 "Créer mon espace": `POST /api/auth/activation/request` (answers 202 NeutralAnswer). */
export const activationRequestSchema = z.object({
  membershipNumber,
  birthDate,
  email,
  altcha: z.string({ error: 'Cochez la case « Je ne suis pas un robot ».' }).min(1, {
    error: 'Cochez la case « Je ne suis pas un robot ».',
  }),
});
export type ActivationRequest = z.input<typeof activationRequestSchema>;

/** `POST /api/auth/activation/confirm` → 200 SessionInfo (logged in, CGU to accept) or 410. */
export const activationConfirmSchema = withNewPassword({ token: z.string().min(1).max(200) });
export type ActivationConfirm = z.input<typeof activationConfirmSchema>;

/** The code of an activation letter: 8 letters and digits, read as `ABCD-2345`. */
const ACTIVATION_CODE_PATTERN = /^[A-Z2-9]{4}-?[A-Z2-9]{4}$/;

/**
 * SPEC A9 by post — `POST /api/auth/activation/courrier`: a member without an e-mail on file
 * received a code by post; with it (and their membership number and birth date) they choose their
 * e-mail and password → 200 SessionInfo (logged in, CGU to accept), or 400 when anything is wrong.
 */
export const activationByPostSchema = withNewPassword({
  membershipNumber,
  birthDate,
  code: z
    .string({ error: "Saisissez le code d'activation reçu par courrier." })
    .trim()
    .toUpperCase()
    .regex(ACTIVATION_CODE_PATTERN, {
      error: "Le code d'activation compte 8 caractères, par exemple ABCD-2345.",
    }),
  email,
});
export type ActivationByPost = z.input<typeof activationByPostSchema>;

/** SPEC A9 "Identifiant oublié": `POST /api/auth/identifier-reminder` (answers 202 NeutralAnswer). */
export const identifierReminderSchema = z.object({ email, birthDate });
export type IdentifierReminder = z.input<typeof identifierReminderSchema>;
