import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Answers built in memory that compress well: pages, JSON and problem+json, the import map, small
 * scripts. Never event streams (SSE), PDFs or uploaded files: those are streamed as they are.
 */
const COMPRESSIBLE =
  /^(text\/html|application\/([a-z.+-]+\+)?json|application\/importmap\+json|text\/javascript|text\/css|text\/plain)\b/i;

/** Below this, compression costs more than it saves (HTTP headers weigh a few hundred bytes). */
const THRESHOLD = 1024;

type Encoding = 'br' | 'gzip';

/** The best encoding the client accepts (`q=0` refuses one), brotli first. */
export function acceptedEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const quality = (encoding: Encoding) => accepted.get(encoding) ?? accepted.get('*') ?? 0;
  if (quality('br') > 0 && quality('br') >= quality('gzip')) return 'br';
  if (quality('gzip') > 0) return 'gzip';
  return null;
}

async function compressed(data: Uint8Array, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
  return encoding === 'br'
    ? brotli(data, {
        params: {
          // Quality 5: most of brotli's gain at a fraction of quality 11's time, per request.
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      })
    : gzipAsync(data, { level: 6 });
}

function varyOnEncoding(headers: Headers): void {
  const vary = headers.get('Vary');
  if (vary === '*' || vary?.toLowerCase().includes('accept-encoding')) return;
  headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
}

/**
 * Compresses the answers built in memory (HTML, JSON…) over 1 KB, brotli or gzip as accepted, with
 * their exact `Content-Length` and `Vary: Accept-Encoding`. Answers that are already encoded (the
 * precompressed bundles), streamed files and event streams go as they are.
 */
export function compressAnswers(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // A client that takes no encoding gets the answer as Hono built it, untouched: reading its
    // headers or body would make the server build the whole Fetch Response again, on every answer.
    // (Without Vary: a cache may keep this plain copy for all, never a compressed one for it.)
    const accepted = acceptedEncoding(c.req.header('Accept-Encoding'));
    if (!accepted) return;
    const res = c.res;
    const type = res.headers.get('Content-Type') ?? '';
    if (
      !res.body ||
      c.req.method === 'HEAD' ||
      res.status === 204 ||
      res.status === 206 ||
      res.status === 304 ||
      !COMPRESSIBLE.test(type) ||
      res.headers.has('Content-Encoding') ||
      res.headers.has('Content-Disposition') ||
      /no-transform/i.test(res.headers.get('Cache-Control') ?? '')
    ) {
      return;
    }
    const length = Number(res.headers.get('Content-Length') ?? Number.NaN);
    if (length < THRESHOLD) {
      varyOnEncoding(res.headers);
      return;
    }
    const data = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    varyOnEncoding(headers);
    const encoding = data.byteLength >= THRESHOLD ? accepted : null;
    const body: Uint8Array<ArrayBuffer> = encoding ? await compressed(data, encoding) : data;
    if (encoding) headers.set('Content-Encoding', encoding);
    headers.set('Content-Length', String(body.byteLength));
    c.res = undefined;
    c.res = new Response(body, { status: res.status, statusText: res.statusText, headers });
  };
}
