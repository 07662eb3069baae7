import { resolve } from 'node:path';
import type { DatabaseTarget } from './database.js';

export interface KernelConfig {
  database: DatabaseTarget;
  /** Folder of the filesystem blob store (documents, uploads). */
  storageDir: string;
  /** Public base URL of the portal, used in e-mailed links (never taken from request headers). */
  publicUrl: string;
  /** `smtp://host:port` — when unset, e-mails stay in the development mailbox (`/dev/boite-mail`). */
  smtpUrl: string | null;
  mailFrom: string;
  /** An SMS provider's HTTP endpoint (SPEC N1); unset → development outbox, or no SMS in production. */
  smsUrl: string | null;
  /** Secure cookies, no development mailbox. */
  production: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** How long a member's session may be reused without reading it again (0: read on every request). */
  sessionCacheSeconds: number;
  resetTokenMinutes: number;
  /** A stored file no committed row names is swept once this old (crash mid-upload, rollback). */
  orphanFileAgeSeconds: number;
  /** A member's uploads (justificatifs, transmissions, proofs): sendings per hour, bytes kept in all. */
  uploadLimits: { perMemberPerHour: number; quotaBytes: number };
  /** Password guessing (login-throttle.ts): free failures, the longest wait, rate limits. */
  loginLimits: {
    /** Wrong passwords from one client for one account before each try must wait. */
    freeFailures: number;
    /** Wrong passwords for one account from every client together before each try must wait. */
    freeFailuresPerAccount: number;
    maxDelayMinutes: number;
    /** Login tries from one address in 5 minutes, whatever the accounts. */
    perClientPer5Minutes: number;
    /** Login tries on the whole portal in a minute. */
    perPortalPerMinute: number;
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): KernelConfig {
  const port = Number(env.PORT ?? 3000);
  const dataDir = resolve(root, env.DATA_DIR ?? '.data');
  return {
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL }
      : { kind: 'pglite', dataDir: resolve(dataDir, 'pglite') },
    storageDir: resolve(root, env.STORAGE_DIR ?? resolve(dataDir, 'files')),
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM ?? 'Portail Adhérent <ne-pas-repondre@portail-adherent.fr>',
    smsUrl: env.SMS_URL || null,
    production: env.NODE_ENV === 'production',
    sessionIdleMinutes: Number(env.SESSION_IDLE_MINUTES ?? 30),
    sessionMaxHours: 12,
    sessionCacheSeconds: Number(env.SESSION_CACHE_SECONDS ?? 2),
    resetTokenMinutes: 30,
    orphanFileAgeSeconds: Number(env.ORPHAN_FILE_AGE_SECONDS ?? 3600),
    uploadLimits: { perMemberPerHour: 30, quotaBytes: 200 * 1024 * 1024 },
    loginLimits: {
      freeFailures: 5,
      freeFailuresPerAccount: 30,
      maxDelayMinutes: 15,
      perClientPer5Minutes: Number(env.LOGIN_ATTEMPTS_PER_CLIENT ?? 30),
      perPortalPerMinute: Number(env.LOGIN_ATTEMPTS_PER_MINUTE ?? 600),
    },
  };
}
