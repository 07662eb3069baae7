import { type Kernel, renderTextPdf } from '@portail/kernel';
import { ORGANISATION } from '@portail/kernel/contract';
import { issueCard } from './cards.js';

async function pdf(fileName: string, title: string, subtitle: string, paragraphs: string[]) {
  const data = await renderTextPdf({
    title,
    subtitle,
    sections: [{ paragraphs }],
    footer: ORGANISATION.name,
  });
  return { fileName, contentType: 'application/pdf', data };
}

/** Demo data of "Mon adhésion": key documents, kit d'adhésion per employer, third-party cards. */
export async function seedAdhesionDemo(kernel: Kernel): Promise<void> {
  const bourges = await kernel.members.employerByAdhesionCode('BOURGES-2026');
  const vierzon = await kernel.members.employerByAdhesionCode('VIERZON-2026');
  if (!bourges || !vierzon) return;
  const publish = kernel.documents.publish.bind(kernel.documents);

  // B3 Documents clés
  await publish({
    category: 'document_cle',
    title: "Guide de l'adhérent prévoyance 2026", // i18n-ignore (seeded data)
    audience: 'employer',
    employerId: bourges.id,
    file: await pdf(
      'guide-adherent-prevoyance-2026.pdf',
      "Guide de l'adhérent prévoyance 2026", // i18n-ignore (seeded data)
      bourges.name,
      [
        "Ce guide présente vos garanties, les démarches en cas d'arrêt de travail et les délais de règlement.", // i18n-ignore (seeded data)
        "En cas d'arrêt, déclarez-le dans les 30 jours depuis « Mes indemnisations ».", // i18n-ignore (seeded data)
      ],
    ),
    publishedAt: new Date('2026-10-15T08:00:00Z'),
  });
  await publish({
    category: 'document_cle',
    title: 'Garanties en bref 2026',
    audience: 'employer',
    employerId: vierzon.id,
    file: await pdf('garanties-en-bref-2026.pdf', 'Garanties en bref 2026', vierzon.name, [
      'Maintien de salaire à 95 % du traitement net pendant la période de demi-traitement.', // i18n-ignore (seeded data)
    ]),
  });
  // B2 Formulaires
  await publish({
    category: 'formulaire',
    title: 'Déclaration de situation familiale', // i18n-ignore (seeded data)
    audience: 'all',
    file: await pdf(
      'declaration-situation-familiale.pdf',
      'Déclaration de situation familiale', // i18n-ignore (seeded data)
      'Formulaire vierge',
      [
        'Nom, prénom : ____________________   Situation : marié(e) / pacsé(e) / en concubinage / célibataire', // i18n-ignore (seeded data)
        'Enfants à charge : ____________________', // i18n-ignore (seeded data)
      ],
    ),
    publishedAt: new Date('2024-03-01T08:00:00Z'),
  });
  // B4 Kit d'adhésion, per employer
  for (const employer of [bourges, vierzon]) {
    await publish({
      category: 'kit_adhesion',
      title: "Bulletin d'adhésion à compléter", // i18n-ignore (seeded data)
      audience: 'employer',
      employerId: employer.id,
      // i18n-ignore (seeded data)
      file: await pdf('bulletin-adhesion-vierge.pdf', "Bulletin d'adhésion", employer.name, [
        'Complétez ce bulletin et remettez-le à votre service des ressources humaines avec un RIB.', // i18n-ignore (seeded data)
        'Nom : ____________________   Prénom : ____________________   Date de naissance : __/__/____', // i18n-ignore (seeded data)
      ]),
    });
    await publish({
      category: 'kit_adhesion',
      title: "Notice d'information du contrat", // i18n-ignore (seeded data)
      audience: 'employer',
      employerId: employer.id,
      file: await pdf(
        'notice-information-contrat.pdf',
        "Notice d'information",
        `Contrat de prévoyance — ${employer.name}`, // i18n-ignore (seeded data)
        [
          'Garanties : incapacité temporaire de travail, invalidité, perte de retraite.', // i18n-ignore (seeded data)
          'Cotisation : 1,85 % du traitement brut indiciaire et du régime indemnitaire.', // i18n-ignore (seeded data)
        ],
      ),
    });
  }
  // B6 cards of the santé members
  for (const identifier of ['S200002', 'A300003']) {
    const memberId = await kernel.members.idByIdentifier(identifier);
    if (memberId) await issueCard(kernel, memberId);
  }
}
