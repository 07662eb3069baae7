import { msg } from '@lit/localize';

/**
 * SPEC A8: what a member typed in a form is not lost when their session expires. At the expiry the
 * shell calls `saveFormDrafts(memberId)`: the values the member typed in the pa-* fields of the open
 * forms (pa-text-field but a password, pa-select-field, pa-textarea-field — never a file, nor
 * anything the member did not type) go to the tab's `sessionStorage`, by page address and form.
 * After the login that follows, the shell calls `setFormDraftsMember(memberId)`: for that same member
 * each field of that form, on that page, takes its value back once shown (and fires `input`, `change`
 * and `pa-drafts-restored`; `pa-page` then says « Nous avons restauré ce que vous aviez saisi. »);
 * another member gets nothing and the drafts are deleted. A draft is used once; a form's drafts go
 * once it is sent (`clearFormDrafts(host)`, FormSubmission and UploadController call it).
 */

/** A field whose typed value may be kept (PaFieldElement). */
export interface DraftField extends HTMLElement {
  readonly form: HTMLFormElement | null;
  readonly name: string;
  /** What the member typed, or undefined when there is nothing of theirs to keep. */
  draftValue(): string | undefined;
  /** Takes back a kept value, as if typed. */
  restoreDraft(value: string): void;
  /** The member's input is gone (sent): nothing to keep until they type again. */
  forgetTyping(): void;
}

export const DRAFTS_RESTORED = 'Nous avons restauré ce que vous aviez saisi.';

/** DRAFTS_RESTORED in the page's language (SPEC P6). */
export function draftsRestoredText(): string {
  return msg('Nous avons restauré ce que vous aviez saisi.');
}

/** Fired (bubbling, composed) by a field that took back a kept value. */
export const DRAFTS_RESTORED_EVENT = 'pa-drafts-restored';

const STORAGE_KEY = 'portail:form-drafts';

/** page address → "form key field name" → value, for one member. */
interface StoredDrafts {
  memberId: string;
  pages: Record<string, Record<string, string>>;
}

const fields = new Set<DraftField>();
/** The member logged in, whose drafts may be restored; null while nobody is. */
let member: string | null = null;

function read(): StoredDrafts | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const stored = raw ? (JSON.parse(raw) as StoredDrafts) : null;
    return stored && typeof stored.memberId === 'string' && typeof stored.pages === 'object' ? stored : null;
  } catch {
    return null;
  }
}

function write(stored: StoredDrafts | null): void {
  try {
    for (const [page, values] of Object.entries(stored?.pages ?? {})) {
      if (Object.keys(values).length === 0) delete stored!.pages[page];
    }
    if (stored && Object.keys(stored.pages).length > 0) {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
    } else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (full, disabled): the drafts are not kept, the portal works on.
  }
}

function pageAddress(): string {
  return location.pathname + location.search;
}

/**
 * A form's key on its page: the element whose shadow root holds it (its tag) and the form's id, or
 * its rank among the forms of that root.
 */
function formKey(form: HTMLFormElement): string {
  const root = form.getRootNode() as Document | ShadowRoot;
  const owner = root instanceof ShadowRoot ? root.host.localName : 'document';
  return `${owner}#${form.id || [...root.querySelectorAll('form')].indexOf(form)}`;
}

function fieldKey(field: DraftField): string | null {
  return field.form && field.name ? `${formKey(field.form)} ${field.name}` : null;
}

/** Gives `field` its kept value, if the member logged in kept one for it on this page. */
function offer(field: DraftField): void {
  if (!member) return;
  const stored = read();
  const key = fieldKey(field);
  const values = stored?.pages[pageAddress()];
  if (!stored || stored.memberId !== member || !key || !values || !(key in values)) return;
  const value = values[key]!;
  delete values[key];
  write(stored);
  field.restoreDraft(value);
  field.dispatchEvent(new CustomEvent(DRAFTS_RESTORED_EVENT, { bubbles: true, composed: true }));
}

/** A field is shown (connected): it takes its kept value if there is one. */
export function trackDraftField(field: DraftField): void {
  fields.add(field);
  offer(field);
}

export function untrackDraftField(field: DraftField): void {
  fields.delete(field);
}

/**
 * The session of `memberId` expired: what they typed in the forms shown is kept for this page.
 * Returns how many values were kept.
 */
export function saveFormDrafts(memberId: string): number {
  const previous = read();
  const stored: StoredDrafts = previous?.memberId === memberId ? previous : { memberId, pages: {} };
  const page = pageAddress();
  const values: Record<string, string> = { ...stored.pages[page] };
  let kept = 0;
  for (const field of fields) {
    const key = fieldKey(field);
    const value = field.isConnected ? field.draftValue() : undefined;
    if (!key || value === undefined) continue;
    values[key] = value;
    kept++;
  }
  stored.pages[page] = values;
  write(stored);
  return kept;
}

/**
 * Who is logged in now (null: nobody). Another member than the one who kept drafts: they are
 * deleted; the same: the fields shown take their values back (the others when shown).
 */
export function setFormDraftsMember(memberId: string | null): void {
  member = memberId;
  if (!memberId) return;
  const stored = read();
  if (!stored) return;
  if (stored.memberId !== memberId) {
    write(null);
    return;
  }
  for (const field of fields) offer(field);
}

/** The member logged out: nothing typed is kept any longer. */
export function dropFormDrafts(): void {
  write(null);
}

/** The forms of `host` (in its render root) were sent: their drafts on this page go. */
export function clearFormDrafts(host: Element & { renderRoot?: ParentNode }): void {
  const forms = [...(host.renderRoot ?? host.shadowRoot ?? host).querySelectorAll('form')];
  for (const field of fields) if (field.form && forms.includes(field.form)) field.forgetTyping();
  const stored = read();
  const values = stored?.pages[pageAddress()];
  if (!stored || !values) return;
  const prefixes = [`${host.localName}#`, ...forms.map((form) => `${formKey(form)} `)];
  for (const key of Object.keys(values)) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) delete values[key];
  }
  write(stored);
}
