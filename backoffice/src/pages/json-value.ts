import { focusRing, hostBase, token } from '@portail/shared-design';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';

/** Longer values are folded: their start as the summary, the whole JSON, indented, inside. */
const SHORT_JSON = 60;

/**
 * A JSON value of the audit log (before/after): short ones on one line, longer ones folded in a
 * details/summary. An element of its own, as table cells render inside pa-data-table's shadow root.
 */
export class BoJsonValue extends LitElement {
  static override styles = [
    hostBase,
    focusRing,
    css`
      :host {
        display: block;
        font-size: ${token['font-size-sm']};
      }
      code {
        overflow-wrap: anywhere;
      }
      summary {
        cursor: pointer;
        color: ${token['color-primary']};
      }
      pre {
        max-width: 28rem;
        max-height: 20rem;
        margin: ${token['space-2']} 0 0;
        overflow: auto;
      }
    `,
  ];

  @property({ attribute: false }) value: unknown = null;

  override render() {
    if (this.value === null || this.value === undefined) return html`—`;
    const oneLine = JSON.stringify(this.value);
    if (oneLine.length <= SHORT_JSON) return html`<code>${oneLine}</code>`;
    return html`<details>
      <summary><code>${oneLine.slice(0, SHORT_JSON - 1)}…</code></summary>
      <pre tabindex="0">${JSON.stringify(this.value, null, 2)}</pre>
    </details>`;
  }
}
