/**
 * SPEC W2 — widgets on employer intranets (another site): no third-party cookie. The widget opens
 * `WIDGET_LOGIN_PATH?origin=<its origin>` in a popup; there the member logs in (or already is), the
 * portal asks `POST /api/widgets/jeton` {origin} → 201 WidgetToken (403 when the member's employer
 * did not register that origin) and hands the answer to the opener with `postMessage` to that exact
 * origin. The widget then calls the API with `Authorization: Bearer <token>` (GET only, CORS without
 * credentials, the `Origin` must be the token's). Pure: browser-safe.
 */
export const WIDGET_LOGIN_PATH = '/widgets/connexion';

export interface WidgetToken {
  token: string;
  /** ISO instant; the widget asks again (popup) after it. */
  expiresAt: string;
}

/** What the popup posts to the widget's window. */
export type WidgetMessage =
  | { type: 'portail:jeton'; token: string; expiresAt: string }
  | { type: 'portail:refus'; detail: string };

/** `code` of the 403 when the member has not authorised this intranet yet (its detail asks). */
export const WIDGET_CONSENT_REQUIRED = 'consent-required';

/** What the popup hands over when the member refuses to authorise the intranet. */
export const WIDGET_CONSENT_REFUSED =
  "Vous n'avez pas autorisé ce site à afficher vos informations du Portail Adhérent.";

/** An intranet the member authorised (Mon compte, « Intranets autorisés »). */
export interface WidgetConsent {
  origin: string;
  /** ISO instant. */
  grantedAt: string;
  /** The member's employers that registered this origin. */
  employers: string[];
}

/**
 * `GET /api/widgets/autorisations`: the intranets authorised, and what an authorised intranet may
 * show (« vos documents clés, … »). `POST` {origin} authorises one; `DELETE /:origin` withdraws it
 * (its tokens stop working at once).
 */
export interface WidgetConsentList {
  items: WidgetConsent[];
  purposes: string;
}

/** `POST /api/widgets/autorisations` {origin} → 201: the intranet now authorised. */
export interface WidgetConsentGranted {
  origin: string;
}

export const WIDGET_ORIGIN_REFUSED =
  "Ce site n'est pas autorisé par votre employeur à afficher vos informations du Portail Adhérent.";
