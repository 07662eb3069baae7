import { focusRing, hostBase, token } from '@portail/shared-design';
import { css } from 'lit';

/** Said above a form whose required fields carry an asterisk (RGAA 11.10), in the page's language. */
export { mandatoryNote } from '@portail/shared-design';

/** Layout of the shell's own pages: forms in one column, readable line length. */
export const pageStyles = [
  hostBase,
  focusRing,
  css`
    :host {
      display: block;
    }
    form {
      display: grid;
      gap: ${token['space-2']};
      max-width: 28rem;
      margin-block: ${token['space-4']};
    }
    form pa-button {
      justify-self: start;
    }
    form > p {
      margin: 0;
    }
    .answer:focus:not(:focus-visible) {
      outline: none;
    }
    p,
    ul {
      max-width: 70ch;
    }
    pa-alert {
      display: block;
      margin-block: ${token['space-4']};
      max-width: 40rem;
    }
    a {
      color: ${token['color-primary']};
    }
  `,
];

/** The value of one `pa-text-field` of a page's form. */
export function fieldValue(root: ParentNode, name: string): string {
  const field = root.querySelector<HTMLElement & { value?: string }>(`pa-text-field[name="${name}"]`);
  return field?.value ?? '';
}

/** Moves focus to the first field a message was given for, so the member lands on it. */
export function focusFirstError(root: ParentNode, errors: Partial<Record<string, string>>): void {
  const first = Object.keys(errors)[0];
  if (first) root.querySelector<HTMLElement>(`pa-text-field[name="${first}"]`)?.focus();
}
