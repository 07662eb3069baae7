// A member of their own for each journey: created through the portal's kernel on its database (as
// the demo seed creates Claire Martin and the others), so that what one journey does to its member
// (a claim, a change, a message…) is never what another journey reads.
import { randomInt } from 'node:crypto';
import type { TestContext } from 'node:test';
import { Directory } from '@portail/kernel';
import type { BrowserContext, Page } from 'playwright-core';
import { compteDb } from '../mfe-compte/api/tables.js';
import { DEMO_PASSWORD, logIn, type RunningPortal } from './harness.js';

/** The demo's employers (SPEC A6: the Mairie de Bourges allows online claims, Vierzon does not). */
export const BOURGES = 'Mairie de Bourges';
export const VIERZON = 'Centre hospitalier de Vierzon';

/** The demo's contracts, by kind. */
const CONTRACT_CODES = { prevoyance: 'PREV-MS-2024', sante: 'SANTE-IND-2025' } as const;
export type ContractKind = keyof typeof CONTRACT_CODES;

export interface MemberOptions {
  /** The employer of the memberships (the demo's, by name); `null`: an individual contract. */
  employer?: typeof BOURGES | typeof VIERZON | null;
  /** One membership per contract kind given (prévoyance by default). */
  contracts?: ContractKind[];
  /**
   * `'current'` (default): the latest CGU accepted, the member goes straight to the portal;
   * `'previous'`: only the first version accepted (as Claire Martin), the new one to accept at login;
   * `'none'`: none accepted yet.
   */
  cgu?: 'current' | 'previous' | 'none';
  /** `false`: no account yet (no password: SPEC A9 « Créer mon espace »), and no CGU accepted. */
  account?: boolean;
  /** `false`: no e-mail on the member's file (an A9 activation code then goes by post). */
  email?: boolean;
  civility?: string;
  firstName?: string;
  lastName?: string;
  /** The member's file in « Mon compte »: postal address and bank details (SPEC D1). */
  address?: { line1: string; postalCode: string; city: string };
  iban?: string;
  bic?: string;
  /** The mobile and its alerts (D1, D3): the kernel's contact channels. */
  mobile?: string;
  smsAlert?: boolean;
}

export interface Member {
  id: string;
  identifier: string;
  /** '' when the member's file has none. */
  email: string;
  /** What the member logs in with (once their account exists). */
  password: string;
  civility: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  /** The number of the first membership (`0xxxxxx`), as documents and the back office print it. */
  membershipNumber: string;
  /** The employer's name and id (null: an individual contract). */
  employer: string | null;
  employerId: string | null;
}

const FIRST_NAMES = ['Camille', 'Léa', 'Hugo', 'Manon', 'Louis', 'Chloé', 'Jules', 'Inès', 'Nathan', 'Emma'];
const LAST_NAMES = ['Durand', 'Lefèvre', 'Moreau', 'Girard', 'Roux', 'Fournier', 'Morel', 'Mercier', 'Blanc'];
const pickOne = <T>(list: readonly T[]) => list[randomInt(list.length)]!;

/** "Lefèvre" → "lefevre": a name as an e-mail address writes it. */
const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');

/**
 * A new member of the demo portal, ready to log in (with the portal's member password): one
 * membership of each contract kind asked for, with the employer asked for; identifier `T` and six
 * digits, never one of the demo's.
 */
export async function freshMember(running: RunningPortal, options: MemberOptions = {}): Promise<Member> {
  const { kernel } = running;
  const directory = new Directory(kernel.db, kernel.sessions);
  const employerName = options.employer === undefined ? BOURGES : options.employer;
  const civility = options.civility ?? 'Mme';
  const firstName = options.firstName ?? pickOne(FIRST_NAMES);
  const lastName = options.lastName ?? pickOne(LAST_NAMES);
  const birthDate = `19${randomInt(60, 99)}-0${randomInt(1, 10)}-${randomInt(10, 29)}`;
  const password = DEMO_PASSWORD;
  let id = '';
  let identifier = '';
  let email = '';
  // A random identifier, drawn again in the rare case it is taken.
  for (let attempt = 0; !id; attempt += 1) {
    const digits = String(randomInt(100_000, 1_000_000));
    identifier = `T${digits}`;
    email = options.email === false ? '' : `${ascii(firstName)}.${ascii(lastName)}.${digits}@example.fr`;
    try {
      id = await directory.createMember({
        identifier,
        email: email || null,
        civility,
        firstName,
        lastName,
        birthDate,
        password: options.account === false ? null : password,
      });
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
  const employerId =
    employerName === null
      ? null
      : (
          await kernel.db
            .selectFrom('core.employers')
            .select('id')
            .where('name', '=', employerName)
            .executeTakeFirstOrThrow()
        ).id;
  const numbers: string[] = [];
  for (const kind of options.contracts ?? ['prevoyance']) {
    const contractId = await kernel.members.contractId(CONTRACT_CODES[kind]);
    if (!contractId) throw new Error(`no contract ${CONTRACT_CODES[kind]} in the demo data`);
    const membershipNumber = kind === 'sante' ? `S-${identifier.slice(1)}` : `0${identifier.slice(1)}`;
    numbers.push(membershipNumber);
    await directory.addMembership({
      memberId: id,
      employerId,
      contractId,
      membershipNumber,
      startDate: '2020-01-01',
    });
  }
  const versions = await kernel.db
    .selectFrom('core.cgu_versions')
    .select('version')
    .orderBy('version')
    .execute();
  const cgu = options.cgu ?? (options.account === false ? 'none' : 'current');
  const accepted = { current: versions.slice(-1), previous: versions.slice(0, 1), none: [] }[cgu];
  for (const { version } of accepted) await directory.acceptCgu(id, version, '192.0.2.10');
  if (options.iban || options.address) {
    const { line1, postalCode, city } = options.address ?? {};
    await compteDb(kernel.database())
      .insertInto('compte.profiles')
      .values({
        member_id: id,
        ...(options.address ? { address_line1: line1, postal_code: postalCode, city } : {}),
        iban: options.iban ?? null,
        bic: options.bic ?? null,
      })
      .execute();
  }
  await kernel.members.updateContactChannels(id, {
    ...(options.mobile ? { mobile: options.mobile } : {}),
    ...(options.smsAlert !== undefined ? { smsAlert: options.smsAlert } : {}),
  });
  return {
    id,
    identifier,
    email,
    password,
    civility,
    firstName,
    lastName,
    birthDate,
    membershipNumber: numbers[0] ?? '',
    employer: employerName,
    employerId,
  };
}

/**
 * A browser context of its own (its own cookies: its own session) with a page logged in as
 * `member` (the CGU accepted on the way when asked); closed when the test `t` ends.
 */
export async function memberPage(
  t: TestContext,
  running: RunningPortal,
  member: { identifier: string; password?: string },
  contextOptions: Parameters<RunningPortal['browser']['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await newPage(t, running, contextOptions);
  await logIn(page, running.url, member.identifier, member.password);
  return { context, page };
}

/** A browser context of its own, nobody logged in; closed when the test `t` ends. */
export async function newPage(
  t: TestContext,
  running: RunningPortal,
  contextOptions: Parameters<RunningPortal['browser']['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await running.browser.newContext(contextOptions);
  t.after(() => context.close());
  return { context, page: await context.newPage() };
}
