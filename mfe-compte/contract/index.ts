import { msg } from '@lit/localize';

import type { ProcessingEstimate, SectionPage } from '@portail/kernel/contract';

/** SPEC D: the pages of "Mon compte". Pure (no zod, no validation libraries): imported by the browser. */
export const COMPTE_PAGES = [
  {
    id: 'compte.donnees',
    label: 'Données personnelles',
    path: '/compte/donnees-personnelles',
  },
  { id: 'compte.mot-de-passe', label: 'Mot de passe', path: '/compte/mot-de-passe' },
  { id: 'compte.notifications', label: 'Notifications', path: '/compte/notifications' },
  // W2: the intranets the member allowed to show their information, each revocable.
  { id: 'compte.intranets', label: 'Intranets autorisés', path: '/compte/intranets' },
  // P8: the devices where the login's code is not asked (« Se souvenir de cet appareil »), each revocable.
  { id: 'compte.appareils', label: 'Appareils de confiance', path: '/compte/appareils-de-confiance' },
  // P3: the member's archive of everything the portal holds about them (RGPD art. 15 and 20).
  { id: 'compte.telechargement', label: 'Télécharger mes données', path: '/compte/telecharger-mes-donnees' },
  // P7: the identity of the provider (FranceConnect…) linked to the account, only when the portal
  // has one (its menu label names it). Path: IDENTITY_LINK_PATH of the kernel contract.
  {
    id: 'compte.fournisseur-identite',
    label: 'Connexion avec FranceConnect',
    path: '/compte/connexion-fournisseur-identite',
    requires: 'identity-provider',
  },
] as const satisfies readonly SectionPage[];

export const PERSONAL_DATA_PATH = '/compte/donnees-personnelles';

/** Anchors of the forms of the personal data page, for D5's links (`/compte/donnees-personnelles#iban`). */
export const FORM_ANCHORS = {
  address: 'adresse',
  email: 'email',
  bank: 'coordonnees-bancaires',
  contributionMode: 'mode-cotisation',
} as const;

/** AFNOR NF Z10-011: at most 38 characters on a line of a postal address. */
export const ADDRESS_LINE_MAX = 38;

/** D1: the postal address in the French layout (the manual's three lines, Code postal*, Ville*). */
export interface PostalAddress {
  /** N° et libellé de la voie. */
  line1: string;
  /** Entrée, tour, bâtiment, immeuble, résidence, zone industrielle. */
  line2: string;
  /** Mentions spéciales de distribution (Boîte Postale, Tri Spécial). */
  line3: string;
  postalCode: string;
  city: string;
}

/** The address fields' labels, in the language being written in (SPEC P6). */
export const ADDRESS_LABELS: Record<keyof PostalAddress, string> = {
  get line1() {
    return msg('N° et libellé de la voie');
  },
  get line2() {
    return msg('Entrée, tour, bâtiment, immeuble, résidence, zone industrielle');
  },
  get line3() {
    return msg('Mentions spéciales de distribution (Boîte Postale, Tri Spécial)');
  },
  get postalCode() {
    return msg('Code postal');
  },
  get city() {
    return msg('Ville');
  },
};

export type ContributionMode = 'prelevement' | 'cheque';
/** In the language being written in (SPEC P6). */
export const CONTRIBUTION_MODE_LABELS: Record<ContributionMode, string> = {
  get prelevement() {
    return msg('Prélèvement automatique');
  },
  get cheque() {
    return msg('Chèque');
  },
};

/** D2: the changes that need a justificatif and a manager's validation. */
export type ChangeKind = 'adresse' | 'email' | 'coordonnees_bancaires' | 'mode_cotisation';

/**
 * In French: the label of a change's request (stored with it, read by managers); shown to a member
 * through `changeLabel`.
 */
export const CHANGE_LABELS: Record<ChangeKind, string> = {
  adresse: 'Modification de votre adresse postale',
  email: 'Modification de votre adresse e-mail',
  coordonnees_bancaires: 'Modification de vos coordonnées bancaires',
  mode_cotisation: 'Modification du mode de règlement de vos cotisations',
};

/** A change's label as the member reads it, in the language being written in (SPEC P6). */
export function changeLabel(kind: ChangeKind): string {
  switch (kind) {
    case 'adresse':
      return msg('Modification de votre adresse postale');
    case 'email':
      return msg('Modification de votre adresse e-mail');
    case 'coordonnees_bancaires':
      return msg('Modification de vos coordonnées bancaires');
    case 'mode_cotisation':
      return msg('Modification du mode de règlement de vos cotisations');
    default:
      return CHANGE_LABELS[kind] ?? kind;
  }
}

/** D2: the question of the confirmation dialog, one per kind of change, in the language being written in. */
export const CHANGE_CONFIRMATIONS: Record<ChangeKind, string> = {
  get adresse() {
    return msg('Vous avez modifié votre adresse postale, souhaitez-vous la valider ?');
  },
  get email() {
    return msg('Vous avez modifié votre adresse e-mail, souhaitez-vous la valider ?');
  },
  get coordonnees_bancaires() {
    return msg('Vous avez modifié vos coordonnées bancaires, souhaitez-vous les valider ?');
  },
  get mode_cotisation() {
    return msg('Vous avez modifié le mode de règlement de vos cotisations, souhaitez-vous le valider ?');
  },
};

/** In French (the catalog has its English): shown through `localized`. */
export const PENDING_CHANGE = 'Modification en attente de validation';

/** What each change carries (the multipart field `donnees`, as JSON). */
export interface ChangeValues {
  adresse: PostalAddress;
  email: { email: string };
  coordonnees_bancaires: { iban: string; bic: string };
  mode_cotisation: { mode: ContributionMode };
}

/**
 * `POST /api/compte/modifications` (multipart/form-data): `kind`, `donnees` (JSON of
 * ChangeValues[kind]) and the justificatif(s) under `fichiers` (SPEC C4 rules) → 201 PendingChange;
 * 409 when a change of that kind is already pending. Nothing changes until a manager accepts.
 */
export interface PendingChange extends ProcessingEstimate {
  requestId: string;
  kind: ChangeKind;
  label: string;
  createdAt: string;
  /** What the member asked for, as shown back (the IBAN masked). */
  summary: string;
}

/** `GET /api/compte/donnees`: D1, as the member's file holds it now. */
export interface PersonalData {
  civility: string;
  firstName: string;
  lastName: string;
  /** ISO date, read only. */
  birthDate: string;
  address: PostalAddress;
  email: string;
  phone: string;
  /** "Pas de Tel": the member has no landline. */
  noPhone: boolean;
  mobile: string;
  alerts: AlertPreferences;
  /** The IBAN is never sent back in full: `FR76 **** **** **** **** **** 189`. */
  bank: { ibanMasked: string; bic: string } | null;
  /** Only for an individual contract (contributions paid by the member). */
  contributionMode: ContributionMode | null;
  pending: PendingChange[];
}

/** `PUT /api/compte/telephones` → 200 PersonalData (applies at once). */
export interface PhoneNumbers {
  phone: string;
  noPhone: boolean;
  mobile: string;
}

/** D3 — `PUT /api/compte/alertes` → 200 AlertPreferences (applies at once, no validation). */
export interface AlertPreferences {
  /** "Je souhaite être informé(e) par Email" of each indemnity payment. */
  email: boolean;
  /** "… par SMS". */
  sms: boolean;
}

/** D5: a finding about the member's file, with the link that fixes it. */
export type NotificationKind =
  | 'adresse_npai'
  | 'certificat_scolarite'
  | 'reglement_sante_cheque'
  | 'noemie'
  | 'mode_cotisation';

export interface MemberNotification {
  kind: NotificationKind;
  title: string;
  text: string;
  link: { label: string; href: string };
}

/** `GET /api/compte/notifications`. */
export interface NotificationList {
  items: MemberNotification[];
}

/**
 * D4 is the kernel's `POST /api/auth/password` (PasswordChange of `@portail/kernel/contract`). In
 * French (the catalog has its English): shown through `localized`.
 */
export const PASSWORD_CHANGED =
  'Votre mot de passe a été modifié. Vos autres sessions ont été fermées et un e-mail vous le confirme.';

/**
 * D2: the messages of the bank details' checks, the same in the browser and on the server, in the
 * language being written in (the server's zod schemas read them once, in French: a problem's field
 * messages are translated when it is written out).
 */
export const BANK_MESSAGES = {
  get ibanRequired() {
    return msg("Saisissez l'IBAN.");
  },
  get iban() {
    return msg('IBAN invalide : vérifiez-le sur votre RIB.');
  },
  get bicRequired() {
    return msg('Saisissez le BIC.');
  },
  get bic() {
    return msg('BIC invalide : 8 ou 11 caractères, sur votre RIB.');
  },
} as const;

/** An IBAN or BIC as typed ("fr76 3000 6000 …") in its electronic form ("FR7630006000…"). */
export function compactBankCode(value: string): string {
  return value.replace(/[\s-]+/g, '').toUpperCase();
}

/**
 * Whether an IBAN is well formed: country, check digits and account in letters and digits (15 to
 * 34 characters), and its check digits right (ISO 13616, modulo 97) — what catches a mistyped
 * character or two swapped ones. The browser checks it as soon as the field is left; the server
 * checks it too, then the country's own format (ibantools).
 */
export function isWellFormedIban(value: string): boolean {
  const iban = compactBankCode(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  let remainder = 0;
  for (const character of iban.slice(4) + iban.slice(0, 4)) {
    const digits = Number.parseInt(character, 36);
    remainder = (remainder * (digits > 9 ? 100 : 10) + digits) % 97;
  }
  return remainder === 1;
}

/** Whether a BIC is well formed: bank (4 letters), country (2 letters), place (2), branch (3, optional). */
export function isWellFormedBic(value: string): boolean {
  return /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(compactBankCode(value));
}

/** `FR7630006000011234567890189` → `FR76 **** **** **** **** **** 189` (last three digits kept). */
export function maskIban(iban: string): string {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  const masked = compact.slice(0, 4) + '*'.repeat(Math.max(0, compact.length - 7)) + compact.slice(-3);
  return masked.replace(/(.{4})(?=.)/g, '$1 ');
}
