import { msg, str } from '@lit/localize';
import type { CguDocument } from '@portail/kernel/contract';
import { formatLongDate, hostBase } from '@portail/shared-design';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';

/** The text of one CGU version, sections as level-2 headings. */
export class PortailCguText extends LitElement {
  static override styles = [
    hostBase,
    css`
      :host {
        display: block;
        max-width: 70ch;
      }
      h2 {
        font-size: 1.125rem;
        margin-block: 1.5rem 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) document: CguDocument | null = null;

  override render() {
    const cgu = this.document;
    if (!cgu) return html``;
    return html`<p>${msg(str`Version ${cgu.version}, publiée le ${formatLongDate(cgu.publishedAt)}.`)}</p>
      ${cgu.sections.map(
        (section) => html`<section>
          <h2>${section.heading}</h2>
          ${section.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
        </section>`,
      )}`;
  }
}
