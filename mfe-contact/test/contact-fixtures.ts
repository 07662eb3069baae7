// Data of the section's component tests (mfe-contact/test/*.web.test.ts).

import { expect } from '@open-wc/testing';
import type { MemberRequest } from '@portail/kernel/contract';
import { HttpResponse, http } from 'msw';
import { deepQueryAll, worker } from '../../shared-design/test/section-helpers.js';

export function memberRequest(id: string, overrides: Partial<MemberRequest> = {}): MemberRequest {
  return {
    id,
    section: 'contact',
    kind: 'message',
    label: 'Message : Mes cotisations',
    status: 'pending',
    statusLabel: 'En cours de traitement',
    refusalReason: null,
    memberText: 'Bonjour, mon prélèvement de mars a échoué.',
    answer: null,
    answeredAt: null,
    createdAt: '2026-03-12T09:30:00Z',
    updatedAt: '2026-03-12T09:30:00Z',
    history: [{ at: '2026-03-12T09:30:00Z', status: 'pending', note: null }],
    attachments: [],
    estimatedAt: '2026-03-19',
    late: false,
    ...overrides,
  };
}

/** Records the bodies POSTed to `path` and answers each with `answer`. */
export function recordPosts(path: string, answer: () => Response | Promise<Response>): unknown[] {
  const bodies: unknown[] = [];
  worker.use(
    http.post(path, async ({ request }) => {
      bodies.push(await request.json().catch(() => null));
      return answer();
    }),
  );
  return bodies;
}

export const created = (request: MemberRequest) => () => HttpResponse.json(request, { status: 201 });

/** No <script> element was made from what the member typed or the server sent. */
export function expectNoScriptIn(root: Element): void {
  expect(deepQueryAll(root, 'script')).to.have.length(0);
}
