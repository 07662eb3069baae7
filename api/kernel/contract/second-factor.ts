// SPEC P8 « Second facteur sur un nouvel appareil »: what the browser and the server share about a
// login waiting for its code. Zod-free (the login page's code step imports its texts); the request
// schemas are in `second-factor-schemas.ts`.
import { msg, str } from '@lit/localize';

/** Digits of a login code. */
export const LOGIN_CODE_LENGTH = 6;
/** A code is valid this long after it was sent. */
export const LOGIN_CODE_MINUTES = 10;
/** Wrong tries a code allows; then a new one must be asked for. */
export const LOGIN_CODE_TRIES = 5;
/** « Renvoyer le code »: at most this many times per login… */
export const LOGIN_CODE_RESENDS = 3;
/** …and not sooner than this after the last sending. */
export const LOGIN_CODE_RESEND_SECONDS = 30;
/** « Se souvenir de cet appareil »: the device skips the code this long. */
export const TRUSTED_DEVICE_DAYS = 90;

/** Subject of the e-mail carrying a code, in French (the e2e helpers find it by it; the server writes it in the member's language). */
export const LOGIN_CODE_SUBJECT = 'Portail Adhérent : votre code de vérification';

/**
 * `POST /api/auth/login` (and `/api/gestion/auth/login`) → 202 with this from a device that must give
 * a code: the login goes on at `…/login/code` with `challenge` and the code. The answer is the same
 * whether the password was right (a code was sent) or not (none was, and no code will be right): it
 * says nothing of the password, nor where a code went.
 */
export interface LoginChallenge {
  /** Opaque: names this login (send it back with the code or to ask for another code). */
  challenge: string;
  /** Seconds the code stays valid. */
  expiresInSeconds: number;
  /** Seconds before « Renvoyer le code » may be used. */
  resendInSeconds: number;
  /** How many more times a code may be sent again for this login. */
  resendsLeft: number;
  /** Whether « Se souvenir de cet appareil » is offered (members yes, managers never). */
  canRemember: boolean;
}

/** A remembered device as « Appareils de confiance » lists it (`GET /api/auth/appareils`). */
export interface TrustedDevice {
  id: string;
  /** Browser and system, from the user agent: « Firefox sur Windows ». */
  label: string;
  /** ISO instants. */
  addedAt: string;
  lastUsedAt: string;
  expiresAt: string;
  /** This very browser. */
  current: boolean;
}

export interface TrustedDeviceList {
  devices: TrustedDevice[];
}

/** The code step's texts, in the language being written in (SPEC P6): getters, read at render. */
export const SECOND_FACTOR_TEXT = {
  get heading() {
    return msg('Vérification de votre identité');
  },
  get codeLabel() {
    return msg('Code reçu');
  },
  get codeHint() {
    return msg(str`Les ${LOGIN_CODE_LENGTH} chiffres du message, sans espace.`);
  },
  get remember() {
    return msg('Se souvenir de cet appareil');
  },
  get rememberHint() {
    return msg(
      str`Vous n'aurez plus à saisir de code sur cet appareil pendant ${TRUSTED_DEVICE_DAYS} jours. Ne cochez pas sur un ordinateur partagé.`,
    );
  },
  get submit() {
    return msg('Valider');
  },
  get resend() {
    return msg('Renvoyer le code');
  },
  get resent() {
    return msg('Un nouveau code vous a été envoyé.');
  },
  get missing() {
    return msg(str`Saisissez le code à ${LOGIN_CODE_LENGTH} chiffres reçu.`);
  },
  get malformed() {
    return msg(str`Le code compte ${LOGIN_CODE_LENGTH} chiffres.`);
  },
  get expired() {
    return msg('Ce code a expiré. Demandez-en un nouveau.');
  },
  get exhausted() {
    return msg("Trop d'essais. Demandez un nouveau code, ou recommencez la connexion.");
  },
  get restart() {
    return msg("Cette vérification n'est plus valable : reconnectez-vous.");
  },
  get tooManyResends() {
    return msg('Vous avez demandé trop de codes : reconnectez-vous pour en recevoir un nouveau.');
  },
  get notReceived() {
    return msg(
      "Pas de code après quelques minutes ? Regardez dans vos courriers indésirables, puis recommencez la connexion : l'identifiant ou le mot de passe était peut-être inexact.",
    );
  },
  get cancel() {
    return msg('Recommencer la connexion');
  },
};

/**
 * « Si votre identifiant et votre mot de passe sont exacts, un code à 6 chiffres vient de vous être
 * envoyé… »: neutral, as the step is (the same after a wrong password, and it names no address).
 */
export function codeSentText(
  challenge: Pick<LoginChallenge, 'expiresInSeconds'>,
  how = msg('par e-mail ou par SMS selon vos préférences'),
): string {
  const minutes = Math.max(1, Math.round(challenge.expiresInSeconds / 60));
  return msg(
    str`Si votre identifiant et votre mot de passe sont exacts, un code à ${LOGIN_CODE_LENGTH} chiffres vient de vous être envoyé, ${how}. Il est valable ${minutes} minutes.`,
  );
}

/** « Code incorrect. Il vous reste 3 essais. » */
export function wrongCodeText(triesLeft: number): string {
  return triesLeft > 1
    ? msg(str`Code incorrect. Il vous reste ${triesLeft} essais.`)
    : msg(str`Code incorrect. Il vous reste ${triesLeft} essai.`);
}

/** « Patientez encore 12 secondes avant de demander un nouveau code. » */
export function resendWaitText(seconds: number): string {
  return seconds > 1
    ? msg(str`Patientez encore ${seconds} secondes avant de demander un nouveau code.`)
    : msg(str`Patientez encore ${seconds} seconde avant de demander un nouveau code.`);
}
