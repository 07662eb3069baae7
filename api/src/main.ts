import { serve } from '@hono/node-server';
import { loadConfig } from '@portail/kernel';
import {
  DEMO_INTRANET_ORIGIN,
  DEMO_MANAGER,
  DEMO_MEMBERS,
  DEMO_NEW_MEMBER,
  DEMO_PASSWORD,
  seedDemo,
} from './demo-seed.js';
import { createPortal } from './host.js';

const config = loadConfig();
const port = Number(process.env.PORT ?? 3000);
const { app, kernel } = await createPortal(config);
const seeded = process.env.SEED_DEMO === '0' ? false : await seedDemo(kernel);
kernel.outbox.start();

const server = serve({ fetch: app.fetch, port, hostname: process.env.HOST ?? '127.0.0.1' }, () => {
  const database =
    config.database.kind === 'postgres'
      ? 'PostgreSQL (DATABASE_URL)'
      : `PGlite embarqué (${config.database.dataDir})`;
  console.log(`
Portail Adhérent : ${config.publicUrl}
  base de données : ${database}${seeded ? ' — données de démonstration créées' : ''}
  e-mails : ${config.smtpUrl ? `SMTP (${new URL(config.smtpUrl).host})` : `boîte de développement ${config.publicUrl}/dev/boite-mail`}
Comptes de démonstration (mot de passe ${DEMO_PASSWORD}) :
${DEMO_MEMBERS.map((m) => `  ${m.identifier} ou ${m.email} — ${m.about}`).join('\n')}
« Créer mon espace » : ${DEMO_NEW_MEMBER.name}, n° d'adhésion ${DEMO_NEW_MEMBER.membershipNumber}, né le ${DEMO_NEW_MEMBER.birthDate}
Espace Adhésion : identifiants employeur BOURGES-2026, VIERZON-2026
Gestionnaire : ${DEMO_MANAGER.login} / ${DEMO_MANAGER.password}
Widgets sur un intranet (Mairie de Bourges) : npm run example:intranet → ${DEMO_INTRANET_ORIGIN}
`);
});

async function shutdown() {
  server.close();
  await kernel.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
