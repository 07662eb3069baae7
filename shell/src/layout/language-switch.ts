import { msg } from '@lit/localize';
import type { LocaleChoice } from '@portail/kernel/contract/auth';
import type { Locale } from '@portail/kernel/contract/i18n';
import { api } from '@portail/runtime';
import { focusRing, hostBase, token, visuallyHidden } from '@portail/shared-design';
import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';

/** What the switch offers from each language: the other one, named in itself. */
const OTHER: Record<Locale, { locale: Locale; name: string; short: string }> = {
  fr: { locale: 'en', name: 'English', short: 'EN' },
  en: { locale: 'fr', name: 'Français', short: 'FR' }, // i18n-ignore: each language is named in itself
};

/**
 * SPEC P6, in the header: « English » on a page in French, « Français » on a page in English (each
 * named in its own language, with its `lang`). The choice is kept for this browser and, for a
 * member logged in, on their file (`PUT /api/auth/langue`); the page is then shown again in it.
 */
export class PortailLanguageSwitch extends LitElement {
  static override styles = [
    hostBase,
    focusRing,
    css`
      :host {
        display: inline-flex;
        align-items: center;
      }
      button {
        position: relative;
        min-height: 2.75rem;
        padding: 0 ${token['space-2']};
        border: 0;
        background: none;
        color: inherit;
        font: inherit;
        text-decoration: underline;
        cursor: pointer;
      }
      .error {
        font-size: ${token['font-size-sm']};
      }
      .short {
        display: none;
      }
      /* On a small screen (the page frame's breakpoint), « EN » / « FR », so that the switch and the
         identity share one row; the full name stays what is read out (its visually-hidden class
         only hides it here). */
      @container (max-width: 47.99rem) {
        .short {
          display: inline;
        }
        ${visuallyHidden}
      }
    `,
  ];

  /** The page's language. */
  @property() locale: Locale = 'fr';
  @state() private error = '';
  @state() private busy = false;

  private async choose(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      const body: LocaleChoice = { locale: OTHER[this.locale].locale };
      await api('/api/auth/langue', { method: 'PUT', body });
      location.reload();
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.busy = false;
    }
  }

  override render() {
    const other = OTHER[this.locale];
    return html`<button type="button" lang=${other.locale} aria-busy=${this.busy ? 'true' : 'false'}
        @click=${this.choose}><span class="visually-hidden">${other.name}</span><span class="short" aria-hidden="true">${other.short}</span></button>
      ${this.error ? html`<span class="error" role="alert">${msg('La langue n’a pas pu être changée.')} ${this.error}</span>` : nothing}`;
  }
}
