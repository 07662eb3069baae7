import { type CoreKernel, type KernelConfig, verifyPassword } from '@portail/kernel';
import {
  DEMO_MANAGER,
  DEMO_MEMBERS,
  DEMO_NEW_MEMBER_IDENTIFIER,
  DEMO_POST_MEMBER,
  PUBLISHED_DEMO_PASSWORDS,
} from './demo-seed.js';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * What a production start refuses before opening the database: demo seeding asked for, no mail
 * server (the development mailbox does not exist in production), links to a non-https address.
 */
export function productionConfigProblems(config: KernelConfig, env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  if (env.SEED_DEMO === '1') {
    problems.push(
      'SEED_DEMO=1 est refusé en production : les données de démonstration ont des mots de passe publiés.',
    );
  }
  if (!config.smtpUrl) {
    problems.push(
      'SMTP_URL est obligatoire en production : sans serveur de messagerie, aucun e-mail ne partirait.',
    );
  }
  const publicUrl = new URL(config.publicUrl);
  if (publicUrl.protocol !== 'https:' && !LOCAL_HOSTS.has(publicUrl.hostname)) {
    problems.push(
      `PUBLIC_URL doit être en https en production (reçu : ${config.publicUrl}) : les cookies de session sont « Secure ».`,
    );
  }
  return problems;
}

/**
 * Demo accounts in a production database: the demo manager whatever its password, and any manager
 * or demo member whose password is one published in README. Managers are few, so each is checked;
 * members are checked by the demo identifiers (a password check costs ~50 ms, too much for every
 * member of a real portfolio).
 */
export async function demoAccountsIn(kernel: CoreKernel): Promise<string[]> {
  const found: string[] = [];
  const managers = await kernel.db.selectFrom('core.managers').select(['login', 'password_hash']).execute();
  for (const manager of managers) {
    if (manager.login === DEMO_MANAGER.login) {
      found.push(`le compte gestionnaire de démonstration « ${manager.login} »`);
    } else if (await hasPublishedPassword(manager.password_hash)) {
      found.push(`le gestionnaire « ${manager.login} » (mot de passe de démonstration publié)`);
    }
  }
  const members = await kernel.db
    .selectFrom('core.members')
    .select(['identifier', 'password_hash'])
    .where('identifier', 'in', [
      ...DEMO_MEMBERS.map((m) => m.identifier),
      DEMO_NEW_MEMBER_IDENTIFIER,
      DEMO_POST_MEMBER.identifier,
    ])
    .execute();
  for (const member of members) {
    if (member.password_hash && (await hasPublishedPassword(member.password_hash))) {
      found.push(`l'adhérent « ${member.identifier} » (mot de passe de démonstration publié)`);
    }
  }
  return found;
}

async function hasPublishedPassword(hash: string): Promise<boolean> {
  for (const password of PUBLISHED_DEMO_PASSWORDS) {
    if (await verifyPassword(password, hash)) return true;
  }
  return false;
}
