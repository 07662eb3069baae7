import type { Kernel } from '@portail/kernel';
import { compteDb } from './tables.js';

/**
 * The demo members' files: Claire's last letter came back (NPAI); Julien (individual santé
 * contract) is paid by cheque, pays his contributions by cheque and has no Noémie link; Sophie's
 * file is in order. Every D5 notification shows for one of them.
 */
export async function seedCompteDemo(kernel: Kernel): Promise<void> {
  const db = compteDb(kernel.database());
  const profiles = [
    {
      identifier: 'A100001',
      address_line1: '12 RUE MOYENNE',
      address_line2: 'RESIDENCE LES TILLEULS BAT B',
      postal_code: '18000',
      city: 'BOURGES',
      phone: '02 48 24 56 10',
      mobile: '06 12 34 56 78',
      address_returned: true,
      iban: 'FR7630006000011234567890189',
      bic: 'AGRIFRPP',
    },
    {
      identifier: 'S200002',
      address_line1: '4 ALLEE DES PLATANES',
      postal_code: '18100',
      city: 'VIERZON',
      no_phone: true,
      mobile: '07 81 22 33 44',
      sms_alert: true,
      health_payment_mode: 'cheque' as const,
      contribution_mode: 'cheque' as const,
      noemie_linked: false,
    },
    {
      identifier: 'A300003',
      address_line1: '27 AVENUE DE LA REPUBLIQUE',
      address_line3: 'BP 112',
      postal_code: '18100',
      city: 'VIERZON',
      phone: '02 48 75 11 22',
      mobile: '06 98 76 54 32',
      iban: 'FR1420041010050500013M02606',
      bic: 'PSSTFRPPSCE',
    },
    // A9 by post: no e-mail on file, the activation letter goes to this address.
    {
      identifier: 'A500005',
      address_line1: '8 RUE DES ARENES',
      postal_code: '18000',
      city: 'BOURGES',
      mobile: '06 45 67 89 01',
    },
  ];
  for (const { identifier, phone, no_phone, mobile, sms_alert, ...profile } of profiles) {
    const memberId = await kernel.members.idByIdentifier(identifier);
    if (!memberId) continue;
    await db
      .insertInto('compte.profiles')
      .values({ member_id: memberId, ...profile })
      .execute();
    await kernel.members.updateContactChannels(memberId, {
      phone: phone ?? '',
      noPhone: no_phone ?? false,
      mobile,
      smsAlert: sms_alert ?? false,
    });
  }
}
