import { localized } from '@portail/kernel/contract/i18n';
import { currentPath, onRouteChange } from '@portail/runtime';

import { subPathOf } from '@portail/shared-design';

import { type PageModule, SectionElement } from '@portail/shared-design/section';

import { html } from 'lit';

import { CONTACT_PAGES } from '../contract/index.js';

type ContactPage = (typeof CONTACT_PAGES)[number];

/** Each page's module (its elements), loaded when the page is first shown. */
const PAGE_MODULES: Partial<Record<ContactPage['id'], PageModule>> = {
  'contact.message': () => import('./pages/define-message.js'),
  'contact.question': () => import('./pages/define-question.js'),
  'contact.transmettre': () => import('./pages/define-transmettre.js'),
  'contact.suivi': () => import('./pages/define-suivi.js'),
  'contact.faq': () => import('./pages/define-faq.js'),
  'contact.coordonnees': () => import('./pages/define-coordonnees.js'),
};

/**
 * "Contact" (SPEC E): E1 Envoyer un message, E2 Vous avez une question, E3 Nous transmettre (the
 * natures of document, and under `/contact/transmettre/<nature>` the sending form of one), E4 Suivi
 * of every request, E5 Questions fréquentes and Nous contacter.
 */
export class CtcSection extends SectionElement<ContactPage> {
  // The titles in the page's language, set when the element is made (the section's catalog is there).
  protected readonly pages: readonly ContactPage[] = CONTACT_PAGES.map(
    (page) => ({ ...page, label: localized(page.label) }) as ContactPage,
  );
  protected readonly router = { currentPath, onRouteChange };
  protected override readonly pageModules = PAGE_MODULES;

  protected override renderPage(page: ContactPage): unknown {
    switch (page.id) {
      case 'contact.message':
        return html`<ctc-message-page .heading=${page.label}></ctc-message-page>`;
      case 'contact.question':
        return html`<ctc-question-page .heading=${page.label}></ctc-question-page>`;
      case 'contact.transmettre':
        return html`<ctc-transmettre-page
          .heading=${page.label}
          .nature=${subPathOf(page, this.path)}
        ></ctc-transmettre-page>`;
      case 'contact.suivi':
        return html`<ctc-suivi-page .heading=${page.label}></ctc-suivi-page>`;
      case 'contact.faq':
        return html`<ctc-faq-page .heading=${page.label}></ctc-faq-page>`;
      case 'contact.coordonnees':
        return html`<ctc-coordonnees-page .heading=${page.label}></ctc-coordonnees-page>`;
      default:
        return super.renderPage(page);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ctc-section': CtcSection;
  }
}
