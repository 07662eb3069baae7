import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';

/** The files of Swagger UI's distribution the page loads (a development dependency). */
const FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

const PAGE = `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>API du Portail Adhérent — référence (développement)</title>
  <link rel="stylesheet" href="/dev/api/swagger-ui.css">
</head>
<body>
  <main id="reference"><h1>API du Portail Adhérent</h1><p>Chargement de la description <a href="/api/openapi.json">/api/openapi.json</a>…</p></main>
  <script src="/dev/api/swagger-ui-bundle.js"></script>
  <script src="/dev/api/reference.js"></script>
</body>
</html>
`;

const START = `SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#reference', deepLinking: true });\n`;

function swaggerUiFolder(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  } catch {
    return null;
  }
}

/**
 * `/dev/api`, in development only: the API's reference page, Swagger UI over `/api/openapi.json`
 * (served from `node_modules`: development dependencies only, never in production).
 */
export function apiReferencePage() {
  const app = new Hono();
  const folder = swaggerUiFolder();
  app.get('/', (c) => {
    if (!folder)
      return c.text(
        'Swagger UI (swagger-ui-dist) est absent : installez les dépendances de développement.',
        404,
      );
    return c.html(PAGE);
  });
  app.get('/reference.js', (c) => c.body(START, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get('/:file', async (c) => {
    const file = c.req.param('file');
    // Own keys only: `/dev/api/toString` is no file (the fuzz suite found the 500).
    const type = Object.hasOwn(FILES, file) ? FILES[file] : undefined;
    if (!folder || !type) return c.text('Fichier introuvable.', 404);
    return c.body(await readFile(join(folder, file)), 200, {
      'Content-Type': type,
      'Cache-Control': 'public, max-age=3600',
    });
  });
  return app;
}
