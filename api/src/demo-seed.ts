import { type CoreKernel, Directory, type PublishDocument, renderTextPdf } from '@portail/kernel';
import { DEMO_CGU } from './demo-cgu.js';
import { SECTIONS } from './sections.js';

export const DEMO_PASSWORD = 'Portail2026';
/** A9: a member who has no account yet, whose e-mail is on file: the activation link goes there. */
export const DEMO_NEW_MEMBER = {
  membershipNumber: '0613388',
  birthDate: '09/04/1986',
  email: 'thomas.moreau@example.fr',
  name: 'Thomas Moreau',
} as const;
export const DEMO_NEW_MEMBER_IDENTIFIER = 'A400004';
/** A9 by post: a member with no account and no e-mail on file: a code goes by post (back office). */
export const DEMO_POST_MEMBER = {
  membershipNumber: '0719452',
  birthDate: '18/07/1992',
  name: 'Lucie Garnier',
  identifier: 'A500005',
} as const;
export const DEMO_MANAGER = { login: 'gestion', password: 'Gestion2026' };

/** The passwords of the demo accounts: published in README, so never valid in production. */
export const PUBLISHED_DEMO_PASSWORDS: readonly string[] = [DEMO_PASSWORD, DEMO_MANAGER.password];

/** Who the demo accounts are and how they log in (the published ones unless a test chooses others). */
export interface DemoCredentials {
  memberPassword: string;
  manager: { login: string; password: string };
}

export const PUBLISHED_DEMO_CREDENTIALS: DemoCredentials = {
  memberPassword: DEMO_PASSWORD,
  manager: DEMO_MANAGER,
};
/** W2: the origin the Mairie de Bourges registered for widgets (`npm run example:intranet`). */
export const DEMO_INTRANET_ORIGIN = 'http://localhost:4100';
export const DEMO_MEMBERS = [
  {
    identifier: 'A100001',
    email: 'claire.martin@example.fr',
    about: 'Claire Martin — prévoyance, Mairie de Bourges ; doit accepter les CGU v2',
  },
  {
    identifier: 'S200002',
    email: 'julien.bernard@example.fr',
    about: 'Julien Bernard — santé (contrat individuel)',
  },
  {
    identifier: 'A300003',
    email: 'sophie.petit@example.fr',
    about:
      'Sophie Petit — prévoyance et santé, Centre hospitalier de Vierzon (déclaration en ligne non autorisée)',
  },
] as const;

const ORGANISATION = 'Mutuelle Territoriale du Centre — Portail Adhérent';

/** A demo PDF: an intro paragraph list, then [heading, ...paragraphs] sections. */
function pdf(title: string, subtitle: string, intro: string[], sections: [string, ...string[]][] = []) {
  return renderTextPdf({
    title,
    subtitle,
    sections: [
      { paragraphs: intro },
      ...sections.map(([heading, ...paragraphs]) => ({ heading, paragraphs })),
    ],
    footer: ORGANISATION,
  });
}

async function pdfFile(fileName: string, data: Promise<Uint8Array>) {
  return { fileName, contentType: 'application/pdf', data: await data };
}

const notice = (employer: string) =>
  pdf(
    "Notice d'information",
    `Contrat de prévoyance complémentaire — ${employer}`,
    [
      "Cette notice décrit les garanties du contrat de prévoyance complémentaire souscrit par votre employeur : maintien de salaire en cas d'incapacité temporaire de travail, invalidité et perte de retraite.",
    ],
    [
      [
        'Incapacité temporaire de travail',
        "En cas d'arrêt de travail pour maladie ordinaire, le contrat complète votre traitement à hauteur de 95 % du traitement net dès le passage à demi-traitement.",
      ],
      [
        'Déclaration',
        "L'arrêt de travail se déclare en ligne depuis « Mes indemnisations » lorsque votre employeur l'autorise, ou au moyen du formulaire papier.",
      ],
    ],
  );

const bulletin = (name: string, number: string, employer: string, since: string) =>
  pdf(
    "Bulletin d'adhésion individuelle",
    `${name} — adhésion n° ${number}`,
    [
      `Employeur : ${employer}.`,
      'Contrat : Prévoyance complémentaire — maintien de salaire.',
      `Date d'effet de l'adhésion : ${since}.`,
    ],
    [['Garanties choisies', 'Incapacité temporaire de travail ; invalidité ; perte de retraite.']],
  );

/**
 * Realistic demo data, written once on an empty database (`npm start` in development, `npm run
 * seed:demo`). The production end-to-end run seeds it with unpublished credentials.
 */
export async function seedDemo(
  kernel: CoreKernel,
  credentials: DemoCredentials = PUBLISHED_DEMO_CREDENTIALS,
): Promise<boolean> {
  const existing = await kernel.db.selectFrom('core.members').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const directory = new Directory(kernel.db, kernel.sessions);
  for (const cgu of DEMO_CGU) await directory.publishCgu(cgu);

  const bourges = await directory.createEmployer({ name: 'Mairie de Bourges', adhesionCode: 'BOURGES-2026' });
  await kernel.db
    .updateTable('core.employers')
    .set({ widget_origins: [DEMO_INTRANET_ORIGIN] })
    .where('id', '=', bourges)
    .execute();
  const vierzon = await directory.createEmployer({
    name: 'Centre hospitalier de Vierzon',
    adhesionCode: 'VIERZON-2026',
    disabledFeatures: ['demande_indemnisation'],
  });
  const prevoyance = await directory.createContract({
    code: 'PREV-MS-2024',
    label: 'Prévoyance complémentaire — maintien de salaire',
    kind: 'prevoyance',
  });
  const sante = await directory.createContract({
    code: 'SANTE-IND-2025',
    label: 'Complémentaire santé individuelle',
    kind: 'sante',
  });

  const member = (
    identifier: string,
    email: string,
    civility: string,
    firstName: string,
    lastName: string,
    birthDate: string,
  ) =>
    directory.createMember({
      identifier,
      email,
      civility,
      firstName,
      lastName,
      birthDate,
      password: credentials.memberPassword,
    });
  const claire = await member('A100001', 'claire.martin@example.fr', 'Mme', 'Claire', 'Martin', '1984-03-12');
  const julien = await member(
    'S200002',
    'julien.bernard@example.fr',
    'M.',
    'Julien',
    'Bernard',
    '1979-11-02',
  );
  const sophie = await member('A300003', 'sophie.petit@example.fr', 'Mme', 'Sophie', 'Petit', '1990-06-25');
  const join = (
    memberId: string,
    employerId: string | null,
    contractId: string,
    membershipNumber: string,
    startDate: string,
  ) => directory.addMembership({ memberId, employerId, contractId, membershipNumber, startDate });
  // A9: members without an account yet, to try « Créer mon espace » (by e-mail, by post).
  const thomas = await directory.createMember({
    identifier: DEMO_NEW_MEMBER_IDENTIFIER,
    email: DEMO_NEW_MEMBER.email,
    civility: 'M.',
    firstName: 'Thomas',
    lastName: 'Moreau',
    birthDate: '1986-04-09',
    password: null,
  });
  await join(thomas, bourges, prevoyance, '0613388', '2024-02-01');
  const lucie = await directory.createMember({
    identifier: DEMO_POST_MEMBER.identifier,
    email: null,
    civility: 'Mme',
    firstName: 'Lucie',
    lastName: 'Garnier',
    birthDate: '1992-07-18',
    password: null,
  });
  await join(lucie, bourges, prevoyance, DEMO_POST_MEMBER.membershipNumber, '2025-03-01');
  await join(claire, bourges, prevoyance, '0451237', '2019-01-01');
  await join(julien, null, sante, 'S-883104', '2021-04-01');
  await join(sophie, vierzon, prevoyance, '0527714', '2022-09-01');
  await join(sophie, vierzon, sante, 'S-902251', '2023-01-01');
  // CGU v1 accepted by Claire only: she meets v2 at her next login; the others accept at their first.
  await directory.acceptCgu(claire, 1, '192.0.2.10');
  await directory.createManager({
    login: credentials.manager.login,
    displayName: 'Nadia Gestion',
    password: credentials.manager.password,
    // SPEC P8: her login codes, in the development mailbox.
    email: 'nadia.gestion@example.fr',
  });

  const documents: PublishDocument[] = [
    // B1 Contrat
    {
      category: 'contrat',
      title: 'Notice information',
      audience: 'employer',
      employerId: bourges,
      file: await pdfFile('notice-information-bourges.pdf', notice('Mairie de Bourges')),
      publishedAt: new Date('2025-01-06T09:00:00Z'),
    },
    {
      category: 'contrat',
      title: "Bulletin d'adhésion individuelle",
      audience: 'member',
      memberId: claire,
      employerId: bourges,
      file: await pdfFile(
        'bulletin-adhesion-0451237.pdf',
        bulletin('Claire Martin', '0451237', 'Mairie de Bourges', '1er janvier 2019'),
      ),
      publishedAt: new Date('2026-11-02T09:00:00Z'),
    },
    {
      category: 'contrat',
      title: 'Notice information',
      audience: 'employer',
      employerId: vierzon,
      file: await pdfFile('notice-information-vierzon.pdf', notice('Centre hospitalier de Vierzon')),
      publishedAt: new Date('2025-02-03T09:00:00Z'),
    },
    {
      category: 'contrat',
      title: "Bulletin d'adhésion individuelle",
      audience: 'member',
      memberId: sophie,
      employerId: vierzon,
      file: await pdfFile(
        'bulletin-adhesion-0527714.pdf',
        bulletin('Sophie Petit', '0527714', 'Centre hospitalier de Vierzon', '1er septembre 2022'),
      ),
    },
    {
      category: 'contrat',
      title: 'Tableau des garanties santé',
      audience: 'member',
      memberId: julien,
      file: await pdfFile(
        'tableau-garanties-sante.pdf',
        pdf(
          'Tableau des garanties santé',
          'Complémentaire santé individuelle — formule Confort',
          [
            "Les remboursements s'entendent en complément de l'Assurance maladie, dans la limite des frais réels.",
          ],
          [
            [
              'Soins courants',
              'Consultations de généralistes et spécialistes : 150 % de la base de remboursement.',
            ],
            [
              'Pharmacie',
              'Médicaments remboursés par la Sécurité sociale : 100 % de la base de remboursement.',
            ],
            ['Optique', 'Forfait de 350 € par an et par bénéficiaire, dont 100 € au plus pour la monture.'],
            [
              'Dentaire',
              'Soins : 100 % de la base de remboursement. Couronnes et prothèses : 300 % de la base de remboursement, dans la limite de 1 000 € par an et par bénéficiaire.',
            ],
            [
              'Hospitalisation',
              'Forfait journalier hospitalier : 20 € par jour. Chambre particulière : 60 € par jour.',
            ],
            ['100 % Santé', 'Équipements du panier 100 % Santé (optique, dentaire) : sans reste à charge.'],
          ],
        ),
      ),
    },
    // C1: the blank claim form, for every member (only prévoyance ones have its page): Vierzon does
    // not take online claims (A6), its members send this one by post.
    {
      category: 'formulaire_indemnisation',
      title: "Déclaration d'arrêt de travail",
      audience: 'all',
      file: await pdfFile(
        'declaration-arret-de-travail.pdf',
        pdf(
          "Déclaration d'arrêt de travail",
          "Formulaire à compléter par l'employeur et l'adhérent",
          ["Joignez la copie de l'arrêt de travail et, en cas de prolongation, celle des arrêts précédents."],
          [
            ['Employeur', 'Raison sociale : ____________________   N° SIRET : ____________________'],
            [
              'Adhérent',
              "Nom : ____________________   Prénom : ____________________   N° d'adhésion : __________",
            ],
            [
              'Arrêt',
              'Arrêt initial / Prolongation — du __/__/____ au __/__/____ — Plein traitement / Demi-traitement',
            ],
          ],
        ),
      ),
    },
    // B2 Formulaires, for every member.
    {
      category: 'formulaire',
      title: 'Demande de changement de coordonnées bancaires',
      audience: 'all',
      file: await pdfFile(
        'changement-coordonnees-bancaires.pdf',
        pdf(
          'Demande de changement de coordonnées bancaires',
          'Formulaire à retourner avec un RIB',
          ["Nom, prénom : ____________________   N° d'adhésion : __________"],
          [['Nouvelles coordonnées', 'IBAN : ___________________________________   BIC : ___________']],
        ),
      ),
      publishedAt: new Date('2024-06-01T09:00:00Z'),
    },
  ];
  for (const document of documents) await kernel.documents.publish(document);
  // Beneficiaries of the santé contracts (B6 card, B7 guarantee, G reimbursements).
  const beneficiaries = [
    {
      member_id: julien,
      first_name: 'Julien',
      last_name: 'Bernard',
      birth_date: '1979-11-02',
      relationship: 'adherent' as const,
    },
    {
      member_id: julien,
      first_name: 'Léa',
      last_name: 'Bernard',
      birth_date: '2009-05-14',
      relationship: 'enfant' as const,
    },
    {
      member_id: julien,
      first_name: 'Hugo',
      last_name: 'Bernard',
      birth_date: '2014-09-30',
      relationship: 'enfant' as const,
    },
    {
      member_id: sophie,
      first_name: 'Sophie',
      last_name: 'Petit',
      birth_date: '1990-06-25',
      relationship: 'adherent' as const,
    },
    {
      member_id: sophie,
      first_name: 'Marc',
      last_name: 'Petit',
      birth_date: '1988-02-17',
      relationship: 'conjoint' as const,
    },
  ];
  await kernel.db.insertInto('core.beneficiaries').values(beneficiaries).execute();
  for (const section of SECTIONS) await section.seedDemo?.(kernel);
  return true;
}
