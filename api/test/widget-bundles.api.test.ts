import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { webRoutes } from '../src/web.js';

let web: ReturnType<typeof webRoutes>;
const BUNDLE = '/assets/widgets/mfe-adhesion/0.1.0-abc/widgets.js';

before(() => {
  const deployDir = mkdtempSync(join(tmpdir(), 'portail-widgets-'));
  mkdirSync(join(deployDir, 'assets/widgets/mfe-adhesion/0.1.0-abc'), { recursive: true });
  writeFileSync(join(deployDir, BUNDLE.slice(1)), 'export {};');
  writeFileSync(join(deployDir, 'importmap.json'), JSON.stringify({ imports: {} }));
  writeFileSync(join(deployDir, 'widgets.json'), JSON.stringify({ 'mfe-adhesion': BUNDLE }));
  web = webRoutes(deployDir, { https: false, sections: [] });
});

describe('W2 widget bundles and popup served by the host', () => {
  test('a stable URL per section loads its current immutable bundle, for any origin', async () => {
    const stable = await web.request('/widgets/mfe-adhesion.js');
    assert.equal(stable.status, 200);
    assert.match(stable.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(stable.headers.get('cache-control'), 'no-cache');
    assert.equal(stable.headers.get('access-control-allow-origin'), '*');
    assert.equal(await stable.text(), `export * from "${BUNDLE}";\n`);
    const bundle = await web.request(BUNDLE);
    assert.equal(bundle.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(bundle.headers.get('access-control-allow-origin'), '*');
    assert.equal((await web.request('/widgets/mfe-compte.js')).status, 404);
  });

  test('the popup keeps its opener (COOP unsafe-none); every other page stays isolated', async () => {
    const popup = await web.request('/widgets/connexion?origin=http%3A%2F%2Flocalhost%3A4100');
    assert.equal(popup.status, 200);
    assert.equal(popup.headers.get('cross-origin-opener-policy'), 'unsafe-none');
    assert.match(popup.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    const page = await web.request('/connexion');
    assert.equal(page.headers.get('cross-origin-opener-policy'), 'same-origin');
    assert.equal(page.headers.get('access-control-allow-origin'), null);
  });
});
