import type { Context } from 'hono';
import type { SectionPage } from '../contract/pages.js';
import type { CguState } from './cgu-state.js';
import type { AuthenticatedMember } from './member-context.js';
import type { SessionRecord } from './sessions.js';

/** Hono variables of a member-scoped route. */
export type MemberEnv = {
  Variables: {
    requestId: string;
    member: AuthenticatedMember;
    session: SessionRecord;
    /** The member's CGU state, read with the session (SPEC A3). */
    cgu: CguState;
  };
};

/** The peer address (behind a reverse proxy, set TRUST_PROXY=1 to read X-Forwarded-For). */
export function clientIp(c: Context): string | null {
  if (process.env.TRUST_PROXY === '1') {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}

export type PageRef = Pick<SectionPage, 'feature' | 'contractKind' | 'label'>;
