import { msg } from '@lit/localize';
import { html } from 'lit';
import { Directive, directive } from 'lit/directive.js';

/** The message of a load that failed without a reason from the server, in the page's language. */
function loadFailed(): string {
  return msg("Les informations n'ont pas pu être chargées. Réessayez dans quelques instants.");
}

export interface LoadFailure {
  message: string;
  /** Refused (prévoyance-only member: 403), invalid (400), logged out or gone: trying again would not help. */
  retryable: boolean;
  status: number;
}

/** An API error as the runtime throws it: `message` is the problem's French detail. */
function isApiError(error: unknown): error is Error & { status: number } {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

/** The French message of a failed call: the problem's `detail` when there is one. */
export function describeFailure(error: unknown): LoadFailure {
  if (!isApiError(error)) return { message: loadFailed(), retryable: true, status: 0 };
  return {
    message: error.message || loadFailed(),
    retryable: ![400, 401, 403, 404].includes(error.status),
    status: error.status,
  };
}

/** The alert of a failed load: the French reason, with "Réessayer" when it may help. */
export function renderFailure(failure: LoadFailure, retry: () => unknown) {
  return html`<pa-alert variant=${failure.retryable ? 'error' : 'info'}>
    <p>${failure.message}</p>
    ${failure.retryable ? html`<pa-button variant="secondary" @click=${retry}>${msg('Réessayer')}</pa-button>` : ''}
  </pa-alert>`;
}

/** « Chargement… », written when rendered: the page's language is known by then (SPEC P6). */
class LoadingText extends Directive {
  render() {
    return msg('Chargement…');
  }
}
const loadingText = directive(LoadingText);

export const LOADING = html`<p class="loading" role="status">${loadingText()}</p>`;
