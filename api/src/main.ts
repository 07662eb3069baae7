// The portal's process: `npm start` (development, demo data on an empty database) and
// `npm run start:prod` (`NODE_ENV=production`, the built `dist/main.js`: no demo data, ever).
import { resolve } from 'node:path';
import { type CoreKernel, type KernelConfig, type Lifecycle, loadConfig } from '@portail/kernel';
import {
  DEMO_INTRANET_ORIGIN,
  DEMO_MANAGER,
  DEMO_MEMBERS,
  DEMO_NEW_MEMBER,
  DEMO_PASSWORD,
  DEMO_POST_MEMBER,
  seedDemo,
} from './demo-seed.js';
import { createPortal } from './host.js';
import { demoAccountsIn, productionConfigProblems } from './production-checks.js';
import { servePortal } from './serve.js';

function refuseToStart(problems: string[]): never {
  console.error(
    `Le portail ne démarre pas en production :\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
  );
  process.exit(1);
}

function databaseLabel(config: KernelConfig): string {
  return config.database.kind === 'postgres'
    ? 'PostgreSQL (DATABASE_URL)'
    : `PGlite embarqué (${config.database.dataDir})`;
}

function productionBanner(config: KernelConfig): string {
  return `
Portail Adhérent (production) : ${config.publicUrl}
  base de données : ${databaseLabel(config)}
  e-mails : SMTP (${new URL(config.smtpUrl ?? '').host})
  SMS : ${config.smsUrl ? `fournisseur ${new URL(config.smsUrl).host}` : 'aucun fournisseur (SMS_URL) : les alertes SMS ne partent pas'}
`;
}

function developmentBanner(config: KernelConfig, seeded: boolean): string {
  return `
Portail Adhérent : ${config.publicUrl}
  base de données : ${databaseLabel(config)}${seeded ? ' — données de démonstration créées' : ''}
  e-mails : ${config.smtpUrl ? `SMTP (${new URL(config.smtpUrl).host})` : `boîte de développement ${config.publicUrl}/dev/boite-mail`}
  API : ${config.publicUrl}/api/openapi.json (OpenAPI 3.1), référence ${config.publicUrl}/dev/api
Comptes de démonstration (mot de passe ${DEMO_PASSWORD}) :
${DEMO_MEMBERS.map((m) => `  ${m.identifier} ou ${m.email} — ${m.about}`).join('\n')}
« Créer mon espace » : ${DEMO_NEW_MEMBER.name}, n° d'adhésion ${DEMO_NEW_MEMBER.membershipNumber}, né le ${DEMO_NEW_MEMBER.birthDate}, ${DEMO_NEW_MEMBER.email} (lien par e-mail)
  ou ${DEMO_POST_MEMBER.name}, n° d'adhésion ${DEMO_POST_MEMBER.membershipNumber}, née le ${DEMO_POST_MEMBER.birthDate} (code par courrier : voir la gestion)
Espace Adhésion : identifiants employeur BOURGES-2026, VIERZON-2026
Gestionnaire : ${DEMO_MANAGER.login} / ${DEMO_MANAGER.password}
Depuis un navigateur inconnu, la connexion demande un code à 6 chiffres (SPEC P8) : il arrive dans la boîte de développement
Widgets sur un intranet (Mairie de Bourges) : npm run example:intranet → ${DEMO_INTRANET_ORIGIN}
`;
}

/** Production never seeds and refuses a database holding demo accounts; development seeds an empty one. */
async function prepareData(config: KernelConfig, kernel: CoreKernel): Promise<boolean> {
  if (config.production) {
    const demoAccounts = await demoAccountsIn(kernel);
    if (demoAccounts.length > 0) {
      await kernel.close();
      refuseToStart(
        demoAccounts.map(
          (account) => `la base contient ${account} : supprimez-le ou changez son mot de passe.`,
        ),
      );
    }
    return false;
  }
  return process.env.SEED_DEMO === '0' ? false : seedDemo(kernel);
}

const config = loadConfig();
if (config.production) {
  const problems = productionConfigProblems(config, process.env);
  if (problems.length > 0) refuseToStart(problems);
}
const lifecycle: Lifecycle = { draining: false };
const { app, kernel } = await createPortal(config, {
  deployDir: resolve(process.env.DEPLOY_DIR ?? '.deploy'),
  lifecycle,
});
const seeded = await prepareData(config, kernel);
kernel.outbox.start();
// P3: members' archives are prepared by a worker in every process (jobs claimed with SKIP LOCKED).
kernel.dataExports.start();
// Files no committed row names (a crash mid-upload), old idempotency keys: at start, then regularly.
kernel.maintenance.start();

servePortal({
  app,
  kernel,
  lifecycle,
  port: Number(process.env.PORT ?? 3000),
  hostname: process.env.HOST ?? '127.0.0.1',
  onListening: () =>
    console.log(config.production ? productionBanner(config) : developmentBanner(config, seeded)),
});
