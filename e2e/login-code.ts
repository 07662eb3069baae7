// SPEC P8 in the journeys: a login from a browser the portal does not know (every journey's is new)
// asks for the 6-digit code sent by e-mail (or SMS); the journeys read it in the mailbox a member
// would read — the development mailbox (`/dev/boite-mail`), or in production mode the mail server the
// harness runs (e2e/mail-peer.ts) — and type it in the code step, as a member does.
import { LOGIN_CODE_SUBJECT } from '@portail/kernel/contract/second-factor';
import type { Page } from 'playwright-core';

/** The mailbox of each running portal, by its URL (the harness registers it at start). */
const mailboxes = new Map<string, string>();

export function registerMailbox(portalUrl: string, mailboxUrl: string): void {
  mailboxes.set(portalUrl, mailboxUrl);
}

interface CodeMessage {
  id: string;
  recipient: string;
  code: string;
}

function decode(text: string): string {
  return text.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
}

/** The login codes the mailbox lists now (newest first), from its HTML page. */
async function codeMessages(portalUrl: string): Promise<CodeMessage[]> {
  const mailboxUrl = mailboxes.get(portalUrl);
  if (!mailboxUrl) throw new Error(`no mailbox registered for ${portalUrl}`);
  const html = await (await fetch(mailboxUrl, { cache: 'no-store' })).text();
  const messages: CodeMessage[] = [];
  for (const match of html.matchAll(
    /<article aria-labelledby="m-([^"]+)">\s*<h2[^>]*>([^<]*)<\/h2>\s*<p class="meta">À : ([^<]*?) — [^<]*<\/p>\s*<pre>([\s\S]*?)<\/pre>/g,
  )) {
    const [, id = '', subject = '', recipient = '', body = ''] = match;
    const text = decode(body);
    // In the member's language (SPEC P6): French or English.
    const isCode =
      decode(subject) === LOGIN_CODE_SUBJECT ||
      /verification code/i.test(decode(subject)) ||
      (subject === 'SMS' && /code de vérification|verification code/i.test(text));
    const code = text.match(/\b(\d{6})\b/)?.[1];
    if (isCode && code) messages.push({ id: decode(id), recipient: decode(recipient), code });
  }
  return messages;
}

/** The codes already in the mailbox: a login's code is a new one. */
export async function codesSeen(portalUrl: string): Promise<Set<string>> {
  return new Set((await codeMessages(portalUrl)).map((m) => m.id));
}

/**
 * The newest code that was not in `seen`, once it has arrived (20 s at most). The code step names
 * no address (it is the same after a wrong password), so the journeys, which log in one at a time
 * per portal, take the code that came after their login.
 */
export async function newLoginCode(portalUrl: string, seen: Set<string>): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = (await codeMessages(portalUrl)).find((m) => !seen.has(m.id));
    if (found) return found.code;
    if (Date.now() > deadline) throw new Error(`no new login code in the mailbox of ${portalUrl}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Whether a code came to the mailbox after `seen` was taken, within `ms` (a decoy login sends none). */
export async function codeArrives(portalUrl: string, seen: Set<string>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if ((await codeMessages(portalUrl)).some((m) => !seen.has(m.id))) return true;
    if (Date.now() > deadline) return false;
    await new Promise((done) => setTimeout(done, 200));
  }
}

/**
 * After « Valider » on a login form (`page`: the portal, the widget popup or the back office): when
 * the code step shows, reads the code in the mailbox and validates it (« Se souvenir de cet appareil »
 * ticked when `remember`); when the browser is a remembered device, or the password was refused
 * (an error alert), there is nothing to do.
 * `seen`: `codesSeen()` taken before « Valider ». Resolves once the code was sent, or at once.
 */
export async function passCodeStep(
  page: Page,
  portalUrl: string,
  seen: Set<string>,
  options: { remember?: boolean; leaves?: (url: URL) => boolean } = {},
): Promise<boolean> {
  const heading = page.getByRole('heading', { name: 'Vérification de votre identité', level: 1 });
  const leaves = options.leaves ?? ((url: URL) => !url.pathname.startsWith('/connexion'));
  // Whichever comes first; the other's wait ends in a timeout nobody needs.
  const asked = await Promise.race([
    heading.waitFor({ timeout: 20_000 }).then(
      () => true,
      () => null,
    ),
    page.waitForURL(leaves, { timeout: 20_000 }).then(
      () => false,
      () => null,
    ),
    // A refusal (wrong password, lockout): no code step, the journey reads the message.
    page
      .locator('pa-alert[variant="error"]')
      .first()
      .waitFor({ timeout: 20_000 })
      .then(
        () => false,
        () => null,
      ),
  ]);
  if (asked === null)
    throw new Error(`neither the code step nor the next page after the login at ${page.url()}`);
  if (!asked) return false;
  const code = await newLoginCode(portalUrl, seen);
  await page.getByLabel('Code reçu').fill(code);
  if (options.remember) await page.getByLabel('Se souvenir de cet appareil').check();
  await page.getByRole('button', { name: 'Valider' }).click();
  return true;
}
