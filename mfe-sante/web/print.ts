import { msg } from '@lit/localize';
/** Prints a PDF of the portal: resolves once the print is under way, rejects when it cannot start. */
export type PdfPrinter = (pdfUrl: string) => Promise<void>;

/** How long the PDF may take to load before the print is given up. */
const LOAD_TIMEOUT_MS = 20_000;

/** The same PDF shown rather than downloaded: the API answers `?inline=1` with `Content-Disposition: inline`. */
export function inlinePdfUrl(pdfUrl: string): string {
  const url = new URL(pdfUrl, location.href);
  url.searchParams.set('inline', '1');
  return url.origin === location.origin ? url.pathname + url.search : url.href;
}

export class PrintError extends Error {}

/**
 * Once `frame` has loaded the inline PDF: prints it (the browser's print of that PDF). When the
 * frame cannot be reached (the API refused the framing: `frame-ancestors`/`X-Frame-Options`), opens
 * the PDF in a new tab instead, where the browser's viewer prints it. When the API answered
 * something else than the PDF (e.g. its JSON error), throws PrintError.
 */
export function printLoadedFrame(
  frame: Pick<HTMLIFrameElement, 'contentDocument' | 'contentWindow'>,
  inlineUrl: string,
  open: (url: string) => unknown = (url) => window.open(url, '_blank', 'noopener'),
): 'printed' | 'opened' {
  let content: Document | null = null;
  try {
    content = frame.contentDocument;
  } catch {
    content = null;
  }
  const view = frame.contentWindow;
  if (!content || !view) {
    open(inlineUrl);
    return 'opened';
  }
  if (content.contentType !== 'application/pdf') throw new PrintError(`not a PDF: ${content.contentType}`);
  view.focus();
  view.print();
  return 'printed';
}

/**
 * Loads the PDF into a hidden same-origin frame appended to `host` (replacing the previous one,
 * which stays until then: removing it would cancel a print preview still open) and prints it.
 */
export function printPdf(pdfUrl: string, host: Node = document.body): Promise<void> {
  const inlineUrl = inlinePdfUrl(pdfUrl);
  for (const old of (host as ParentNode).querySelectorAll?.('iframe.pdf-print-frame') ?? []) old.remove();
  const frame = document.createElement('iframe');
  frame.className = 'pdf-print-frame';
  frame.title = msg('Impression du décompte');
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  // Through the CSSOM (a style attribute would need 'unsafe-inline'): out of sight, not display:none,
  // which would keep the PDF from being laid out for printing.
  Object.assign(frame.style, {
    position: 'fixed',
    insetInlineEnd: '0',
    insetBlockEnd: '0',
    width: '1px',
    height: '1px',
    border: '0',
    opacity: '0',
    pointerEvents: 'none',
  });
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new PrintError('timeout')), LOAD_TIMEOUT_MS);
    frame.addEventListener(
      'load',
      () => {
        clearTimeout(timer);
        try {
          printLoadedFrame(frame, inlineUrl);
          resolve();
        } catch (error) {
          reject(error);
        }
      },
      { once: true },
    );
    frame.src = inlineUrl;
    host.appendChild(frame);
  });
}
