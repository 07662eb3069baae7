// The portal's API over real HTTP, as the browser calls it (session cookie, CSRF token): what a
// journey needs done before it starts (a claim sent, a document uploaded, a request decided) is
// done through it by the member or the manager, so that it goes through the same checks.
import { CSRF_HEADER, type SessionInfo } from '@portail/kernel/contract';
import type { ManagerSession } from '@portail/kernel/contract/gestion';
import type { LoginChallenge } from '@portail/kernel/contract/second-factor';
import { mimeTypeOf, type NamedFile } from './files.js';
import { DEMO_MANAGER, type RunningPortal } from './harness.js';
import { codesSeen, newLoginCode } from './login-code.js';

/** A client of the portal's API with its own cookies (one session), like a browser's tab. */
export class PortalClient {
  private readonly cookies = new Map<string, string>();
  private csrfToken = '';

  constructor(readonly baseUrl: string) {}

  /** A request with the session's cookie, and its CSRF token on writes; answers as it comes. */
  async fetch(
    path: string,
    init: { method?: string; json?: unknown; form?: FormData; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const method = init.method ?? (init.json !== undefined || init.form ? 'POST' : 'GET');
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    if (method !== 'GET' && this.csrfToken) headers[CSRF_HEADER] = this.csrfToken;
    let body: string | FormData | undefined = init.form;
    if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    const response = await fetch(new URL(path, this.baseUrl), { method, headers, body });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return response;
  }

  /** A request that must succeed (2xx); its JSON answer (undefined when it has none). */
  async call<T>(path: string, init: { method?: string; json?: unknown; form?: FormData } = {}): Promise<T> {
    const response = await this.fetch(path, init);
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`${init.method ?? 'POST'} ${path} answered ${response.status}: ${text}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** A multipart upload: the text fields, then the files under `fichiers` (SPEC C4 uploads). */
  upload<T>(path: string, fields: Record<string, string>, files: readonly NamedFile[]): Promise<T> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    for (const file of files) {
      form.append(
        'fichiers',
        new File([new Uint8Array(file.bytes)], file.name, { type: mimeTypeOf(file.name) }),
      );
    }
    return this.call<T>(path, { method: 'POST', form });
  }

  /** Keeps the CSRF token of the session the last login opened. */
  useCsrfToken(token: string): void {
    this.csrfToken = token;
  }
}

/** The member's API client, logged in (`member` must have accepted the latest CGU to write). */
export async function memberApi(
  running: RunningPortal,
  member: { identifier: string; password: string },
): Promise<PortalClient> {
  const client = new PortalClient(running.url);
  const seen = await codesSeen(running.url);
  const answer = await client.call<SessionInfo | LoginChallenge>('/api/auth/login', {
    json: { login: member.identifier, password: member.password },
  });
  const session =
    'challenge' in answer
      ? await withCode<SessionInfo>(client, running, answer, seen, '/api/auth/login/code')
      : answer;
  client.useCsrfToken(session.csrfToken);
  return client;
}

/** SPEC P8: the code of `challenge`, read in the mailbox as the member or manager reads it, sent. */
async function withCode<T>(
  client: PortalClient,
  running: RunningPortal,
  challenge: LoginChallenge,
  seen: Set<string>,
  path: string,
): Promise<T> {
  const code = await newLoginCode(running.url, seen);
  return client.call<T>(path, { json: { challenge: challenge.challenge, code } });
}

/** A manager's API client, logged in to the back office (the demo manager by default). */
export async function managerApi(
  running: RunningPortal,
  manager: { login: string; password: string } = DEMO_MANAGER,
): Promise<PortalClient> {
  const client = new PortalClient(running.url);
  const seen = await codesSeen(running.url);
  const challenge = await client.call<LoginChallenge>('/api/gestion/auth/login', { json: manager });
  const session = await withCode<ManagerSession>(
    client,
    running,
    challenge,
    seen,
    '/api/gestion/auth/login/code',
  );
  client.useCsrfToken(session.csrfToken);
  return client;
}
