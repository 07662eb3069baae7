// SPEC P7 — sign-in with an identity provider (FranceConnect-style OpenID Connect), against a real
// provider (`oidc-provider`, testing-oidc.ts) on the loopback: authorization code flow with PKCE,
// state and nonce; a link only after a password login in the same browser; unlinking; every failure
// (wrong state, replayed code, wrong nonce, expired ID token, provider down) leads back to the login
// page with its French message, never to a session nor a 5xx.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { identityProviderConfig } from '@portail/kernel';
import type { IdentityLink, Menu, Problem, SessionInfo } from '@portail/kernel/contract';
import { createTestKernel, seedBasics, TEST_PASSWORD, type TestKernel } from '@portail/kernel/testing';
import { type OidcPeer, startOidcPeer } from '@portail/kernel/testing-oidc';
import { compteSlice } from '../../mfe-compte/api/index.js';

const PORTAL = 'http://localhost';
const CALLBACK = `${PORTAL}/api/auth/oidc/retour`;
const LINK_PAGE = '/connexion?fournisseur=a-relier&retour=%2Fcompte%2Fconnexion-fournisseur-identite';

/** A browser: its cookies for the portal (`app.request`) and for the provider (real HTTP). */
class Browser {
  private readonly portalCookies = new Map<string, string>();
  private readonly providerCookies = new Map<string, string>();
  csrfToken = '';

  constructor(private readonly kernel: TestKernel) {}

  private static keep(jar: Map<string, string>, response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (!value || /max-age=0/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
  }

  private static header(jar: Map<string, string>): string {
    return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  hasCookie(name: string): boolean {
    return this.portalCookies.has(name);
  }

  async portal(path: string, init: { method?: string; json?: unknown } = {}): Promise<Response> {
    const headers: Record<string, string> = { cookie: Browser.header(this.portalCookies) };
    if (init.method && init.method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    const response = await this.kernel.app.request(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
    Browser.keep(this.portalCookies, response);
    return response;
  }

  /** « Valider » on the login page, then (P8, a device the portal does not know) the e-mailed code. */
  async passwordLogin(login: string): Promise<SessionInfo> {
    let response = await this.portal('/api/auth/login', {
      method: 'POST',
      json: { login, password: TEST_PASSWORD },
    });
    if (response.status === 202) {
      const { challenge } = (await response.json()) as { challenge: string };
      await this.kernel.kernel.outbox.deliverDue();
      const mail = this.kernel.mail.sent.filter((m) => /code de vérification/.test(m.subject)).at(-1);
      const code = mail?.text.match(/\b(\d{6})\b/)?.[1];
      assert.ok(code, 'the login code was e-mailed');
      response = await this.portal('/api/auth/login/code', { method: 'POST', json: { challenge, code } });
    }
    assert.equal(response.status, 200, await response.clone().text());
    const session = (await response.json()) as SessionInfo;
    this.csrfToken = session.csrfToken;
    return session;
  }

  /** The portal's session, or null. */
  async session(): Promise<SessionInfo | null> {
    const response = await this.portal('/api/auth/session/status');
    if (response.status === 204) return null;
    const session = (await response.json()) as SessionInfo;
    this.csrfToken = session.csrfToken;
    return session;
  }

  /** Follows the provider's redirects from `url` until it sends the browser back to the portal. */
  async atProvider(url: string): Promise<string> {
    let location = url;
    for (let hop = 0; hop < 10 && !location.startsWith(PORTAL); hop++) {
      const response = await fetch(location, {
        redirect: 'manual',
        headers: { cookie: Browser.header(this.providerCookies) },
      });
      Browser.keep(this.providerCookies, response);
      const next = response.headers.get('location');
      assert.ok(next, `the provider answered ${response.status} at ${location}: ${await response.text()}`);
      location = new URL(next, location).href;
    }
    assert.ok(location.startsWith(CALLBACK), location);
    return location.slice(PORTAL.length);
  }

  /** « S'identifier avec FranceConnect »: the provider's URL the portal redirects to. */
  async start(): Promise<string> {
    const response = await this.portal('/api/auth/oidc/start');
    assert.equal(response.status, 303, await response.clone().text());
    return response.headers.get('location') ?? '';
  }

  /** The portal's answer to the provider's redirect back: where it sends the browser. */
  async back(callbackPath: string): Promise<string> {
    const response = await this.portal(callbackPath);
    assert.equal(response.status, 303, await response.clone().text());
    return response.headers.get('location') ?? '';
  }

  /** The whole sign-in: start, the provider, back at the portal. */
  async signInWithProvider(): Promise<string> {
    return this.back(await this.atProvider(await this.start()));
  }
}

async function auditActions(kernel: TestKernel, since: Date): Promise<string[]> {
  const rows = await kernel.kernel.db
    .selectFrom('core.audit_log')
    .select(['action'])
    .where('at', '>=', since)
    .orderBy('at')
    .execute();
  return rows.map((row) => row.action);
}

let peer: OidcPeer;
let t: TestKernel;
let ids: Awaited<ReturnType<typeof seedBasics>>;

before(async () => {
  peer = await startOidcPeer({ redirectUris: [CALLBACK] });
  t = await createTestKernel({
    sections: [compteSlice],
    config: {
      publicUrl: PORTAL,
      identityProvider: {
        issuer: peer.issuer,
        clientId: peer.clientId,
        clientSecret: peer.clientSecret,
        name: 'FranceConnect',
        label: "S'identifier avec FranceConnect",
      },
    },
  });
  ids = await seedBasics(t);
});

after(async () => {
  await t?.close();
  await peer?.stop();
});

describe('P7 sign-in with an identity provider (real OIDC provider on the loopback)', () => {
  test('the start sends the browser to the provider: code flow, PKCE S256, state and nonce, a short-lived HttpOnly cookie', async () => {
    const browser = new Browser(t);
    const response = await browser.portal('/api/auth/oidc/start');
    assert.equal(response.status, 303);
    const url = new URL(response.headers.get('location') ?? '');
    assert.equal(url.origin, peer.issuer);
    assert.equal(url.searchParams.get('response_type'), 'code');
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.ok(url.searchParams.get('code_challenge'));
    assert.ok(url.searchParams.get('state'));
    assert.ok(url.searchParams.get('nonce'));
    assert.equal(url.searchParams.get('redirect_uri'), CALLBACK);
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('portail_oidc='));
    assert.match(cookie ?? '', /HttpOnly/);
    assert.match(cookie ?? '', /SameSite=Lax/);
    assert.match(cookie ?? '', /Max-Age=600/);
  });

  test('an unlinked identity opens no session: the login page explains, and a password login then the confirmation link it', async () => {
    peer.signInAs('fc-alice');
    const browser = new Browser(t);
    const since = new Date();
    assert.equal(await browser.signInWithProvider(), LINK_PAGE);
    assert.equal(await browser.session(), null, 'no session for an unlinked identity');
    assert.ok(browser.hasCookie('portail_oidc_liaison'));
    // Not logged in: nothing can be linked.
    assert.equal((await browser.portal('/api/auth/oidc/liaison', { method: 'POST' })).status, 401);

    await browser.passwordLogin('A100001');
    const waiting = (await (await browser.portal('/api/auth/oidc/liaison')).json()) as IdentityLink;
    assert.deepEqual(waiting, {
      provider: 'FranceConnect',
      label: "S'identifier avec FranceConnect",
      linked: null,
      pending: true,
    });
    const linked = await browser.portal('/api/auth/oidc/liaison', { method: 'POST' });
    assert.equal(linked.status, 200, await linked.clone().text());
    const link = (await linked.json()) as IdentityLink;
    assert.ok(link.linked?.linkedAt);
    assert.equal(link.pending, false);
    assert.equal(browser.hasCookie('portail_oidc_liaison'), false, 'the waiting identity is used once');
    const row = await t.kernel.db
      .selectFrom('core.identity_links')
      .selectAll()
      .where('member_id', '=', ids.alice)
      .executeTakeFirstOrThrow();
    assert.equal(row.subject, 'fc-alice');
    assert.equal(row.issuer, new URL(peer.issuer).href);
    const actions = await auditActions(t, since);
    assert.ok(actions.includes('auth.oidc-unlinked'), actions.join());
    assert.ok(actions.includes('auth.oidc-link'), actions.join());
  });

  test('Mon compte has « Connexion avec FranceConnect » in its menu when a provider is configured', async () => {
    const browser = new Browser(t);
    await browser.passwordLogin('A100002');
    const menu = (await (await browser.portal('/api/menu')).json()) as Menu;
    const entries = menu.groups.flatMap((group) => group.entries);
    const entry = entries.find((e) => e.id === 'compte.fournisseur-identite');
    assert.deepEqual(entry && { label: entry.label, path: entry.path }, {
      label: 'Connexion avec FranceConnect',
      path: '/compte/connexion-fournisseur-identite',
    });
  });

  test('happy path: the linked member signs in through the provider and gets a session like a password login', async () => {
    peer.signInAs('fc-alice');
    const browser = new Browser(t);
    const since = new Date();
    assert.equal(await browser.signInWithProvider(), '/accueil');
    const session = await browser.session();
    assert.equal(session?.member.id, ids.alice);
    assert.equal(session?.cguRequired, false);
    // A real session: member routes answer, writes take its CSRF token.
    assert.equal((await browser.portal('/api/menu')).status, 200);
    const actions = await auditActions(t, since);
    assert.ok(actions.includes('auth.oidc-login'), actions.join());
    const link = (await (await browser.portal('/api/auth/oidc/liaison')).json()) as IdentityLink;
    assert.ok(link.linked?.lastUsedAt, 'its last use is noted');
    // Logout ends it as any session.
    assert.equal((await browser.portal('/api/auth/logout', { method: 'POST' })).status, 204);
    assert.equal(await browser.session(), null);
  });

  test('back where the member was asked to log in (`retour`), a path of the portal only', async () => {
    peer.signInAs('fc-alice');
    const browser = new Browser(t);
    const start = async (retour: string) => {
      const response = await browser.portal(`/api/auth/oidc/start?retour=${encodeURIComponent(retour)}`);
      assert.equal(response.status, 303);
      return browser.back(await browser.atProvider(response.headers.get('location') ?? ''));
    };
    assert.equal(await start('/adhesion/contrat?tri=date'), '/adhesion/contrat?tri=date');
    for (const elsewhere of [
      '//evil.example/x',
      'https://evil.example/',
      '/\\evil.example',
      '/api/menu',
      '/connexion',
    ]) {
      assert.equal(await start(elsewhere), '/accueil', elsewhere);
    }
  });

  test('wrong state: the provider’s answer for another state opens no session', async () => {
    peer.signInAs('fc-alice');
    const browser = new Browser(t);
    const callback = new URL(await browser.atProvider(await browser.start()), PORTAL);
    callback.searchParams.set('state', 'forged-state');
    const since = new Date();
    assert.equal(await browser.back(callback.pathname + callback.search), '/connexion?fournisseur=echec');
    assert.equal(await browser.session(), null);
    assert.ok((await auditActions(t, since)).includes('auth.oidc-login-failed'));
  });

  test('replayed code: a code used once opens no second session, even with a fresh flow', async () => {
    peer.signInAs('fc-alice');
    const browser = new Browser(t);
    const callback = await browser.atProvider(await browser.start());
    assert.equal(await browser.back(callback), '/accueil');
    // The same answer again: its flow was used.
    const attacker = new Browser(t);
    assert.equal(await attacker.back(callback), '/connexion?fournisseur=echec');
    assert.equal(await attacker.session(), null);
    // With a flow of its own whose state the attacker puts in: the provider refuses the code
    // (already used, and another PKCE verifier).
    const fresh = new URL(await attacker.start());
    const replay = new URL(callback, PORTAL);
    replay.searchParams.set('state', fresh.searchParams.get('state') ?? '');
    assert.equal(await attacker.back(replay.pathname + replay.search), '/connexion?fournisseur=echec');
    assert.equal(await attacker.session(), null);
  });

  test('wrong nonce: an ID token for another nonce is refused', async () => {
    peer.signInAs('fc-alice');
    const browser = new Browser(t);
    const authorize = new URL(await browser.start());
    authorize.searchParams.set('nonce', 'nonce-of-another-flow');
    const callback = await browser.atProvider(authorize.href);
    const since = new Date();
    assert.equal(await browser.back(callback), '/connexion?fournisseur=echec');
    assert.equal(await browser.session(), null);
    const failure = await t.kernel.db
      .selectFrom('core.audit_log')
      .select('after')
      .where('action', '=', 'auth.oidc-login-failed')
      .where('at', '>=', since)
      .executeTakeFirstOrThrow();
    assert.match(JSON.stringify(failure.after), /nonce/);
  });

  test('expired ID token: refused, no session', async () => {
    peer.signInAs('fc-alice');
    peer.issueExpiredIdTokens(true);
    try {
      const browser = new Browser(t);
      const since = new Date();
      assert.equal(await browser.signInWithProvider(), '/connexion?fournisseur=echec');
      assert.equal(await browser.session(), null);
      const failure = await t.kernel.db
        .selectFrom('core.audit_log')
        .select('after')
        .where('action', '=', 'auth.oidc-login-failed')
        .where('at', '>=', since)
        .executeTakeFirstOrThrow();
      assert.match(JSON.stringify(failure.after), /exp/);
    } finally {
      peer.issueExpiredIdTokens(false);
    }
  });

  test('a session older than the identity never links it: a password login must come after the provider', async () => {
    peer.signInAs('fc-sam');
    const browser = new Browser(t);
    await browser.passwordLogin('S200001');
    // Logged in already, then the provider (an identity nobody linked): waiting, not confirmable.
    assert.equal(await browser.signInWithProvider(), LINK_PAGE);
    const link = (await (await browser.portal('/api/auth/oidc/liaison')).json()) as IdentityLink;
    assert.equal(link.pending, false);
    const refused = await browser.portal('/api/auth/oidc/liaison', { method: 'POST' });
    assert.equal(refused.status, 409);
    assert.match(((await refused.json()) as Problem).detail, /Aucune identité FranceConnect n'attend/);
  });

  test('an identity linked to a member cannot be linked to another one', async () => {
    peer.signInAs('fc-alice');
    const browser = new Browser(t);
    // Alice's identity, unlinked for a moment in another browser's eyes: Bruno cannot take it.
    await t.kernel.db.updateTable('core.identity_links').set({ subject: 'fc-alice-moved' }).execute();
    assert.equal(await browser.signInWithProvider(), LINK_PAGE);
    await t.kernel.db.updateTable('core.identity_links').set({ subject: 'fc-alice' }).execute();
    await browser.passwordLogin('A100002');
    const refused = await browser.portal('/api/auth/oidc/liaison', { method: 'POST' });
    assert.equal(refused.status, 409);
    assert.match(((await refused.json()) as Problem).detail, /déjà reliée à un autre espace/);
  });

  test('a second member neither sees nor unlinks the first one’s link', async () => {
    const bruno = new Browser(t);
    await bruno.passwordLogin('A100002');
    const own = (await (await bruno.portal('/api/auth/oidc/liaison')).json()) as IdentityLink;
    assert.equal(own.linked, null);
    const removed = await bruno.portal('/api/auth/oidc/liaison', { method: 'DELETE' });
    assert.equal(removed.status, 404);
    assert.match(((await removed.json()) as Problem).detail, /Aucune identité FranceConnect n'est reliée/);
    const alice = await t.kernel.db
      .selectFrom('core.identity_links')
      .select('subject')
      .where('member_id', '=', ids.alice)
      .executeTakeFirst();
    assert.equal(alice?.subject, 'fc-alice', "Alice's link is untouched");
  });

  test('unlinking: the member removes the link; the provider then leads to the link page again', async () => {
    const browser = new Browser(t);
    await browser.passwordLogin('A100001');
    const since = new Date();
    assert.equal((await browser.portal('/api/auth/oidc/liaison', { method: 'DELETE' })).status, 204);
    const link = (await (await browser.portal('/api/auth/oidc/liaison')).json()) as IdentityLink;
    assert.equal(link.linked, null);
    assert.ok((await auditActions(t, since)).includes('auth.oidc-unlink'));
    assert.equal((await browser.portal('/api/auth/oidc/liaison', { method: 'DELETE' })).status, 404);
    peer.signInAs('fc-alice');
    const other = new Browser(t);
    assert.equal(await other.signInWithProvider(), LINK_PAGE);
    assert.equal(await other.session(), null);
  });

  test('the CGU gate still applies to a session opened through the provider (A3)', async () => {
    peer.signInAs('fc-alice');
    const browser = new Browser(t);
    assert.equal(await browser.signInWithProvider(), LINK_PAGE);
    await browser.passwordLogin('A100001');
    assert.equal((await browser.portal('/api/auth/oidc/liaison', { method: 'POST' })).status, 200);
    await t.directory.publishCgu({
      version: 2,
      title: "Conditions générales d'utilisation",
      sections: [{ heading: 'Objet', paragraphs: ['Texte, version 2.'] }],
    });
    const next = new Browser(t);
    assert.equal(await next.signInWithProvider(), '/accueil');
    assert.equal((await next.session())?.cguRequired, true);
    assert.equal((await next.portal('/api/menu')).status, 403);
  });
});

describe('P7 provider down, or not configured', () => {
  test('provider down: the start and the return lead to « FranceConnect est momentanément indisponible », never a 5xx', async () => {
    const down = await startOidcPeer({ redirectUris: [CALLBACK] });
    const portal = await createTestKernel({
      config: {
        publicUrl: PORTAL,
        identityProvider: {
          issuer: down.issuer,
          clientId: down.clientId,
          clientSecret: down.clientSecret,
          name: 'FranceConnect',
          label: "S'identifier avec FranceConnect",
        },
      },
    });
    try {
      const browser = new Browser(portal);
      // Up for the start and at the provider, gone when the portal exchanges the code.
      const callback = await browser.atProvider(await browser.start());
      await down.stop();
      assert.equal(await browser.back(callback), '/connexion?fournisseur=indisponible');
      assert.equal(await browser.session(), null);
      // Down from the start: a portal that never reached it says so at once.
      const never = await createTestKernel({
        config: {
          publicUrl: PORTAL,
          identityProvider: {
            issuer: down.issuer,
            clientId: down.clientId,
            clientSecret: down.clientSecret,
            name: 'FranceConnect',
            label: "S'identifier avec FranceConnect",
          },
        },
      });
      try {
        const answer = await new Browser(never).portal('/api/auth/oidc/start');
        assert.equal(answer.status, 303);
        assert.equal(answer.headers.get('location'), '/connexion?fournisseur=indisponible');
      } finally {
        await never.close();
      }
    } finally {
      await portal.close();
      await down.stop().catch(() => {});
    }
  });

  test('not configured: no sign-in with a provider, its routes answer a French 404', async () => {
    const portal = await createTestKernel({ sections: [compteSlice] });
    try {
      await seedBasics(portal);
      const browser = new Browser(portal);
      for (const path of ['/api/auth/oidc/start', '/api/auth/oidc/retour?code=x&state=y']) {
        const response = await browser.portal(path);
        assert.equal(response.status, 404, path);
        assert.match(((await response.json()) as Problem).detail, /pas proposée par ce portail/);
      }
      await browser.passwordLogin('A100001');
      assert.equal((await browser.portal('/api/auth/oidc/liaison')).status, 404);
      // Mon compte's menu has no entry for it.
      const menu = (await (await browser.portal('/api/menu')).json()) as Menu;
      const ids = menu.groups.flatMap((group) => group.entries.map((e) => e.id));
      assert.ok(ids.includes('compte.intranets'));
      assert.equal(ids.includes('compte.fournisseur-identite'), false);
    } finally {
      await portal.close();
    }
  });
});

describe('P7 configuration (OIDC_* variables)', () => {
  const base = {
    OIDC_ISSUER: 'https://fc.example.gouv.fr/api/v2',
    OIDC_CLIENT_ID: 'id',
    OIDC_CLIENT_SECRET: 's',
  };

  test('none set: no provider; the provider’s name and button have defaults', () => {
    assert.equal(identityProviderConfig({}), null);
    assert.deepEqual(identityProviderConfig(base), {
      issuer: base.OIDC_ISSUER,
      clientId: 'id',
      clientSecret: 's',
      name: 'FranceConnect',
      label: "S'identifier avec FranceConnect",
    });
    const other = identityProviderConfig({ ...base, OIDC_PROVIDER_NAME: 'ProConnect' });
    assert.equal(other?.label, "S'identifier avec ProConnect");
  });

  test('the server refuses to start on an incomplete or unsafe provider, saying why in French', () => {
    assert.throws(
      () => identityProviderConfig({ OIDC_ISSUER: base.OIDC_ISSUER }),
      /il manque OIDC_CLIENT_ID, OIDC_CLIENT_SECRET/,
    );
    assert.throws(() => identityProviderConfig({ OIDC_CLIENT_ID: 'id' }), /il manque OIDC_ISSUER/);
    assert.throws(
      () => identityProviderConfig({ ...base, OIDC_ISSUER: 'pas une adresse' }),
      /n'est pas une adresse valide/,
    );
    assert.throws(
      () => identityProviderConfig({ ...base, OIDC_ISSUER: 'http://fc.example.gouv.fr' }),
      /doit être une adresse https/,
    );
    assert.ok(
      identityProviderConfig({ ...base, OIDC_ISSUER: 'http://127.0.0.1:4000' }),
      'http on the loopback (tests)',
    );
    assert.throws(() => identityProviderConfig({ ...base, OIDC_PROVIDER_NAME: ' ' }), /OIDC_PROVIDER_NAME/);
  });
});
