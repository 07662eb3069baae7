import { kernelKey, sqlMigration } from '@portail/kernel';

/** B4 kit grants, B5 certificates, B6 cards, B7 hospital guarantees. */
export const m002Adhesion = sqlMigration([
  `CREATE TABLE adhesion.kit_grants (
    token_hash text PRIMARY KEY,
    employer_id uuid NOT NULL REFERENCES ${kernelKey.employer},
    expires_at timestamptz NOT NULL
  )`,
  `CREATE TABLE adhesion.certificates (
    reference text PRIMARY KEY,
    member_id uuid NOT NULL REFERENCES ${kernelKey.member},
    membership_id uuid NOT NULL REFERENCES ${kernelKey.membership},
    issued_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE INDEX certificates_member_idx ON adhesion.certificates (member_id)',
  `CREATE TABLE adhesion.third_party_cards (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    member_id uuid NOT NULL REFERENCES ${kernelKey.member},
    card_number text NOT NULL UNIQUE,
    membership_number text NOT NULL,
    valid_from date NOT NULL,
    valid_to date NOT NULL,
    beneficiaries jsonb NOT NULL,
    issued_at timestamptz NOT NULL DEFAULT now(),
    CHECK (valid_to >= valid_from)
  )`,
  'CREATE INDEX third_party_cards_member_idx ON adhesion.third_party_cards (member_id, issued_at DESC)',
  `CREATE TABLE adhesion.hospital_guarantees (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    reference text NOT NULL UNIQUE,
    member_id uuid NOT NULL REFERENCES ${kernelKey.member},
    beneficiary_id uuid NOT NULL REFERENCES ${kernelKey.beneficiary},
    beneficiary_name text NOT NULL,
    establishment text NOT NULL,
    admission_date date NOT NULL,
    stay_kind text NOT NULL,
    issued_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE INDEX hospital_guarantees_member_idx ON adhesion.hospital_guarantees (member_id, issued_at DESC)',
]);
