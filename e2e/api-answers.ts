// Every `/api/` answer Chromium receives during a journey, checked against the portal's own
// `/api/openapi.json` when the portal closes (issue 20, part 4): a route, a status or a body the
// description does not match fails the journey's file.
import type { Browser, Response } from 'playwright-core';
import {
  isJson,
  OpenApiAnswers,
  type OpenApiDocument,
  type SeenAnswer,
} from '../api/test/openapi-answers.js';

async function seen(response: Response, origin: string): Promise<SeenAnswer | null> {
  const url = new URL(response.url());
  if (url.origin !== origin || !url.pathname.startsWith('/api/') || url.pathname === '/api/openapi.json') {
    return null;
  }
  const contentType = response.headers()['content-type'] ?? '';
  const status = response.status();
  // A body the page left behind (a navigation, a closed page) is checked for its route and type only.
  const body =
    isJson(contentType) && status !== 204 ? await response.json().catch(() => undefined) : undefined;
  return { method: response.request().method(), path: url.pathname, status, contentType, body };
}

/** Records the answers of every context `browser.newContext()` opens from now on. */
export function recordApiAnswers(browser: Browser, origin: string) {
  const answers: Promise<SeenAnswer | null>[] = [];
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    context.on('response', (response) => {
      answers.push(seen(response, origin).catch(() => null));
    });
    return context;
  };
  return {
    /** Resolves with the number of answers checked; rejects naming those the description does not match. */
    async check(): Promise<number> {
      const all = (await Promise.all(answers)).filter((answer): answer is SeenAnswer => answer !== null);
      if (all.length === 0) return 0;
      const document = (await (await fetch(`${origin}/api/openapi.json`)).json()) as OpenApiDocument;
      const description = new OpenApiAnswers(document);
      const failures = [
        ...new Set(all.map((answer) => description.check(answer)).filter((failure) => failure)),
      ];
      if (failures.length > 0) {
        throw new Error(`answers that /api/openapi.json does not describe:\n${failures.join('\n')}`);
      }
      return all.length;
    },
  };
}
