import { expect } from '@open-wc/testing';
import {
  ApiError,
  connectWidget,
  onWidgetToken,
  WIDGET_POPUP_BLOCKED,
  WIDGET_POPUP_CLOSED,
  WIDGET_REFUSED_CODE,
  widgetDownload,
  widgetRequest,
  widgetToken,
} from '@portail/runtime';
import { HttpResponse, http } from 'msw';
import { fakePopup, PORTAL, usePopup } from '../../shared-design/test/fake-popup.js';
import { problem, startMsw, worker } from './helpers.js';

const LIST = `${PORTAL}/api/x/liste`;
const soon = () => new Date(Date.now() + 15 * 60_000).toISOString();

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('resolved');
}

describe('@portail/runtime widget connection (W2)', () => {
  before(startMsw);
  const popup = usePopup();
  afterEach(() => {
    worker.resetHandlers();
  });

  it('opens the portal login for this origin and keeps the token its own popup hands back', async () => {
    const changes: number[] = [];
    const stop = onWidgetToken(PORTAL, () => changes.push(1));
    const connected = connectWidget(PORTAL);
    expect(popup().opened).to.deep.equal([
      `${PORTAL}/widgets/connexion?origin=${encodeURIComponent(location.origin)}`,
    ]);
    const other = fakePopup();
    try {
      // Neither another site nor another window may hand a token.
      popup().answer({ type: 'portail:jeton', token: 'faux', expiresAt: soon() }, 'https://ailleurs.example');
      other.answer({ type: 'portail:jeton', token: 'faux', expiresAt: soon() });
    } finally {
      other.restore();
    }
    expect(widgetToken(PORTAL)).to.equal(undefined);
    popup().answer({ type: 'portail:jeton', token: 'jeton-1', expiresAt: soon() });
    await connected;
    stop();
    expect(widgetToken(`${PORTAL}/`)?.token).to.equal('jeton-1');
    expect(changes).to.have.length(1);
    expect(sessionStorage.getItem(`portail-widget-jeton:${PORTAL}`)).to.include('jeton-1');

    let seen: { authorization: string | null; credentials: string; cookie: string | null } | undefined;
    worker.use(
      http.get(LIST, ({ request }) => {
        seen = {
          authorization: request.headers.get('authorization'),
          credentials: request.credentials,
          cookie: request.headers.get('cookie'),
        };
        return HttpResponse.json({ ok: true });
      }),
    );
    expect(await widgetRequest(PORTAL, '/api/x/liste')).to.deep.equal({ ok: true });
    expect(seen).to.deep.equal({ authorization: 'Bearer jeton-1', credentials: 'omit', cookie: null });
  });

  it('rejects with the portal refusal, and when the popup is closed or blocked', async () => {
    const refused = connectWidget(PORTAL);
    popup().answer({ type: 'portail:refus', detail: 'Ce site n’est pas autorisé.' });
    const error = await rejection(refused);
    expect([error.status, error.problem.code, error.message]).to.deep.equal([
      403,
      WIDGET_REFUSED_CODE,
      'Ce site n’est pas autorisé.',
    ]);

    const closed = connectWidget(PORTAL);
    popup().close();
    expect((await rejection(closed)).message).to.equal(WIDGET_POPUP_CLOSED);

    const blocked = fakePopup({ opens: false });
    try {
      expect((await rejection(connectWidget(PORTAL))).message).to.equal(WIDGET_POPUP_BLOCKED);
    } finally {
      blocked.restore();
    }
    expect(widgetToken(PORTAL)).to.equal(undefined);
  });

  it('answers 401 without any call before the member connected, and forgets a token the API refuses', async () => {
    let calls = 0;
    worker.use(
      http.get(LIST, () => {
        calls += 1;
        return problem(401, 'Reconnectez-vous.');
      }),
    );
    expect((await rejection(widgetRequest(PORTAL, '/api/x/liste'))).status).to.equal(401);
    expect(calls).to.equal(0);

    const connected = connectWidget(PORTAL);
    popup().answer({ type: 'portail:jeton', token: 'jeton-2', expiresAt: soon() });
    await connected;
    expect((await rejection(widgetRequest(PORTAL, '/api/x/liste'))).message).to.equal('Reconnectez-vous.');
    expect(calls).to.equal(1);
    expect(widgetToken(PORTAL)).to.equal(undefined);
  });

  it('follows a token another copy of the runtime on the page received or forgot', async () => {
    const connected = connectWidget(PORTAL);
    popup().answer({ type: 'portail:jeton', token: 'jeton-4', expiresAt: soon() });
    await connected;
    const changes: number[] = [];
    const stop = onWidgetToken(PORTAL, () => changes.push(1));
    const fromOtherCopy = () =>
      window.dispatchEvent(new CustomEvent('portail:widget-jeton', { detail: { origin: PORTAL, from: {} } }));
    sessionStorage.setItem(
      `portail-widget-jeton:${PORTAL}`,
      JSON.stringify({ token: 'jeton-5', expiresAt: soon() }),
    );
    fromOtherCopy();
    expect(widgetToken(PORTAL)?.token).to.equal('jeton-5');
    sessionStorage.removeItem(`portail-widget-jeton:${PORTAL}`);
    fromOtherCopy();
    stop();
    expect(widgetToken(PORTAL)).to.equal(undefined);
    expect(changes).to.have.length(2);
  });

  it('ignores an expired token', () => {
    sessionStorage.setItem(
      `portail-widget-jeton:${PORTAL}`,
      JSON.stringify({ token: 'vieux', expiresAt: new Date(Date.now() - 1000).toISOString() }),
    );
    expect(widgetToken(PORTAL)).to.equal(undefined);
    expect(sessionStorage.getItem(`portail-widget-jeton:${PORTAL}`)).to.equal(null);
  });

  it('never sends the token to another origin than its portal', async () => {
    const connected = connectWidget(PORTAL);
    popup().answer({ type: 'portail:jeton', token: 'jeton-3', expiresAt: soon() });
    await connected;
    const error = await rejection(
      widgetDownload(PORTAL, 'https://ailleurs.example/api/documents/1', 'x.pdf'),
    );
    expect(error.status).to.equal(400);
  });

  it('on the portal itself, uses the session cookie and no token', async () => {
    let authorization: string | null = 'unset';
    let credentials = '';
    worker.use(
      http.get('/api/x/liste', ({ request }) => {
        authorization = request.headers.get('authorization');
        credentials = request.credentials;
        return HttpResponse.json({ ok: true });
      }),
    );
    expect(await widgetRequest('', '/api/x/liste')).to.deep.equal({ ok: true });
    expect([authorization, credentials]).to.deep.equal([null, 'same-origin']);
  });
});
