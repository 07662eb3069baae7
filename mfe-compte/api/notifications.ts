import { msg, str } from '@lit/localize';
import { type Kernel, type MemberEnv, operation, todayIso } from '@portail/kernel';
import { Hono } from 'hono';
import {
  FORM_ANCHORS,
  type MemberNotification,
  type NotificationList,
  PERSONAL_DATA_PATH,
} from '../contract/index.js';
import { compteDb, profileOf } from './tables.js';

/** E3's deep links (mfe-contact): a URL is the public interface between sections. */
const TRANSMIT_SCHOOL_CERTIFICATE = '/contact/transmettre/certificat-de-scolarite';
const TRANSMIT_HEALTH_INSURANCE_CERTIFICATE = '/contact/transmettre/attestation-assurance-maladie';

/** A child's schooling is checked from 16 until their 26th birthday. */
const SCHOOLING_FROM_AGE = 16;
const SCHOOLING_UNTIL_AGE = 26;

function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** 1 September of the school year `today` falls in. */
function schoolYearStart(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return `${month >= 9 ? year : year - 1}-09-01`;
}

/**
 * D5: the findings about the member's file at the time they look, each with the link that fixes
 * it; a finding is gone as soon as its cause is (a change accepted, a document sent). In the
 * request's language (SPEC P6).
 */
export async function notificationsOf(kernel: Kernel, memberId: string): Promise<MemberNotification[]> {
  const today = todayIso();
  const [profile, memberships, beneficiaries] = await Promise.all([
    profileOf(compteDb(kernel.database()), memberId),
    kernel.members.memberships(memberId),
    kernel.members.beneficiaries(memberId),
  ]);
  const sante = memberships.some((m) => m.contractKind === 'sante');
  const individual = memberships.some((m) => m.employerId === null);
  /** Whether the member sent a document of that E3 nature since `since`, not refused since. */
  const sent = async (nature: string, since: string) =>
    (
      await kernel.requests.records({
        memberId,
        section: 'contact',
        kind: 'transmission',
        notStatus: 'refused',
        since: new Date(since),
        payload: { nature },
      })
    ).length > 0;
  const items: MemberNotification[] = [];

  if (profile.address_returned) {
    items.push({
      kind: 'adresse_npai',
      title: msg('Adresse postale erronée'),
      text: msg(
        "Le dernier courrier vous concernant nous est revenu avec la mention NPAI (n'habite pas à l'adresse indiquée) de La Poste. Afin de procéder à votre changement d'adresse postale, merci de cliquer sur le lien ci-dessous.",
      ),
      link: {
        label: msg('Modification de votre adresse postale'),
        href: `${PERSONAL_DATA_PATH}#${FORM_ANCHORS.address}`,
      },
    });
  }

  const children = beneficiaries.filter((b) => {
    const age = ageOn(b.birthDate, today);
    return b.relationship === 'enfant' && age >= SCHOOLING_FROM_AGE && age < SCHOOLING_UNTIL_AGE;
  });
  if (sante && children.length > 0 && !(await sent('certificat-de-scolarite', schoolYearStart(today)))) {
    const names = children.map((c) => c.firstName.toUpperCase()).join(', ');
    items.push({
      kind: 'certificat_scolarite',
      title: msg('Certificat de scolarité manquant'),
      text: msg(
        str`Afin de mettre à jour les droits de ${names}, nous vous remercions de bien vouloir nous transmettre les justificatifs de scolarité de l'année en cours en cliquant sur le lien ci-dessous.`,
      ),
      link: { label: msg('Transmettre un certificat de scolarité'), href: TRANSMIT_SCHOOL_CERTIFICATE },
    });
  }

  if (sante && profile.health_payment_mode === 'cheque') {
    items.push({
      kind: 'reglement_sante_cheque',
      title: msg('Règlement de vos prestations santé'),
      text: msg(
        'Vos prestations santé vous sont réglées par chèque. Pour bénéficier d’un règlement plus simple et plus rapide, optez pour le règlement par virement sur votre compte en cliquant sur le lien ci-dessous.',
      ),
      link: {
        label: msg('Modification de votre mode de règlement'),
        href: `${PERSONAL_DATA_PATH}#${FORM_ANCHORS.bank}`,
      },
    });
  }

  if (
    sante &&
    !profile.noemie_linked &&
    !(await sent('attestation-assurance-maladie', addYears(today, -1)))
  ) {
    items.push({
      kind: 'noemie',
      title: msg("Échanges informatiques avec votre caisse d'assurance maladie"),
      text: msg(
        "La liaison informatique (Noémie) avec votre caisse d'assurance maladie n'est pas en place : vos remboursements santé demandent l'envoi de vos décomptes. Transmettez-nous votre attestation d'assurance maladie pour que nous la mettions en place.",
      ),
      link: {
        label: msg("Transmettre votre attestation d'assurance maladie"),
        href: TRANSMIT_HEALTH_INSURANCE_CERTIFICATE,
      },
    });
  }

  if (individual && profile.contribution_mode === 'cheque') {
    items.push({
      kind: 'mode_cotisation',
      title: msg('Règlement de vos cotisations'),
      text: msg(
        'Vous réglez vos cotisations par chèque. Optez pour le prélèvement automatique : plus d’oubli ni de frais d’envoi, en cliquant sur le lien ci-dessous.',
      ),
      link: {
        label: msg('Modification du mode de règlement de vos cotisations'),
        href: `${PERSONAL_DATA_PATH}#${FORM_ANCHORS.contributionMode}`,
      },
    });
  }
  return items;
}

function addYears(isoDate: string, years: number): string {
  const [y, rest] = [Number(isoDate.slice(0, 4)), isoDate.slice(4)];
  return `${y + years}${rest}`;
}

/** `GET /api/compte/notifications` (D5). */
export function notificationRoutes(kernel: Kernel) {
  const app = new Hono<MemberEnv>();
  app.get(
    '/notifications',
    kernel.requireMember(),
    kernel.requirePage('compte.notifications'),
    operation({
      // i18n-ignore: API documentation (OpenAPI), no member reads it
      summary: 'D5 Notifications : constats sur le dossier, chacun avec le lien qui le règle',
      responses: { 200: 'NotificationList' },
    }),
    async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json({ items: await notificationsOf(kernel, c.get('member').id) } satisfies NotificationList);
    },
  );
  return app;
}
