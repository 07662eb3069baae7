/**
 * SPEC P7 — sign-in with an identity provider (OpenID Connect, FranceConnect-style), when the portal
 * is configured with one (`OIDC_*`). The login page's « S'identifier avec … » is a plain link to
 * `IDENTITY_PROVIDER_START`; the provider sends the browser back to the API, which answers with a
 * redirect to the portal: the home page (a linked member, now logged in) or the login page with
 * `?fournisseur=<IdentityProviderOutcome>`. Pure: browser-safe.
 */
import { msg, str } from '@lit/localize';
export const IDENTITY_PROVIDER_START = '/api/auth/oidc/start';

/** Mon compte's page of the link (its menu entry only when a provider is configured). */
export const IDENTITY_LINK_PATH = '/compte/connexion-fournisseur-identite';

/** What the server tells the login page of the provider (the page's `<script id=…>` JSON). */
export interface IdentityProviderInfo {
  /** The name members know it by, e.g. « FranceConnect ». */
  name: string;
  /** The button's label, e.g. « S'identifier avec FranceConnect ». */
  label: string;
}

/** The id of the page's JSON script holding `IdentityProviderInfo` (absent without a provider). */
export const IDENTITY_PROVIDER_SCRIPT_ID = 'portail-identity-provider';

/** The login page's `?fournisseur=` after a sign-in through the provider that opened no session. */
export type IdentityProviderOutcome = 'a-relier' | 'echec' | 'indisponible';

/** The login page's message for each outcome, with the provider's name. */
export function identityProviderNotice(outcome: IdentityProviderOutcome, name: string): string {
  switch (outcome) {
    case 'a-relier':
      return msg(
        str`Votre identité ${name} n'est pas encore reliée à votre espace. Connectez-vous une fois avec votre identifiant et votre mot de passe pour la relier.`,
      );
    case 'indisponible':
      return msg(
        str`${name} est momentanément indisponible. Connectez-vous avec votre identifiant et votre mot de passe.`,
      );
    default:
      return msg(
        str`La connexion avec ${name} n'a pas abouti. Réessayez, ou connectez-vous avec votre identifiant et votre mot de passe.`,
      );
  }
}

/**
 * `GET /api/auth/oidc/liaison` (the member's own, Mon compte): whether an identity of the provider
 * is linked to their account, and whether one waits for their confirmation — asserted by the
 * provider in this browser, then a password login here (`POST` confirms it, `DELETE` unlinks).
 */
export interface IdentityLink {
  provider: string;
  /** The login page's button, « S'identifier avec <provider> ». */
  label: string;
  /** ISO instants; null when no identity is linked. */
  linked: { linkedAt: string; lastUsedAt: string | null } | null;
  /** An identity waits for « Relier mon identité … » (asserted in this browser before this login). */
  pending: boolean;
}
