import './setup-elements.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Menu } from '@portail/kernel/contract';
import { api, on, PORTAIL_EVENTS, setSession } from '@portail/runtime';
import { LoadController } from '@portail/shared-design/section';
import { LitElement } from 'lit';
import { HttpResponse, http } from 'msw';
import type { PortailApp } from '../src/app/portail-app.js';
import {
  deepQuery,
  deepText,
  goTo,
  memberRoutes,
  menu,
  restoreUrl,
  session,
  startMsw,
  worker,
} from './helpers.js';

/** A stand-in for the browser's EventSource: the test says what the server sends. */
class FakeEventSource extends EventTarget {
  static opened: FakeEventSource[] = [];
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    super();
    FakeEventSource.opened.push(this);
  }
  close(): void {
    this.closed = true;
  }
  /** A message of the stream (`data:` JSON). */
  send(data: unknown): void {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(data) }));
  }
}

/** A list that reloads on live updates, as Suivi and the home blocks do. */
class LiveList extends LitElement {
  loads = 0;
  readonly data = new LoadController(this, async () => ++this.loads, { live: true });
  override render() {
    return this.data.render((n) => html`<p>Chargé ${n} fois</p>`);
  }
}
customElements.define('test-live-list', LiveList);

const open = () => FakeEventSource.opened.filter((source) => !source.closed);

describe('P2 live updates in the shell', () => {
  const realEventSource = window.EventSource;
  before(startMsw);
  beforeEach(() => {
    FakeEventSource.opened = [];
    (window as unknown as { EventSource: unknown }).EventSource = FakeEventSource;
  });
  afterEach(() => {
    window.EventSource = realEventSource;
    worker.resetHandlers();
    setSession(null);
    restoreUrl();
  });

  it('opens one stream for the member; an event shows an announced toast with its link, refreshes the menu markers and the open lists', async () => {
    let unread = 0;
    let menuCalls = 0;
    worker.use(
      http.get('/api/menu', () => {
        menuCalls++;
        return HttpResponse.json(menu(unread) satisfies Menu);
      }),
      ...memberRoutes(),
    );
    goTo('/accueil');
    const app = await fixture<PortailApp>(html`<portail-app></portail-app>`);
    await waitUntil(() => app.querySelector('pa-menu'), 'no menu');
    expect(open().map((source) => source.url)).to.deep.equal(['/api/evenements']);
    const list = await fixture<LiveList>(html`<test-live-list></test-live-list>`);
    await waitUntil(() => list.loads === 1, 'the list did not load');
    const updates: string[] = [];
    const stop = on(PORTAIL_EVENTS.liveUpdate, (detail) => updates.push(detail.type));

    unread = 1;
    const calls = menuCalls;
    open()[0]?.send({
      id: '7',
      type: 'document',
      title: 'Un nouveau document est disponible : « Attestation ».',
      href: '/adhesion/contrat',
    });
    const toast = app.querySelector('pa-toast.portail-live-toast');
    expect(toast).to.exist;
    await waitUntil(
      () => deepText(toast!).includes('Un nouveau document est disponible : « Attestation ».'),
      'no toast',
    );
    expect(deepQuery(toast!, '[role="status"]')).to.exist;
    const link = deepQuery(toast!, 'a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('/adhesion/contrat');
    expect(link.textContent).to.equal('Voir le détail');
    await waitUntil(() => menuCalls > calls, 'the menu was not asked again');
    await waitUntil(() => list.loads === 2, 'the list did not reload');
    // Reloaded quietly: no « Chargement… » in between.
    expect(deepText(list)).to.contain('Chargé 2 fois');
    expect(updates).to.deep.equal(['document']);
    await expect(app).to.be.accessible();
    stop();
    list.remove();
  });

  it('closes the stream at logout and when the server ends the session', async () => {
    worker.use(
      ...memberRoutes(),
      http.post('/api/auth/logout', () => new HttpResponse(null, { status: 204 })),
    );
    goTo('/accueil');
    const app = await fixture<PortailApp>(html`<portail-app></portail-app>`);
    await waitUntil(() => app.querySelector('pa-menu'), 'no menu');
    const [first] = open();
    expect(first).to.exist;
    first?.dispatchEvent(new Event('session-end'));
    expect(first?.closed).to.equal(true);

    // A new login opens a new one; logging out closes it.
    setSession(null);
    setSession(session());
    await waitUntil(() => open().length === 1, 'no stream after login');
    await api('/api/auth/logout', { method: 'POST' });
    setSession(null);
    await waitUntil(() => open().length === 0, 'the stream stayed open after logout');
  });

  it('opens nothing while the CGU wait for acceptance', async () => {
    worker.use(...memberRoutes(session({ cguRequired: true })));
    goTo('/cgu');
    const app = await fixture<PortailApp>(html`<portail-app></portail-app>`);
    await waitUntil(() => app.querySelector('portail-cgu-gate-page'), 'no CGU gate');
    expect(open()).to.deep.equal([]);
  });
});
