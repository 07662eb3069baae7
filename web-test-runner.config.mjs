// Browser component tests of every package, in Debian's Chromium, with msw mocking the API.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { WEB_PACKAGES } from './scripts/web-packages.mjs';

const mswWorker = readFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), 'utf8');

/**
 * The portal's packages resolve as the import map resolves them in the browser, to their browser
 * entry (scripts/web-packages.mjs), not to their package.json `exports` (the indexes, which define
 * nothing): `@portail/shared-design` is `shared-design/src/define.ts`, the core that registers its
 * pa-* elements, `@portail/shared-design/forms` the forms entry that registers its own. So a page
 * under test gets the pa-* elements it imports, and the forms ones only if it imports them.
 */
const importMapEntries = new Map(WEB_PACKAGES.map((pkg) => [pkg.specifier, `/${pkg.dir}/${pkg.entry}`]));

export default {
  files: [
    'shared-design/test/**/*.web.test.ts',
    'shell/test/**/*.web.test.ts',
    'backoffice/test/**/*.web.test.ts',
    'mfe-*/test/**/*.web.test.ts',
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  // A whole application booting in a test (shell, back office) takes seconds on a loaded 2-core
  // machine; a test that really hangs still fails.
  testFramework: { config: { timeout: 20000 } },
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') {
        ctx.type = 'application/javascript';
        ctx.body = mswWorker;
        return undefined;
      }
      return next();
    },
  ],
  plugins: [
    { name: 'import-map-entries', resolveImport: ({ source }) => importMapEntries.get(source) },
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
