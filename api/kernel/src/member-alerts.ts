import { msg } from '@lit/localize';
import { civilityTitle, greeting } from './french.js';
import { withLocale } from './i18n.js';
import type { MemberFiles } from './member-files.js';
import type { Outbox } from './outbox.js';
import type { AnyDatabase } from './section-database.js';

/**
 * An alert's texts; or a function composing them, called in the member's language (SPEC P6: write
 * them with `msg()` there).
 */
export interface MemberAlert {
  subject: string;
  /** The e-mail's text (after the greeting). */
  text: string;
  /** At most 160 characters. */
  sms: string;
}

/** « Vous recevez ce message car vous avez choisi d'être alertée par e-mail… », by civility. */
function whyText(civility: string): string {
  const title = civilityTitle(civility);
  if (title === 'Madame')
    return msg(
      "Vous recevez ce message car vous avez choisi d'être alertée par e-mail (Mon compte, Données personnelles).",
    );
  if (title === 'Monsieur')
    return msg(
      "Vous recevez ce message car vous avez choisi d'être alerté par e-mail (Mon compte, Données personnelles).",
    );
  return msg(
    "Vous recevez ce message car vous avez choisi d'être alerté(e) par e-mail (Mon compte, Données personnelles).",
  );
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
    given: MemberAlert | (() => MemberAlert),
  ): Promise<{ email: boolean; sms: boolean }> {
    const files = this.members.within(db);
    const [channels, profile, locale] = await Promise.all([
      files.contactChannels(memberId),
      files.profile(memberId),
      files.localeOf(memberId),
    ]);
    // SPEC P6: in the member's language.
    const { alert, footer, hello } = withLocale(locale, () => ({
      alert: typeof given === 'function' ? given() : given,
      footer: `${whyText(profile.civility)}\n${msg('Ce message est envoyé automatiquement : merci de ne pas y répondre.')}`,
      hello: greeting(profile),
    }));
    const email = channels.emailAlert && Boolean(channels.email);
    const sms = channels.smsAlert && Boolean(channels.mobile);
    if (email && channels.email) {
      await this.outbox.enqueueEmail(
        {
          to: channels.email,
          subject: alert.subject,
          text: `${hello}\n\n${alert.text}\n\n${footer}`,
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
