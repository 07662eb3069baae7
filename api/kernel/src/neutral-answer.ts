import { setTimeout as sleep } from 'node:timers/promises';
import type { Context } from 'hono';
import { localized } from '../contract/i18n.js';

/** Every neutral answer takes at least this long, matched or not (no timing oracle). */
const NEUTRAL_MIN_MS = 700;

/**
 * The same 202 answer whether or not the request matched an account (SPEC A2, A9), sent no sooner
 * than `NEUTRAL_MIN_MS` after `started`: the work done for a real account cannot be timed. The
 * message, a French constant, in the request's language (SPEC P6).
 */
export async function neutralAnswer(c: Context, started: number, message: string): Promise<Response> {
  await atNeutralPace(started);
  return c.json({ message: localized(message) }, 202);
}

/** Waits until `NEUTRAL_MIN_MS` after `started`: an answer, or a refusal, that cannot be timed. */
export async function atNeutralPace(started: number): Promise<void> {
  const elapsed = Date.now() - started;
  if (elapsed < NEUTRAL_MIN_MS) await sleep(NEUTRAL_MIN_MS - elapsed);
}
