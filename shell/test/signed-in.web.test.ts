import './setup-elements.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setSession } from '@portail/runtime';
import type { PaPageFrame } from '@portail/shared-design';
import { HttpResponse, http } from 'msw';
import type { PortailApp } from '../src/app/portail-app.js';
import { installDocumentStyles } from '../src/document-styles.js';
import { goTo, loggedOut, memberRoutes, restoreUrl, session, startMsw, worker } from './helpers.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((ok) => {
    resolve = ok;
  });
  return { promise, resolve };
}

/** The header's height on a small screen (the frame's container query), as the member sees it. */
function headerHeight(app: PortailApp): number {
  const frame = app.querySelector<PaPageFrame>('pa-page-frame');
  return frame?.shadowRoot?.querySelector('header')?.getBoundingClientRect().height ?? 0;
}

async function openSmall(signedIn: boolean): Promise<PortailApp> {
  goTo('/adhesion/contrat');
  const wrapper = await fixture<HTMLDivElement>(
    signedIn
      ? html`<div style="width: 24rem"><portail-app signed-in></portail-app></div>`
      : html`<div style="width: 24rem"><portail-app></portail-app></div>`,
  );
  return wrapper.querySelector('portail-app') as PortailApp;
}

describe('portail-app signed-in (a page the server saw a session cookie for)', () => {
  before(() => {
    installDocumentStyles();
    return startMsw();
  });
  afterEach(() => {
    worker.resetHandlers();
    setSession(null);
    restoreUrl();
  });

  it("keeps the member's header from its first render: nothing moves when the session arrives", async () => {
    const answer = deferred<void>();
    worker.use(...memberRoutes());
    worker.use(
      http.get('/api/auth/session/status', async () => {
        await answer.promise;
        return HttpResponse.json(session());
      }),
    );
    const app = await openSmall(true);
    const frame = app.querySelector<PaPageFrame>('pa-page-frame')!;
    await frame.updateComplete;
    expect(frame.hideMenu).to.equal(false);
    expect(app.querySelector('.portail-identity-pending')).to.exist;
    const before = headerHeight(app);
    expect(before).to.be.greaterThan(0);

    answer.resolve();
    await waitUntil(() => app.querySelector('portail-identity'), 'no identity once the session came');
    await frame.updateComplete;
    expect(app.querySelector('.portail-identity-pending')).to.equal(null);
    expect(headerHeight(app)).to.equal(before);
  });

  it('lays a visitor out without the member parts when the cookie was stale', async () => {
    worker.use(loggedOut);
    const app = await openSmall(true);
    const frame = app.querySelector<PaPageFrame>('pa-page-frame')!;
    await waitUntil(() => app.querySelector('portail-login-page') && frame.hideMenu, 'no visitor layout');
    expect(app.querySelector('.portail-identity-pending')).to.equal(null);
  });

  it('without the mark, a page waits for the session with the visitor layout', async () => {
    const answer = deferred<void>();
    worker.use(
      http.get('/api/auth/session/status', async () => {
        await answer.promise;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const app = await openSmall(false);
    await app.updateComplete;
    expect(app.querySelector<PaPageFrame>('pa-page-frame')!.hideMenu).to.equal(true);
    expect(app.querySelector('.portail-identity-pending')).to.equal(null);
    answer.resolve();
    await waitUntil(() => app.querySelector('portail-login-page'), 'no login page');
  });
});
