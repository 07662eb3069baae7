// SPEC W2 — an employer's intranet on another site than the portal, embedding its widgets.
//   npm run example:intranet            → http://localhost:4100, portal at http://localhost:3000
//   PORT=4200 PORTAL_URL=http://127.0.0.1:3000 node examples/intranet/server.mjs
// The portal serves the widgets to the origins the employer registered (back office, H6; the demo
// seed registers http://localhost:4100 for the Mairie de Bourges). `/?lang=en`: the same page
// declared in English (`<html lang="en">`), whose widgets then speak English (SPEC P6).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

const port = Number(process.env.PORT ?? 4100);
const host = process.env.HOST ?? '127.0.0.1';
const portal = new URL(process.env.PORTAL_URL ?? 'http://localhost:3000').href.replace(/\/$/, '');
const escaped = portal.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = readFileSync(join(import.meta.dirname, 'index.html'), 'utf8').replaceAll(
  '{{PORTAL_URL}}',
  escaped,
);

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://intranet');
  const path = url.pathname;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
  } else if (path === '/' || path === '/index.html') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    const english = url.searchParams.get('lang') === 'en';
    const body = english ? page.replace('<html lang="fr">', '<html lang="en">') : page;
    response.end(request.method === 'HEAD' ? undefined : body);
  } else {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Page introuvable.');
  }
});

server.listen(port, host, () => {
  console.log(`Intranet de démonstration : http://localhost:${port} (Portail Adhérent : ${portal})`);
});
process.on('SIGINT', () => server.close(() => process.exit(0)));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
