import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { translatedLabels } from '@portail/kernel';
import {
  IDENTITY_PROVIDER_SCRIPT_ID,
  type IdentityProviderInfo,
  PORTAL_SECTIONS_ID,
  type SectionSummary,
} from '@portail/kernel/contract';
import { isLocale, LOCALE_COOKIE, type Locale, SOURCE_LOCALE } from '@portail/kernel/contract/i18n';
import { sectionOwns } from '@portail/kernel/contract/section';
import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { NONCE, secureHeaders } from 'hono/secure-headers';

/** Loaded by the shell; preloaded so Lit, single-spa and the shared packages come in one round trip. */
const PRELOADED = ['lit', 'single-spa', '@portail/shared-design', '@portail/runtime', '@portail/shell'];

interface ImportMap {
  imports: Record<string, string>;
}

/** Reads a JSON file of the deployment (import map, widget bundles), again whenever a release changed it. */
function deployFileReader<T>(file: string) {
  let cached: { mtimeMs: number; value: T } | null = null;
  return (): T | null => {
    if (!existsSync(file)) return null;
    const { mtimeMs } = statSync(file);
    if (!cached || cached.mtimeMs !== mtimeMs)
      cached = { mtimeMs, value: JSON.parse(readFileSync(file, 'utf8')) as T };
    return cached.value;
  };
}

/** `.deploy/widgets.json`: each section's current standalone widget bundle (SPEC W2). */
type WidgetBundles = Record<string, string>;

/** Public code an intranet loads as a module script (CORS mode), from any origin. */
const WIDGET_CORS = { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' };

/**
 * The pages' headers: a strict CSP with the response's nonce. `opener: 'unsafe-none'` for the
 * popup of an intranet's widget (W2), which must keep `window.opener` to hand the token back.
 * `https`: the portal is served over https (production): HSTS, and any http address upgraded.
 */
function pageHeaders(https: boolean, opener: 'same-origin' | 'unsafe-none') {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", NONCE],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      ...(https ? { upgradeInsecureRequests: [] } : {}),
    },
    strictTransportSecurity: https ? 'max-age=31536000; includeSubDomains' : false,
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: opener,
  });
}

function escapeJsonForHtml(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/** The two applications the host serves: the members' portal and, under `/gestion`, the back office. */
const APPLICATIONS = {
  portail: { entry: '@portail/shell', element: 'portail-app', title: 'Portail Adhérent', alsoPreloaded: [] },
  // Every back-office page has forms and lists: their components come with the first round trip.
  gestion: {
    entry: '@portail/backoffice',
    element: 'portail-gestion',
    title: 'Gestion — Portail Adhérent',
    alsoPreloaded: ['@portail/shared-design/forms', '@portail/shared-design/section'],
  },
} as const;

/**
 * What the page knows of the request: its path, whether it carries a member's session cookie, and
 * the name of the section page it shows (`reglements` for `sante.reglements`), when it is one.
 */
/** SPEC P6: what the page itself says, before its scripts run, in each language. */
const PAGE_TEXTS: Record<Locale, { description: string; noscript: string }> = {
  fr: {
    description:
      'Espace en ligne des adhérents : documents, indemnisations, remboursements, compte et échanges.',
    noscript:
      'Le Portail Adhérent a besoin de JavaScript. Activez-le dans votre navigateur puis rechargez la page.',
  },
  en: {
    description: 'Online space for members: documents, benefits, reimbursements, account and messages.',
    noscript: 'The Portail Adhérent needs JavaScript. Turn it on in your browser, then reload the page.',
  },
};

/** SPEC P6: the language a browser chose (`LOCALE_COOKIE`), French otherwise. */
function requestedLocale(chosen: string | undefined): Locale {
  return isLocale(chosen) ? chosen : SOURCE_LOCALE;
}

export interface PageRequest {
  path: string;
  signedIn: boolean;
  page?: string;
  /** SPEC P7: the login page's « S'identifier avec … », when a provider is configured. */
  identityProvider?: IdentityProviderInfo | null;
  /** SPEC P6: the page's language (the browser's choice), French by default. */
  locale?: Locale;
}

/** A page of a section, as its manifest lists it: its id (`<section>.<name>`) and path. */
export interface RoutedPage {
  id: string;
  path: string;
  nested?: boolean;
}

/** The name of the section page `path` shows (its own path, or under a nested page's). */
export function pageNameOf(pages: readonly RoutedPage[], path: string): string | undefined {
  const wanted = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const page =
    pages.find((candidate) => candidate.path === wanted) ??
    pages.find((candidate) => candidate.nested && wanted.startsWith(`${candidate.path}/`));
  return page?.id.slice(page.id.indexOf('.') + 1);
}

/** How the page finds the modules to preload in the deployment (`bundleReader`). */
export interface BundleReader {
  /** The modules a bundle imports statically from its folder, by URL. */
  chunksOf(url: string): readonly string[];
  /** The portal's packages (`@portail/…`, through the import map) a bundle or its chunks import. */
  packagesOf(url: string): readonly string[];
  /** The chunk of a section page's module (`pages/define-<name>.ts`) in that section's bundle folder. */
  pageModuleOf(bundleUrl: string, name: string): string | undefined;
}

const NO_BUNDLES: BundleReader = { chunksOf: () => [], packagesOf: () => [], pageModuleOf: () => undefined };

/**
 * The modules a bundle imports statically from its own folder (its chunks, and theirs), by URL: the
 * browser would only find them once it has the bundle, one round trip later, so the page preloads
 * them with it. And a section page's module, the chunk its section element would import once
 * mounted (`chunks/define-<name>-<hash>.js`, named after its module by the build). Read from the
 * deployment once per URL or folder (an immutable folder never changes).
 */
export function bundleReader(deployDir: string): BundleReader {
  const known = new Map<string, readonly string[]>();
  const folders = new Map<string, readonly string[]>();
  const specifiers = new Map<string, readonly string[]>();
  /** What a module imports statically: `import{a as b}from"./chunks/x.js"`, `import"@portail/x"`
   * (minified); not `import(…)`, a chunk loaded on demand (a section's pages). */
  const specifiersOf = (url: string): readonly string[] => {
    let found = specifiers.get(url);
    if (!found) {
      const file = join(deployDir, url);
      const code = url.startsWith('/assets/') && existsSync(file) ? readFileSync(file, 'utf8') : '';
      found = [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"'\s]+)["']/g)].map((m) => m[1] as string);
      specifiers.set(url, found);
    }
    return found;
  };
  const importsOf = (url: string): string[] =>
    specifiersOf(url)
      .filter((specifier) => /^\.{1,2}\/.+\.js$/.test(specifier))
      .map((specifier) => new URL(specifier, `http://host${url}`).pathname);
  const chunksOf = (url: string): readonly string[] => {
    const cached = known.get(url);
    if (cached) return cached;
    const found = new Set<string>();
    const visit = (module: string) => {
      for (const imported of importsOf(module)) {
        if (found.has(imported) || imported === url) continue;
        found.add(imported);
        visit(imported);
      }
    };
    visit(url);
    const chunks = [...found];
    known.set(url, chunks);
    return chunks;
  };
  const pageModuleOf = (bundleUrl: string, name: string): string | undefined => {
    if (!bundleUrl.startsWith('/assets/')) return undefined;
    const folder = `${dirname(bundleUrl)}/chunks`;
    let files = folders.get(folder);
    if (!files) {
      const dir = join(deployDir, folder);
      files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.js')) : [];
      folders.set(folder, files);
    }
    const file = files.find((candidate) => candidate === `define-${name}-${candidate.slice(-11, -3)}.js`);
    return file && `${folder}/${file}`;
  };
  const packagesOf = (url: string): readonly string[] => [
    ...new Set(
      [url, ...chunksOf(url)].flatMap((module) =>
        specifiersOf(module).filter((specifier) => specifier.startsWith('@portail/')),
      ),
    ),
  ];
  return { chunksOf, packagesOf, pageModuleOf };
}

/**
 * The page of an application: its import map, the sections' summaries from their manifests (the
 * shell routes to them and the back office names their request kinds), and its entry.
 * For a member's page (`request.signedIn`) the bundle of the section owning the path is preloaded
 * with the shell's (it is imported as soon as the session is known), and `<portail-app signed-in>`
 * tells the shell to lay the page out for a member from its first render (no layout shift when the
 * session arrives).
 */
export function pageHtml(
  map: ImportMap,
  nonce: string,
  which: keyof typeof APPLICATIONS = 'portail',
  sections: readonly SectionSummary[] = [],
  request: PageRequest = { path: '/', signedIn: false },
  bundles: BundleReader = NO_BUNDLES,
): string {
  const application = APPLICATIONS[which];
  const pageLocale = which === 'portail' ? (request.locale ?? SOURCE_LOCALE) : SOURCE_LOCALE;
  const member = which === 'portail' && request.signedIn;
  const section = member ? sections.find((s) => sectionOwns(s, request.path)) : undefined;
  const preloaded = [
    ...PRELOADED.filter((s) => s !== '@portail/shell'),
    ...application.alsoPreloaded,
    // A member's page (a section's, or « Accueil ») is made of the section kit: not the login page.
    ...(member ? ['@portail/shared-design/section'] : []),
    application.entry,
    ...(section ? [section.package] : []),
  ];
  const sectionUrl = section && map.imports[section.package];
  // The page's own module, which the section element imports once mounted (the shell first waits
  // for the session): fetched from the start instead.
  const pageModule = sectionUrl && request.page ? bundles.pageModuleOf(sectionUrl, request.page) : undefined;
  // With the packages it imports (`@portail/shared-design/forms` for a page with forms).
  const pagePackages = pageModule ? bundles.packagesOf(pageModule).map((s) => map.imports[s]) : [];
  const urls = new Set(
    [...preloaded.map((s) => map.imports[s]), pageModule, ...pagePackages].flatMap((url) =>
      url ? [url, ...bundles.chunksOf(url)] : [],
    ),
  );
  const preloads = [...urls].map((url) => `<link rel="modulepreload" href="${url}">`);
  // SPEC P7: the login page's « S'identifier avec … » (name and label), when a provider is configured.
  const providerScript =
    which === 'portail' && request.identityProvider
      ? `<script type="application/json" id="${IDENTITY_PROVIDER_SCRIPT_ID}">${escapeJsonForHtml(JSON.stringify(request.identityProvider))}</script>\n`
      : '';
  return `<!doctype html>
<html lang="${pageLocale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${application.title}</title>
<link rel="icon" href="data:,">
<meta name="description" content="${PAGE_TEXTS[pageLocale].description}">
<script type="importmap" nonce="${nonce}">${escapeJsonForHtml(JSON.stringify(map))}</script>
<script type="application/json" id="${PORTAL_SECTIONS_ID}">${escapeJsonForHtml(JSON.stringify(sections))}</script>
${providerScript}${preloads.join('\n')}
<script type="module" nonce="${nonce}">import '${application.entry}';</script>
</head>
<body>
<${application.element}${member ? ' signed-in' : ''}></${application.element}>
<noscript>${PAGE_TEXTS[pageLocale].noscript}</noscript>
</body>
</html>`;
}

/**
 * The browser side: immutable versioned bundles under `/assets`, the import map, each section's
 * widget bundle at a stable URL (`/widgets/<section>.js`, W2), and the shell's page for every other
 * path (the shell routes on the client).
 */
export function webRoutes(
  deployDir: string,
  options: {
    https: boolean;
    sections: readonly SectionSummary[];
    /** The sections' pages (manifests), to preload the module of the page asked. */
    pages?: readonly RoutedPage[];
    memberCookie?: string;
    /** SPEC P7: the identity provider members may sign in with (its name and button), if any. */
    identityProvider?: IdentityProviderInfo | null;
  },
) {
  const app = new Hono<{ Variables: { secureHeadersNonce?: string } }>();
  const readMap = deployFileReader<ImportMap>(join(deployDir, 'importmap.json'));
  const readWidgets = deployFileReader<WidgetBundles>(join(deployDir, 'widgets.json'));
  const bundles = bundleReader(deployDir);

  app.use(
    '/assets/*',
    async (c, next) => {
      await next();
      if (c.res.status !== 200) return;
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
      // The same URL answers brotli, gzip or plain as the request accepts (files written at build).
      if (!c.res.headers.get('Vary')) c.header('Vary', 'Accept-Encoding');
      // Immutable: nothing to revalidate, so no Last-Modified; modules are UTF-8 whatever the charset
      // says. Some thirty bytes less on each of a page's dozen modules.
      c.res.headers.delete('Last-Modified');
      if (c.req.path.endsWith('.js')) c.header('Content-Type', 'text/javascript');
      if (c.req.path.startsWith('/assets/widgets/')) {
        for (const [name, value] of Object.entries(WIDGET_CORS)) c.header(name, value);
      }
    },
    serveStatic({ root: deployDir, precompressed: true }),
  );
  app.get('/assets/*', (c) => c.text('Fichier introuvable.', 404));

  app.get('/importmap.json', (c) => {
    const map = readMap();
    if (!map) return c.text("Le portail n'est pas construit : lancez « npm run build ».", 503);
    return c.body(JSON.stringify(map), 200, {
      'Content-Type': 'application/importmap+json',
      'Cache-Control': 'no-cache',
    });
  });

  // `<script type="module" src="https://portail…/widgets/mfe-adhesion.js">`: a stable URL that
  // loads the section's current immutable bundle, so a release moves every intranet at once.
  app.get('/widgets/:file{[a-z0-9-]+\\.js}', (c) => {
    const section = c.req.param('file').replace(/\.js$/, '');
    const bundle = readWidgets()?.[section];
    if (!bundle) return c.text('Widgets introuvables.', 404, WIDGET_CORS);
    return c.body(`export * from ${JSON.stringify(bundle)};\n`, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      ...WIDGET_CORS,
    });
  });

  const page = (c: Context<{ Variables: { secureHeadersNonce?: string } }>) => {
    if (/\.[a-z0-9]{2,5}$/i.test(c.req.path)) return c.text('Fichier introuvable.', 404);
    const map = readMap();
    if (!map) return c.text("Le portail n'est pas construit : lancez « npm run build ».", 503);
    c.header('Cache-Control', 'no-cache');
    // The page says whether it was asked with a session cookie (`signed-in`).
    c.header('Vary', 'Cookie');
    const backOffice = c.req.path === '/gestion' || c.req.path.startsWith('/gestion/');
    const nonce = c.get('secureHeadersNonce') ?? '';
    const signedIn = Boolean(options.memberCookie && getCookie(c, options.memberCookie));
    const locale = backOffice ? SOURCE_LOCALE : requestedLocale(getCookie(c, LOCALE_COOKIE));
    return c.html(
      pageHtml(
        map,
        nonce,
        backOffice ? 'gestion' : 'portail',
        translatedLabels(options.sections, locale),
        {
          path: c.req.path,
          signedIn,
          page: pageNameOf(options.pages ?? [], c.req.path),
          identityProvider: options.identityProvider,
          locale,
        },
        bundles,
      ),
    );
  };
  app.get('/widgets/*', pageHeaders(options.https, 'unsafe-none'), page);
  app.get('*', pageHeaders(options.https, 'same-origin'), page);
  return app;
}
