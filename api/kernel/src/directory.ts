import type { Kysely } from 'kysely';
import type { ContractKind } from '../contract/pages.js';
import { hashPassword } from './crypto.js';
import { jsonb } from './json.js';
import type { CoreDatabase } from './schema.js';
import { notifySessionChange, type SessionChange } from './session-cache.js';
import type { SessionStore } from './sessions.js';

/** Writes of reference data (employers, contracts, members, CGU): used by the seed, tests and back office. */
export class Directory {
  /** `sessions`: the running kernel's, so that its cached sessions see changes at once. */
  constructor(
    private readonly db: Kysely<CoreDatabase>,
    private readonly sessions?: SessionStore,
  ) {}

  /** Sessions read before carry the old state: this process forgets them, the others are told. */
  private async changed(change: SessionChange) {
    if (this.sessions) await this.sessions.changed(change);
    else await notifySessionChange(this.db, change);
  }

  async createEmployer(input: { name: string; adhesionCode?: string; disabledFeatures?: string[] }) {
    const row = await this.db
      .insertInto('core.employers')
      .values({
        name: input.name,
        adhesion_code: input.adhesionCode ?? null,
        disabled_features: input.disabledFeatures ?? [],
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async createContract(input: { code: string; label: string; kind: ContractKind }) {
    const row = await this.db
      .insertInto('core.contracts')
      .values(input)
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async createMember(input: {
    identifier: string;
    email: string | null;
    civility: string;
    firstName: string;
    lastName: string;
    birthDate: string;
    password: string | null;
  }) {
    const row = await this.db
      .insertInto('core.members')
      .values({
        identifier: input.identifier,
        email: input.email,
        civility: input.civility,
        first_name: input.firstName,
        last_name: input.lastName,
        birth_date: input.birthDate,
        password_hash: input.password ? await hashPassword(input.password) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async addMembership(input: {
    memberId: string;
    employerId: string | null;
    contractId: string;
    membershipNumber: string;
    startDate: string;
  }) {
    await this.db
      .insertInto('core.memberships')
      .values({
        member_id: input.memberId,
        employer_id: input.employerId,
        contract_id: input.contractId,
        membership_number: input.membershipNumber,
        start_date: input.startDate,
      })
      .execute();
    await this.changed({ memberId: input.memberId });
  }

  async publishCgu(input: {
    version: number;
    title: string;
    sections: { heading: string; paragraphs: string[] }[];
    publishedAt?: Date;
  }) {
    await this.db
      .insertInto('core.cgu_versions')
      .values({
        version: input.version,
        title: input.title,
        sections: jsonb(input.sections),
        ...(input.publishedAt ? { published_at: input.publishedAt } : {}),
      })
      .execute();
    // Every member must now accept it (SPEC A3).
    await this.changed({ all: true });
  }

  async acceptCgu(memberId: string, version: number, ip: string | null = null) {
    await this.db.insertInto('core.cgu_acceptances').values({ member_id: memberId, version, ip }).execute();
    await this.changed({ memberId });
  }

  /** `email`: where the manager's login codes go (SPEC P8: a manager always needs one). */
  async createManager(input: {
    login: string;
    displayName: string;
    password: string;
    email: string;
  }): Promise<string> {
    const row = await this.db
      .insertInto('core.managers')
      .values({
        login: input.login,
        display_name: input.displayName,
        email: input.email,
        password_hash: await hashPassword(input.password),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
}
