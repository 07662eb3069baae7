import type { Kysely } from 'kysely';
import type { Locale } from '../contract/i18n.js';
import type { ContractKind } from '../contract/pages.js';
import { isoDate } from './json.js';
import { inMemberLocale, memberLocale } from './member-locale.js';
import type { CoreDatabase } from './schema.js';
import { type AnyDatabase, coreOf } from './section-database.js';

export interface MemberProfile {
  id: string;
  identifier: string;
  civility: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  email: string | null;
}

/** How to reach the member (D1 phones, D3 alerts), for every section. */
export interface ContactChannels {
  email: string | null;
  phone: string;
  noPhone: boolean;
  mobile: string;
  emailAlert: boolean;
  smsAlert: boolean;
}

export interface MembershipDetail {
  id: string;
  contractLabel: string;
  contractKind: ContractKind;
  contractId: string;
  employerId: string | null;
  employer: string | null;
  membershipNumber: string;
  startDate: string;
  endDate: string | null;
}

export interface BeneficiaryRecord {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  relationship: 'adherent' | 'conjoint' | 'enfant';
}

/** Read access to the member's file for the sections (they never query `core` tables themselves). */
export class MemberFiles {
  constructor(private readonly db: Kysely<CoreDatabase>) {}

  /** The same reads on another connection, e.g. inside an accept hook's transaction. */
  within(db: AnyDatabase): MemberFiles {
    return new MemberFiles(coreOf(db));
  }

  async profile(memberId: string): Promise<MemberProfile> {
    const row = await this.db
      .selectFrom('core.members')
      .select([
        'id',
        'identifier',
        'civility',
        'first_name',
        'last_name',
        'email',
        isoDate('birth_date').as('birth_date'),
      ])
      .where('id', '=', memberId)
      .executeTakeFirstOrThrow();
    return {
      id: row.id,
      identifier: row.identifier,
      civility: row.civility,
      firstName: row.first_name,
      lastName: row.last_name,
      birthDate: row.birth_date,
      email: row.email,
    };
  }

  /** SPEC P6: the member's language, for what is written for them (e-mails, SMS, PDFs). */
  localeOf(memberId: string): Promise<Locale> {
    return memberLocale(this.db, memberId);
  }

  /** Runs `write` in the member's language (`withLocale`): an e-mail, an SMS or a PDF for them. */
  inLocaleOf<T>(memberId: string, write: () => T | Promise<T>): Promise<T> {
    return inMemberLocale(this.db, memberId, write);
  }

  async contactChannels(memberId: string): Promise<ContactChannels> {
    const row = await this.db
      .selectFrom('core.members')
      .select(['email', 'phone', 'no_phone', 'mobile', 'email_alert', 'sms_alert'])
      .where('id', '=', memberId)
      .executeTakeFirstOrThrow();
    return {
      email: row.email,
      phone: row.phone,
      noPhone: row.no_phone,
      mobile: row.mobile,
      emailAlert: row.email_alert,
      smsAlert: row.sms_alert,
    };
  }

  /** Changes that apply at once (D1 phones, D3 alerts); e-mail changes go through validation (D2). */
  async updateContactChannels(
    memberId: string,
    changes: Partial<Omit<ContactChannels, 'email'>>,
  ): Promise<void> {
    const set = {
      ...(changes.phone !== undefined ? { phone: changes.phone } : {}),
      ...(changes.noPhone !== undefined ? { no_phone: changes.noPhone } : {}),
      ...(changes.mobile !== undefined ? { mobile: changes.mobile } : {}),
      ...(changes.emailAlert !== undefined ? { email_alert: changes.emailAlert } : {}),
      ...(changes.smsAlert !== undefined ? { sms_alert: changes.smsAlert } : {}),
    };
    if (Object.keys(set).length === 0) return;
    await this.db.updateTable('core.members').set(set).where('id', '=', memberId).execute();
  }

  /** Locks the member's row until the transaction ends: one change of theirs at a time (D2). */
  async lock(memberId: string): Promise<void> {
    await this.db.selectFrom('core.members').select('id').where('id', '=', memberId).forUpdate().execute();
  }

  /** D2: the e-mail a manager validated becomes the member's. */
  async updateEmail(memberId: string, email: string | null): Promise<void> {
    await this.db.updateTable('core.members').set({ email }).where('id', '=', memberId).execute();
  }

  /** One membership by its id, with whose it is (the back office records payments on it, H5). */
  async membership(id: string): Promise<(MembershipDetail & { memberId: string }) | undefined> {
    const row = await this.db
      .selectFrom('core.memberships')
      .select('member_id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const [detail] = await this.memberships(row.member_id, { id });
    return detail ? { ...detail, memberId: row.member_id } : undefined;
  }

  /** The id of the contract of `code` (a product of the insurer, e.g. `PREV-COLL`). */
  async contractId(code: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('core.contracts')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirst();
    return row?.id;
  }

  async memberships(
    memberId: string,
    filter: { id?: string; kind?: ContractKind } = {},
  ): Promise<MembershipDetail[]> {
    let query = this.db
      .selectFrom('core.memberships as ms')
      .innerJoin('core.contracts as ct', 'ct.id', 'ms.contract_id')
      .leftJoin('core.employers as e', 'e.id', 'ms.employer_id')
      .select([
        'ms.id',
        'ct.label',
        'ct.kind',
        'ms.contract_id',
        'ms.employer_id',
        'e.name as employer',
        'ms.membership_number',
        isoDate('ms.start_date').as('start_date'),
        isoDate('ms.end_date').as('end_date'),
      ])
      .where('ms.member_id', '=', memberId)
      .orderBy('ms.start_date');
    if (filter.id) query = query.where('ms.id', '=', filter.id);
    if (filter.kind) query = query.where('ct.kind', '=', filter.kind);
    const rows = await query.execute();
    return rows.map((r) => ({
      id: r.id,
      contractLabel: r.label,
      contractKind: r.kind,
      contractId: r.contract_id,
      employerId: r.employer_id,
      employer: r.employer,
      membershipNumber: r.membership_number,
      startDate: r.start_date,
      endDate: r.end_date,
    }));
  }

  async beneficiaries(memberId: string): Promise<BeneficiaryRecord[]> {
    const rows = await this.db
      .selectFrom('core.beneficiaries')
      .select(['id', 'first_name', 'last_name', 'relationship', isoDate('birth_date').as('birth_date')])
      .where('member_id', '=', memberId)
      .orderBy('birth_date')
      .execute();
    const order = { adherent: 0, conjoint: 1, enfant: 2 };
    return rows
      .map((r) => ({
        id: r.id,
        firstName: r.first_name,
        lastName: r.last_name,
        birthDate: r.birth_date,
        relationship: r.relationship,
      }))
      .sort((a, b) => order[a.relationship] - order[b.relationship]);
  }

  async idByIdentifier(identifier: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('core.members')
      .select('id')
      .where('identifier', '=', identifier)
      .executeTakeFirst();
    return row?.id;
  }

  /** B4: the employer that gave this adhesion identifier to its staff (case-insensitive). */
  async employerByAdhesionCode(code: string) {
    return this.db
      .selectFrom('core.employers')
      .select(['id', 'name'])
      .where((eb) => eb(eb.fn('upper', ['adhesion_code']), '=', code.trim().toUpperCase()))
      .executeTakeFirst();
  }
}
