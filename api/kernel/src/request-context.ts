import type { Context } from 'hono';
import type { SectionPage } from '../contract/pages.js';
import type { CguState } from './cgu-state.js';
import type { AuthenticatedMember } from './member-context.js';
import type { SessionRecord } from './sessions.js';
import type { WidgetGrant } from './widget-access.js';

/** Hono variables of a member-scoped route. */
export type MemberEnv = {
  Variables: {
    requestId: string;
    member: AuthenticatedMember;
    session: SessionRecord;
    /** The member's CGU state, read with the session (SPEC A3). */
    cgu: CguState;
    /** Set when a widget's token (W2), not the portal's session, stands for the member. */
    widget?: WidgetGrant;
  };
};

/**
 * The client's address from the connection's peer and `X-Forwarded-For`, given how many reverse
 * proxies in front of the portal are trusted. Each proxy appends the address it received the request
 * from, so with `trustedProxies` proxies the client is that many entries from the right; anything to
 * its left is whatever the client wrote, and never believed.
 */
export function clientIpFrom(
  peer: string | null,
  forwardedFor: string | undefined,
  trustedProxies: number,
): string | null {
  if (trustedProxies <= 0 || !forwardedFor) return peer;
  const hops = forwardedFor
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  // Fewer entries than trusted proxies: the request did not come through all of them.
  return hops.length >= trustedProxies ? (hops[hops.length - trustedProxies] ?? peer) : peer;
}

/**
 * The client's address: behind reverse proxies, `TRUST_PROXY=<number of proxies>` says how many
 * `X-Forwarded-For` entries to trust (`TRUST_PROXY=1` behind one nginx).
 */
export function clientIp(c: Context): string | null {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const peer = env?.incoming?.socket?.remoteAddress ?? null;
  return clientIpFrom(peer, c.req.header('x-forwarded-for'), Number(process.env.TRUST_PROXY ?? 0) || 0);
}

export type PageRef = Pick<SectionPage, 'feature' | 'contractKind' | 'label'>;
