import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { NONCE, secureHeaders } from 'hono/secure-headers';

/** Loaded by the shell; preloaded so Lit, single-spa and the shared packages come in one round trip. */
const PRELOADED = ['lit', 'single-spa', '@portail/shared-design', '@portail/runtime', '@portail/shell'];

interface ImportMap {
  imports: Record<string, string>;
}

/** Reads the deployment's import map, again whenever a release changed the file. */
function importMapReader(file: string) {
  let cached: { mtimeMs: number; map: ImportMap } | null = null;
  return (): ImportMap | null => {
    if (!existsSync(file)) return null;
    const { mtimeMs } = statSync(file);
    if (!cached || cached.mtimeMs !== mtimeMs)
      cached = { mtimeMs, map: JSON.parse(readFileSync(file, 'utf8')) };
    return cached.map;
  };
}

function escapeJsonForHtml(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/** The two applications the host serves: the members' portal and, under `/gestion`, the back office. */
const APPLICATIONS = {
  portail: { entry: '@portail/shell', element: 'portail-app', title: 'Portail Adhérent' },
  gestion: { entry: '@portail/backoffice', element: 'portail-gestion', title: 'Gestion — Portail Adhérent' },
} as const;

export function pageHtml(
  map: ImportMap,
  nonce: string,
  which: keyof typeof APPLICATIONS = 'portail',
): string {
  const application = APPLICATIONS[which];
  const preloaded = [...PRELOADED.filter((s) => s !== '@portail/shell'), application.entry];
  const preloads = preloaded.flatMap((s) =>
    map.imports[s] ? [`<link rel="modulepreload" href="${map.imports[s]}">`] : [],
  );
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${application.title}</title>
<link rel="icon" href="data:,">
<meta name="description" content="Espace en ligne des adhérents : documents, indemnisations, remboursements, compte et échanges.">
<script type="importmap" nonce="${nonce}">${escapeJsonForHtml(JSON.stringify(map))}</script>
${preloads.join('\n')}
<script type="module" nonce="${nonce}">import '${application.entry}';</script>
</head>
<body>
<${application.element}></${application.element}>
<noscript>Le Portail Adhérent a besoin de JavaScript. Activez-le dans votre navigateur puis rechargez la page.</noscript>
</body>
</html>`;
}

/**
 * The browser side: immutable versioned bundles under `/assets`, the import map, and the shell's
 * page for every other path (the shell routes on the client).
 */
export function webRoutes(deployDir: string, options: { production: boolean }) {
  const app = new Hono<{ Variables: { secureHeadersNonce?: string } }>();
  const readMap = importMapReader(join(deployDir, 'importmap.json'));

  app.use(
    '/assets/*',
    async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    },
    serveStatic({ root: deployDir }),
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

  app.get(
    '*',
    secureHeaders({
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
        ...(options.production ? { upgradeInsecureRequests: [] } : {}),
      },
      strictTransportSecurity: options.production ? 'max-age=31536000; includeSubDomains' : false,
      crossOriginEmbedderPolicy: false,
    }),
    (c) => {
      if (/\.[a-z0-9]{2,5}$/i.test(c.req.path)) return c.text('Fichier introuvable.', 404);
      const map = readMap();
      if (!map) return c.text("Le portail n'est pas construit : lancez « npm run build ».", 503);
      c.header('Cache-Control', 'no-cache');
      const backOffice = c.req.path === '/gestion' || c.req.path.startsWith('/gestion/');
      return c.html(pageHtml(map, c.get('secureHeadersNonce') ?? '', backOffice ? 'gestion' : 'portail'));
    },
  );
  return app;
}
