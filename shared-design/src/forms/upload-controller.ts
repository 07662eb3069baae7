import { msg, str } from '@lit/localize';
import { UPLOAD_FIELD } from '@portail/kernel/contract/uploads';
import { clearFormDrafts, describeFailure } from '@portail/shared-design';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { PaFileField } from './pa-file-field.js';

/** What a sender gets besides the body: where to report the progress, and when to give up. */
export interface UploadSendOptions {
  /** Share of the body sent so far, from 0 to 1. */
  onProgress: (fraction: number) => void;
  signal: AbortSignal;
  /** The sending's `Idempotency-Key`: the same when it is sent again after the network failed. */
  idempotencyKey: string;
}

/**
 * Sends a multipart body and resolves with the server's answer. On a refusal it throws an error
 * with `status`, the problem's French `message` and its `fieldErrors` (as the runtime's ApiError);
 * once `signal` aborts, an AbortError DOMException. Typically the runtime's `uploadForm` bound to an
 * endpoint: `(data, options) => uploadForm<T>(ENDPOINT, data, options)`.
 */
export type UploadSender<T> = (data: FormData, options: UploadSendOptions) => Promise<T>;

/** The server's refusal of an upload, as a form shows it. */
export interface UploadRefusal {
  /** The French detail, for the form's alert. */
  message: string;
  /** The HTTP status (0 when the server could not be reached). */
  status: number;
  /** Field name → the server's message (the problem's `errors`). */
  fieldErrors: Record<string, string>;
  /** For the pa-file-field: the server's message on the files, else the detail of a 413 or 415, else ''. */
  fileError: string;
}

export type UploadOutcome<T> =
  | { kind: 'sent'; value: T }
  | { kind: 'refused'; refusal: UploadRefusal }
  /** The host left the page while sending: nothing to say. */
  | { kind: 'aborted' };

/** "Envoi de justificatif.pdf", "Envoi de 3 fichiers": what is being sent, for the progress bar. */
export function sendingLabel(data: FormData): string {
  const files = [...data.values()].filter(
    (value): value is File => value instanceof File && value.name !== '',
  );
  if (files.length === 0) return msg('Envoi en cours');
  return files.length === 1
    ? msg(str`Envoi de ${files[0]!.name}`)
    : msg(str`Envoi de ${files.length} fichiers`);
}

/** Refusals about the files themselves (too large, wrong format): the file field is marked too. */
const FILE_STATUSES = [413, 415];

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** The refusal a form shows for a failed send (any error: the runtime's ApiError or one shaped like it). */
export function refusalOf(error: unknown): UploadRefusal {
  const { message, status } = describeFailure(error);
  const given = (error as { fieldErrors?: unknown } | null)?.fieldErrors;
  const fieldErrors = given && typeof given === 'object' ? { ...(given as Record<string, string>) } : {};
  const fileError = fieldErrors[UPLOAD_FIELD] ?? (FILE_STATUSES.includes(status) ? message : '');
  return { message, status, fieldErrors, fileError };
}

/** The server's messages of the fields named `names` only (those it gave). */
export function fieldErrorsFor<N extends string>(
  refusal: UploadRefusal,
  names: readonly N[],
): Partial<Record<N, string>> {
  return Object.fromEntries(
    names.filter((name) => refusal.fieldErrors[name]).map((name) => [name, refusal.fieldErrors[name]]),
  ) as Partial<Record<N, string>>;
}

/**
 * Whether `field` holds the files it needs; when it does not, its message shows (the contract's
 * UPLOAD_MESSAGES.required) and it takes the focus.
 */
export async function filesReady(field: PaFileField): Promise<boolean> {
  if (field.validate()) return true;
  await field.updateComplete;
  field.focus();
  return false;
}

/**
 * `@change` listener of a pa-file-field: a server's message on the files no longer holds once they
 * change.
 */
export function clearFileError(event: Event): void {
  (event.currentTarget as PaFileField).error = '';
}

/**
 * The sending of a form with files (SPEC C4, E3, D2, H4): `send(data)` hands the multipart body to
 * the injected sender (the transport stays with the caller: shared-design does not depend on the
 * runtime), with `busy` true and `progress` following the upload until the answer, and resolves
 * with what the form shows: the server's answer, or its refusal mapped for the fields (`fieldErrors`,
 * `fileError`), or nothing when the host left the page, which aborts the sending. It never touches
 * the form: on a refusal nothing typed or added is lost. The host ignores a submit while `busy` (no
 * double sending) and renders `renderProgress()` above its submit button: the bar names what is
 * sent and tells screen readers every 25 %. Once sent, the host's form drafts go (SPEC A8).
 */
export class UploadController<T> implements ReactiveController {
  /** A body is being sent: the submit button shows it (`?busy`) and another submit waits. */
  busy = false;
  /** Share of the body sent so far, from 0 to 1. */
  progress = 0;
  /** What is being sent ("Envoi de justificatif.pdf"). */
  private label = '';
  private aborter: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sender: UploadSender<T>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.aborter?.abort();
  }

  /**
   * The key of a sending the network cut off (it may have reached the server): the member's next
   * « Envoyer » reuses it, so the server records it once.
   */
  private retryKey: string | undefined;

  async send(data: FormData): Promise<UploadOutcome<T>> {
    this.busy = true;
    const idempotencyKey = this.retryKey ?? crypto.randomUUID();
    this.progress = 0;
    this.label = sendingLabel(data);
    this.aborter = new AbortController();
    this.host.requestUpdate();
    try {
      const onProgress = (fraction: number) => {
        this.progress = fraction;
        this.host.requestUpdate();
      };
      const value = await this.sender(data, { onProgress, signal: this.aborter.signal, idempotencyKey });
      this.retryKey = undefined;
      if (this.host instanceof Element) clearFormDrafts(this.host);
      return { kind: 'sent', value };
    } catch (error) {
      if (isAbort(error)) return { kind: 'aborted' };
      const refusal = refusalOf(error);
      this.retryKey = refusal.status === 0 ? idempotencyKey : undefined;
      return { kind: 'refused', refusal };
    } finally {
      this.busy = false;
      this.aborter = undefined;
      this.host.requestUpdate();
    }
  }

  /** The progress bar while sending ("Envoi de justificatif.pdf… 45 %"), nothing otherwise. */
  renderProgress() {
    return this.busy
      ? html`<pa-progress .value=${this.progress} .label=${this.label}></pa-progress>`
      : nothing;
  }
}
