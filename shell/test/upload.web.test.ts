import { expect } from '@open-wc/testing';
import { ApiError, on, PORTAIL_EVENTS, SERVICE_UNAVAILABLE, setSession, uploadForm } from '@portail/runtime';
import { delay, HttpResponse, http } from 'msw';
import { goTo, problem, restoreUrl, session, startMsw, worker } from './helpers.js';

function formWith(...files: File[]): FormData {
  const form = new FormData();
  form.append('objet', 'Remboursement');
  for (const file of files) form.append('fichiers', file);
  return form;
}

const pdf = (name: string, size = 1024) => {
  const bytes = new Uint8Array(size);
  bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
  return new File([bytes], name, { type: 'application/pdf' });
};

describe('uploadForm', () => {
  before(startMsw);
  afterEach(() => {
    worker.resetHandlers();
    setSession(null);
    restoreUrl();
  });

  it('posts the form with the CSRF header, reports progress up to 1 and returns the JSON', async () => {
    const seen: Record<string, unknown> = {};
    worker.use(
      http.post('/api/demandes', async ({ request }) => {
        seen.csrf = request.headers.get('X-CSRF-Token');
        seen.accept = request.headers.get('Accept');
        const body = await request.formData();
        seen.objet = body.get('objet');
        seen.files = (body.getAll('fichiers') as File[]).map((f) => [f.name, f.size]);
        return HttpResponse.json({ id: 'd1', fichiers: 2 }, { status: 201 });
      }),
    );
    setSession(session({ csrfToken: 'tok-9' }));
    const progress: number[] = [];
    const result = await uploadForm<{ id: string }>(
      '/api/demandes',
      formWith(pdf('a.pdf', 512 * 1024), pdf('b.pdf')),
      { onProgress: (fraction) => progress.push(fraction) },
    );
    expect(result).to.deep.equal({ id: 'd1', fichiers: 2 });
    expect(seen).to.deep.equal({
      csrf: 'tok-9',
      accept: 'application/json, application/problem+json',
      objet: 'Remboursement',
      files: [
        ['a.pdf', 512 * 1024],
        ['b.pdf', 1024],
      ],
    });
    expect(progress.at(-1)).to.equal(1);
    expect(progress.filter((f) => f === 1).length).to.equal(1);
    expect(progress.every((f, i) => f > 0 && f <= 1 && (i === 0 || f > progress[i - 1]!))).to.equal(true);
  });

  it('returns undefined for a 204', async () => {
    worker.use(http.post('/api/vide', () => new HttpResponse(null, { status: 204 })));
    expect(await uploadForm('/api/vide', formWith())).to.equal(undefined);
  });

  it('throws ApiError with the problem detail and field errors on a problem+json 400', async () => {
    worker.use(
      http.post('/api/demandes', () =>
        problem(400, 'Le formulaire contient des erreurs.', {
          errors: [{ field: 'fichiers', detail: 'Formats acceptés : JPG, PNG, PDF' }],
        }),
      ),
    );
    const error = await uploadForm('/api/demandes', formWith(pdf('a.pdf'))).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ApiError);
    const apiError = error as ApiError;
    expect([apiError.status, apiError.message]).to.deep.equal([400, 'Le formulaire contient des erreurs.']);
    expect(apiError.fieldErrors).to.deep.equal({ fichiers: 'Formats acceptés : JPG, PNG, PDF' });
  });

  it('gives the French message when the answer is not JSON', async () => {
    worker.use(http.post('/api/demandes', () => new HttpResponse('Bad gateway', { status: 502 })));
    const error = (await uploadForm('/api/demandes', formWith()).catch((e: unknown) => e)) as ApiError;
    expect([error.status, error.message]).to.deep.equal([502, SERVICE_UNAVAILABLE]);
  });

  it('emits sessionExpired on a 401, like api()', async () => {
    goTo('/indemnisations/demande');
    worker.use(
      http.post('/api/demandes', () => problem(401, 'Votre session a expiré.', { code: 'session-expired' })),
    );
    const expired: unknown[] = [];
    const stop = on(PORTAIL_EVENTS.sessionExpired, (detail) => expired.push(detail));
    await uploadForm('/api/demandes', formWith()).catch(() => {});
    stop();
    expect(expired).to.deep.equal([{ returnTo: '/indemnisations/demande' }]);
  });

  it('throws ApiError status 0 when the server cannot be reached', async () => {
    worker.use(http.post('/api/demandes', () => HttpResponse.error()));
    const error = (await uploadForm('/api/demandes', formWith()).catch((e: unknown) => e)) as ApiError;
    expect(error).to.be.instanceOf(ApiError);
    expect([error.status, error.message]).to.deep.equal([0, SERVICE_UNAVAILABLE]);
  });

  it('rejects with an AbortError when the signal aborts, before or during the upload', async () => {
    worker.use(
      http.post('/api/demandes', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = uploadForm('/api/demandes', formWith(pdf('a.pdf')), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = (await pending.catch((e: unknown) => e)) as DOMException;
    expect(error).to.be.instanceOf(DOMException);
    expect(error.name).to.equal('AbortError');

    const already = (await uploadForm('/api/demandes', formWith(), { signal: controller.signal }).catch(
      (e: unknown) => e,
    )) as DOMException;
    expect(already.name).to.equal('AbortError');
  });
});
