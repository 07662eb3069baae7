import { resolve } from 'node:path';
import type { DatabaseTarget } from './database.js';

/** An S3-compatible object store for the files (`S3_URL` and the variables of README « Configuration »). */
export interface S3Config {
  /** The endpoint, e.g. `https://s3.eu-west-3.amazonaws.com` or `http://127.0.0.1:9000`. */
  url: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Keys start with it (e.g. `portail/`): one bucket may serve several portals. */
  prefix: string;
  /** `bucket` in the path (MinIO, s3rver…) rather than in the host name. */
  forcePathStyle: boolean;
}

/**
 * SPEC P7: the OpenID Connect provider members may sign in with (`OIDC_ISSUER` and its companions,
 * README « Configuration »); discovered from its issuer URL.
 */
export interface IdentityProviderConfig {
  /** The issuer URL, `https://…` (plain `http://` on the loopback only, for tests). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The name members know it by (« FranceConnect »): « S'identifier avec <name> ». */
  name: string;
  /** The login page's button (`OIDC_BUTTON_LABEL`), « S'identifier avec <name> » by default. */
  label: string;
}

export interface KernelConfig {
  database: DatabaseTarget;
  /**
   * Folder of the local files: the stored files themselves without `s3`, and in every case the
   * temporary files of uploads being received (`tmp/`).
   */
  storageDir: string;
  /** Where stored files live when not on the local disk. */
  s3: S3Config | null;
  /** The bearer token `/metrics` asks for; unset → open in development, absent in production. */
  metricsToken: string | null;
  /** Public base URL of the portal, used in e-mailed links (never taken from request headers). */
  publicUrl: string;
  /** `smtp://host:port` — when unset, e-mails stay in the development mailbox (`/dev/boite-mail`). */
  smtpUrl: string | null;
  mailFrom: string;
  /** An SMS provider's HTTP endpoint (SPEC N1); unset → development outbox, or no SMS in production. */
  smsUrl: string | null;
  /** SPEC P7: sign-in with an identity provider; absent or null → no such button, its routes 404. */
  identityProvider?: IdentityProviderConfig | null;
  /** Secure cookies, no development mailbox. */
  production: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** How long a member's session may be reused without reading it again (0: read on every request). */
  sessionCacheSeconds: number;
  resetTokenMinutes: number;
  /** A stored file no committed row names is swept once this old (crash mid-upload, rollback). */
  orphanFileAgeSeconds: number;
  /**
   * How long a process keeps the outbox messages it claimed before another may send them (renewed
   * while a send lasts): the delay of a mail whose sender died.
   */
  outboxLeaseSeconds: number;
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
    s3: s3Config(env),
    metricsToken: env.METRICS_TOKEN || null,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM ?? 'Portail Adhérent <ne-pas-repondre@portail-adherent.fr>', // i18n-ignore
    smsUrl: env.SMS_URL || null,
    identityProvider: identityProviderConfig(env),
    production: env.NODE_ENV === 'production',
    sessionIdleMinutes: Number(env.SESSION_IDLE_MINUTES ?? 30),
    sessionMaxHours: 12,
    sessionCacheSeconds: Number(env.SESSION_CACHE_SECONDS ?? 2),
    resetTokenMinutes: 30,
    orphanFileAgeSeconds: Number(env.ORPHAN_FILE_AGE_SECONDS ?? 3600),
    outboxLeaseSeconds: Number(env.OUTBOX_LEASE_SECONDS ?? 60),
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

/** The object store of `S3_URL` and its companions, or null (files on the local disk). */
function s3Config(env: NodeJS.ProcessEnv): S3Config | null {
  if (!env.S3_URL) return null;
  const missing = ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`S3_URL est défini mais il manque ${missing.join(', ')}.`); // i18n-ignore
  return {
    url: env.S3_URL,
    bucket: env.S3_BUCKET ?? '',
    region: env.S3_REGION ?? 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
    secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
    prefix: env.S3_PREFIX ?? '',
    forcePathStyle: env.S3_FORCE_PATH_STYLE !== 'false',
  };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The provider of `OIDC_ISSUER` and its companions, or null (no sign-in with a provider). */
export function identityProviderConfig(env: NodeJS.ProcessEnv): IdentityProviderConfig | null {
  if (!env.OIDC_ISSUER) {
    const stray = ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'].filter((name) => env[name]);
    if (stray.length > 0) throw new Error(`${stray.join(', ')} est défini mais il manque OIDC_ISSUER.`); // i18n-ignore
    return null;
  }
  const missing = ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'].filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`OIDC_ISSUER est défini mais il manque ${missing.join(', ')}.`); // i18n-ignore
  let issuer: URL;
  try {
    issuer = new URL(env.OIDC_ISSUER);
  } catch {
    throw new Error(`OIDC_ISSUER n'est pas une adresse valide : ${env.OIDC_ISSUER}`); // i18n-ignore
  }
  const local = issuer.protocol === 'http:' && LOOPBACK_HOSTS.has(issuer.hostname);
  if (issuer.protocol !== 'https:' && !local) {
    throw new Error('OIDC_ISSUER doit être une adresse https:// (http:// seulement sur la boucle locale).'); // i18n-ignore
  }
  const name = (env.OIDC_PROVIDER_NAME ?? 'FranceConnect').trim();
  if (!name || name.length > 40) {
    throw new Error('OIDC_PROVIDER_NAME doit faire entre 1 et 40 caractères.'); // i18n-ignore
  }
  const label = (env.OIDC_BUTTON_LABEL ?? `S'identifier avec ${name}`).trim();
  if (!label || label.length > 80) {
    throw new Error('OIDC_BUTTON_LABEL doit faire entre 1 et 80 caractères.'); // i18n-ignore
  }
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID ?? '',
    clientSecret: env.OIDC_CLIENT_SECRET ?? '',
    name,
    label,
  };
}
