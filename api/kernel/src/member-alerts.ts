import { byCivility, greeting } from './french.js';
import type { MemberFiles } from './member-files.js';
import type { Outbox } from './outbox.js';
import type { AnyDatabase } from './section-database.js';

export interface MemberAlert {
  subject: string;
  /** The e-mail's text (after the greeting). */
  text: string;
  /** At most 160 characters. */
  sms: string;
}

/**
 * Alerts a member of something that concerns them (a payment, SPEC H5) by e-mail and/or SMS, as
 * their preferences say (D1/D3), through the outbox in the caller's transaction.
 */
export class MemberAlerts {
  constructor(
    private readonly members: MemberFiles,
    private readonly outbox: Outbox,
  ) {}

  async send(
    db: AnyDatabase,
    memberId: string,
    alert: MemberAlert,
  ): Promise<{ email: boolean; sms: boolean }> {
    const files = this.members.within(db);
    const [channels, profile] = await Promise.all([files.contactChannels(memberId), files.profile(memberId)]);
    const email = channels.emailAlert && Boolean(channels.email);
    const sms = channels.smsAlert && Boolean(channels.mobile);
    if (email && channels.email) {
      await this.outbox.enqueueEmail(
        {
          to: channels.email,
          subject: alert.subject,
          text: `${greeting(profile)}\n\n${alert.text}\n\nVous recevez ce message car vous avez choisi d'être ${byCivility(profile.civility, 'alerté', 'alertée')} par e-mail (Mon compte, Données personnelles).\nCe message est envoyé automatiquement : merci de ne pas y répondre.`,
        },
        db,
      );
    }
    // SMS use the GSM alphabet: the narrow no-break spaces of French number formatting become spaces.
    if (sms)
      await this.outbox.enqueueSms(
        { to: channels.mobile, text: alert.sms.replace(/[\u00a0\u202f]/g, ' ') },
        db,
      );
    return { email, sms };
  }
}
