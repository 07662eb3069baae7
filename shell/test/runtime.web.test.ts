import { expect } from '@open-wc/testing';
import {
  ApiError,
  api,
  createSectionLifecycles,
  currentPath,
  getSession,
  loadSession,
  markDocumentRead,
  navigate,
  on,
  onRouteChange,
  PORTAIL_EVENTS,
  SERVICE_UNAVAILABLE,
  setSession,
} from '@portail/runtime';
import { HttpResponse, http } from 'msw';
import { goTo, loggedOut, problem, restoreUrl, session, startMsw, worker } from './helpers.js';

describe('@portail/runtime', () => {
  before(startMsw);
  afterEach(() => {
    worker.resetHandlers();
    setSession(null);
    restoreUrl();
  });

  it('sends the CSRF token on unsafe methods only, with same-origin JSON', async () => {
    const seen: Record<string, string | null> = {};
    worker.use(
      http.get('/api/things', ({ request }) => {
        seen.get = request.headers.get('X-CSRF-Token');
        return HttpResponse.json({ ok: 1 });
      }),
      http.post('/api/things', async ({ request }) => {
        seen.post = request.headers.get('X-CSRF-Token');
        seen.body = JSON.stringify(await request.json());
        seen.type = request.headers.get('Content-Type');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    setSession(session({ csrfToken: 'tok-1' }));
    expect(await api('/api/things')).to.deep.equal({ ok: 1 });
    expect(await api('/api/things', { method: 'POST', body: { a: 1 } })).to.equal(undefined);
    expect(seen).to.deep.equal({ get: null, post: 'tok-1', body: '{"a":1}', type: 'application/json' });
  });

  it("sends an Idempotency-Key with a member's write, and the same one when the network failed and it tries again", async () => {
    setSession(session());
    const keys: (string | null)[] = [];
    worker.use(
      http.post('/api/messages', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        // The first try never gets an answer: the network fails.
        return keys.length === 1 ? HttpResponse.error() : HttpResponse.json({ id: 'm1' }, { status: 201 });
      }),
      http.get('/api/messages', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.json([]);
      }),
    );
    expect(await api('/api/messages', { method: 'POST', body: { text: 'Bonjour' } })).to.deep.equal({
      id: 'm1',
    });
    expect(keys).to.have.length(2);
    expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
    expect(keys[1]).to.equal(keys[0]);
    await api('/api/messages', { method: 'POST', body: { text: 'Encore' } });
    expect(keys[2]).to.not.equal(keys[0], 'another action, another key');
    await api('/api/messages');
    expect(keys[3]).to.equal(null, 'a read carries none');
  });

  it('gives up after three tries without network, in French', async () => {
    setSession(session());
    let tries = 0;
    worker.use(
      http.post('/api/messages', () => {
        tries++;
        return HttpResponse.error();
      }),
    );
    const error = await api('/api/messages', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).status).to.equal(0);
    expect((error as ApiError).message).to.equal(SERVICE_UNAVAILABLE);
    expect(tries).to.equal(3);
  });

  it('throws ApiError with the problem, its French detail and the field errors', async () => {
    worker.use(
      http.post('/api/form', () =>
        problem(400, 'Le formulaire contient des erreurs.', {
          errors: [{ field: 'email', detail: 'Adresse e-mail invalide.' }],
        }),
      ),
    );
    const error = await api('/api/form', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).to.equal(400);
    expect(apiError.message).to.equal('Le formulaire contient des erreurs.');
    expect(apiError.fieldErrors).to.deep.equal({ email: 'Adresse e-mail invalide.' });
  });

  it('gives a French message when the server does not answer with JSON', async () => {
    worker.use(http.get('/api/down', () => new HttpResponse('Bad gateway', { status: 502 })));
    const error = (await api('/api/down').catch((e: unknown) => e)) as ApiError;
    expect(error.status).to.equal(502);
    expect(error.message).to.equal(SERVICE_UNAVAILABLE);
    worker.use(http.get('/api/network', () => HttpResponse.error()));
    const network = (await api('/api/network').catch((e: unknown) => e)) as ApiError;
    expect([network.status, network.message]).to.deep.equal([0, SERVICE_UNAVAILABLE]);
  });

  it('emits sessionExpired with the return path on a 401, but not for the auth routes', async () => {
    goTo('/adhesion/contrat?tri=date');
    worker.use(
      http.get('/api/adhesion/documents', () =>
        problem(401, 'Votre session a expiré.', { code: 'session-expired' }),
      ),
      http.post('/api/auth/login', () => problem(401, 'Identifiant ou mot de passe incorrect.')),
    );
    const expired: unknown[] = [];
    const stop = on(PORTAIL_EVENTS.sessionExpired, (detail) => expired.push(detail));
    await api('/api/auth/login', { method: 'POST', body: {} }).catch(() => {});
    await api('/api/adhesion/documents').catch(() => {});
    stop();
    expect(expired).to.deep.equal([{ returnTo: '/adhesion/contrat?tri=date' }]);
  });

  it('flags the session cguRequired on a 403 cgu-required', async () => {
    setSession(session());
    worker.use(
      http.get('/api/menu', () =>
        problem(403, 'Acceptez les conditions générales.', { code: 'cgu-required' }),
      ),
    );
    await api('/api/menu').catch(() => {});
    expect(getSession()?.cguRequired).to.equal(true);
  });

  it('loads the session, null when the server says nobody (204), and tells listeners', async () => {
    const changes: unknown[] = [];
    const stop = on(PORTAIL_EVENTS.sessionChanged, (detail) => changes.push(detail));
    worker.use(http.get('/api/auth/session/status', () => HttpResponse.json(session())));
    expect(await loadSession()).to.deep.equal(session());
    worker.use(loggedOut);
    expect(await loadSession()).to.equal(null);
    stop();
    expect(changes).to.deep.equal([session(), null]);
    expect(getSession()).to.equal(null);
  });

  it('marks a document read then emits documentsRead', async () => {
    setSession(session());
    let token: string | null = null;
    worker.use(
      http.post('/api/documents/:id/read', ({ params, request }) => {
        token = request.headers.get('X-CSRF-Token');
        return HttpResponse.json({ id: params.id, unread: false });
      }),
    );
    const read: unknown[] = [];
    const stop = on(PORTAIL_EVENTS.documentsRead, (detail) => read.push(detail));
    expect(await markDocumentRead('d 7')).to.deep.equal({ id: 'd 7', unread: false });
    stop();
    expect(read).to.deep.equal([{ documentIds: ['d 7'] }]);
    expect(token).to.equal('csrf-123');
  });

  it('navigates with history and reports each route change once', () => {
    goTo('/aide');
    const paths: string[] = [];
    const stop = onRouteChange((path) => paths.push(path));
    navigate('/adhesion/contrat');
    navigate('/adhesion/contrat');
    window.dispatchEvent(new PopStateEvent('popstate'));
    navigate('/compte/donnees', { replace: true });
    stop();
    navigate('/contact');
    expect(paths).to.deep.equal(['/adhesion/contrat', '/compte/donnees']);
    expect(currentPath()).to.equal('/contact');
  });

  it('creates section lifecycles that mount one element in the outlet and remove it', async () => {
    const outlet = document.createElement('div');
    const lifecycles = createSectionLifecycles('x-section-page', { label: 'Mon compte' });
    await lifecycles.bootstrap({ domElement: outlet });
    await lifecycles.mount({ domElement: outlet });
    expect(outlet.children.length).to.equal(1);
    expect(outlet.firstElementChild?.localName).to.equal('x-section-page');
    expect((outlet.firstElementChild as unknown as { label: string }).label).to.equal('Mon compte');
    await lifecycles.unmount({ domElement: outlet });
    expect(outlet.children.length).to.equal(0);
  });
});
