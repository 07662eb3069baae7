import { kernelKey, sqlMigration } from '@portail/kernel';

/**
 * D1–D5: what "Mon compte" holds of the member's file beside the kernel's identity and contact
 * channels (name, birth date, e-mail, phones, alert preferences): postal address, bank details,
 * payment modes and the back office's findings (NPAI, Noémie). One row per member, created on first use.
 */
export const m002Profiles = sqlMigration([
  `CREATE TABLE compte.profiles (
    member_id uuid PRIMARY KEY REFERENCES ${kernelKey.member},
    address_line1 text NOT NULL DEFAULT '' CHECK (length(address_line1) <= 38),
    address_line2 text NOT NULL DEFAULT '' CHECK (length(address_line2) <= 38),
    address_line3 text NOT NULL DEFAULT '' CHECK (length(address_line3) <= 38),
    postal_code text NOT NULL DEFAULT '' CHECK (postal_code = '' OR postal_code ~ '^[0-9]{5}$'),
    city text NOT NULL DEFAULT '' CHECK (length(city) <= 38),
    iban text,
    bic text,
    health_payment_mode text NOT NULL DEFAULT 'virement' CHECK (health_payment_mode IN ('virement', 'cheque')),
    contribution_mode text CHECK (contribution_mode IN ('prelevement', 'cheque')),
    address_returned boolean NOT NULL DEFAULT false,
    noemie_linked boolean NOT NULL DEFAULT true,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
]);
