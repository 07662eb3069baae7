import type { Kernel } from '@portail/kernel';
import { contactDb } from './tables.js';

const FAQ = [
  [
    'Comment déclarer un arrêt de travail ?', // i18n-ignore (seeded data)
    "Depuis « Mes indemnisations », rubrique « Demande d'indemnisation », si votre employeur l'autorise ; sinon, téléchargez le formulaire papier et renvoyez-le avec la copie de votre arrêt.", // i18n-ignore (seeded data)
  ],
  [
    'Sous quel délai suis-je remboursé(e) ?', // i18n-ignore (seeded data)
    'Les remboursements santé sont versés sous 48 heures après réception des informations de votre caisse d’assurance maladie (liaison Noémie), par virement.', // i18n-ignore (seeded data)
  ],
  [
    'Comment modifier mes coordonnées bancaires ?', // i18n-ignore (seeded data)
    'Depuis « Mon compte », « Données personnelles » : joignez un RIB. La modification est appliquée après validation par nos services.', // i18n-ignore (seeded data)
  ],
  [
    "J'ai oublié mon identifiant ou mon mot de passe", // i18n-ignore (seeded data)
    "Sur la page de connexion, « Identifiant oublié » vous envoie votre identifiant par e-mail ; « Besoin d'aide » vous permet de choisir un nouveau mot de passe.", // i18n-ignore (seeded data)
  ],
] as const;

/** E5: the demo FAQ. */
export async function seedContactDemo(kernel: Kernel): Promise<void> {
  await contactDb(kernel)
    .insertInto('contact.faq')
    .values(FAQ.map(([question, answer], position) => ({ position, question, answer })))
    .execute();
}
