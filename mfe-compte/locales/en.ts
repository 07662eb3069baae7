import type { Catalog } from '@portail/kernel/contract/i18n';

/** The section's English (SPEC P6): its French texts (contract, pages, API) → English. */
export const en: Catalog = {
  // Manifest: menu, pages, request kinds
  'Mon compte': 'My account',
  'Données personnelles': 'Personal details',
  'Mot de passe': 'Password',
  Notifications: 'Notifications',
  'Intranets autorisés': 'Authorised intranets',
  'Appareils de confiance': 'Trusted devices',
  'Télécharger mes données': 'Download my data',
  'Connexion avec FranceConnect': 'Log in with FranceConnect',
  'Adresse postale': 'Postal address',
  'Adresse e-mail': 'E-mail address',
  'Coordonnées bancaires': 'Bank details',
  'Mode de règlement des cotisations': 'Contribution payment method',

  // Données personnelles: identity, sections
  "Consultez et mettez à jour vos données personnelles, et choisissez comment être informé(e) du paiement de vos indemnités. Une modification d'adresse, d'e-mail, de coordonnées bancaires ou de mode de règlement demande un justificatif : elle est appliquée après validation par nos services.":
    'View and update your personal details, and choose how to be told when your daily allowances are paid. A change of address, e-mail, bank details or payment method needs a supporting document: it applies once our team has approved it.',
  Identité: 'Identity',
  Civilité: 'Title',
  Nom: 'Surname',
  Prénom: 'First name',
  'Date de naissance': 'Date of birth',
  Téléphones: 'Phone numbers',
  'Alertes de paiement': 'Payment alerts',
  'Aucune coordonnée bancaire enregistrée': 'No bank details on file',
  'IBAN commençant par {0} et se terminant par {1}': 'IBAN starting with {0} and ending with {1}',
  'Mode actuel :': 'Current method:',

  // Changes with a supporting document (D2)
  'N° et libellé de la voie': 'Street number and name',
  'Entrée, tour, bâtiment, immeuble, résidence, zone industrielle':
    'Entrance, tower, building, block, residence, industrial estate',
  'Mentions spéciales de distribution (Boîte Postale, Tri Spécial)':
    'Special delivery details (PO Box, special sorting)',
  'Code postal': 'Postcode',
  Ville: 'Town or city',
  'Prélèvement automatique': 'Direct debit',
  'Modification de votre adresse postale': 'Change of your postal address',
  'Modification de votre adresse e-mail': 'Change of your e-mail address',
  'Modification de vos coordonnées bancaires': 'Change of your bank details',
  'Modification du mode de règlement de vos cotisations': 'Change of your contribution payment method',
  'Vous avez modifié votre adresse postale, souhaitez-vous la valider ?':
    'You have changed your postal address. Do you want to confirm it?',
  'Vous avez modifié votre adresse e-mail, souhaitez-vous la valider ?':
    'You have changed your e-mail address. Do you want to confirm it?',
  'Vous avez modifié vos coordonnées bancaires, souhaitez-vous les valider ?':
    'You have changed your bank details. Do you want to confirm them?',
  'Vous avez modifié le mode de règlement de vos cotisations, souhaitez-vous le valider ?':
    'You have changed your contribution payment method. Do you want to confirm it?',
  'Modification en attente de validation': 'Change awaiting approval',
  'Votre demande a été transmise : elle sera appliquée après validation par nos services. Un e-mail vous la confirme.':
    'Your request has been sent: it will apply once our team has approved it. An e-mail confirms it.',
  'Votre demande a été annulée : elle ne sera pas appliquée. Vous pouvez en faire une nouvelle ci-dessous.':
    'Your request has been cancelled: it will not apply. You can make a new one below.',
  '{0} :': '{0}:',
  'Demande du': 'Requested on',
  ', à suivre dans': ', to follow in',
  '« Suivi »': '“Follow-up”',
  'Annuler cette demande': 'Cancel this request',
  'Annuler la demande': 'Cancel the request',
  'Conserver la demande': 'Keep the request',
  'Souhaitez-vous annuler votre demande « {0} » du {1} ? Elle ne sera pas appliquée.':
    'Do you want to cancel your request “{0}” of {1}? It will not apply.',
  Enregistrer: 'Save',
  'Adresse actuelle': 'Current address',
  'Adresse e-mail actuelle': 'Current e-mail address',
  'Justificatif de domicile': 'Proof of address',
  "Par exemple une facture d'énergie ou une quittance de loyer de moins de 3 mois.":
    'For example an energy bill or a rent receipt less than 3 months old.',
  "Justificatif d'identité": 'Proof of identity',
  'Format attendu : prenom.nom@exemple.fr': 'Expected format: firstname.surname@example.com',
  'Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).':
    'Invalid e-mail address (example: firstname.surname@example.com).',
  "Tel qu'il figure sur votre RIB : 27 caractères pour un compte en France, commençant par FR":
    'As shown on your bank details slip (RIB): 27 characters for an account in France, starting with FR',
  '8 ou 11 caractères, sur votre RIB': '8 or 11 characters, on your bank details slip (RIB)',
  RIB: 'Bank details slip (RIB)',
  'Mode de règlement': 'Payment method',
  Justificatif: 'Supporting document',
  'Pour le prélèvement automatique : votre RIB et le mandat de prélèvement SEPA signé.':
    'For direct debit: your bank details slip (RIB) and the signed SEPA direct debit mandate.',
  "{0} caractères au plus sur une ligne d'adresse.": '{0} characters at most on an address line.',
  '{0} caractères au plus.': '{0} characters at most.',
  'Saisissez le code postal.': 'Enter the postcode.',
  'Le code postal compte 5 chiffres.': 'The postcode has 5 digits.',
  'Saisissez la ville.': 'Enter the town or city.',
  "Saisissez l'IBAN.": 'Enter the IBAN.',
  'IBAN invalide : vérifiez-le sur votre RIB.': 'Invalid IBAN: check it on your bank details slip (RIB).',
  'Saisissez le BIC.': 'Enter the BIC.',
  'BIC invalide : 8 ou 11 caractères, sur votre RIB.':
    'Invalid BIC: 8 or 11 characters, on your bank details slip (RIB).',
  'Choisissez le mode de règlement.': 'Choose the payment method.',
  'Choisissez la modification à demander.': 'Choose the change to request.',
  'Les nouvelles données manquent.': 'The new details are missing.',
  'Les nouvelles données sont illisibles.': 'The new details cannot be read.',
  "Une demande « {0} » est déjà en attente de validation : attendez son traitement avant d'en faire une autre.":
    'A request “{0}” is already awaiting approval: wait until it has been handled before making another one.',

  // Phones (D1) and alerts (D3)
  'Vos numéros de téléphone ont été enregistrés.': 'Your phone numbers have been saved.',
  Téléphone: 'Phone',
  'Par exemple 02 48 12 34 56': 'For example 02 48 12 34 56',
  'Pas de Tel': 'No phone',
  Mobile: 'Mobile',
  'Par exemple 06 12 34 56 78': 'For example 06 12 34 56 78',
  'Saisissez votre téléphone ou cochez « Pas de Tel ».': 'Enter your phone number or tick “No phone”.',
  'Saisissez votre numéro de mobile.': 'Enter your mobile number.',
  'Numéro de mobile invalide (exemple : 06 12 34 56 78).': 'Invalid mobile number (example: 06 12 34 56 78).',
  'Numéro de téléphone invalide (exemple : 02 48 12 34 56).':
    'Invalid phone number (example: 02 48 12 34 56).',
  'Pour mes indemnisations': 'For my daily allowances',
  'Je souhaite être informé(e) par Email du paiement de mes indemnités':
    'I want to be told by e-mail when my daily allowances are paid',
  'Je souhaite être informé(e) par SMS du paiement de mes indemnités':
    'I want to be told by text message (SMS) when my daily allowances are paid',
  'Alerte par e-mail activée.': 'E-mail alert switched on.',
  'Alerte par e-mail désactivée.': 'E-mail alert switched off.',
  'Alerte par SMS activée.': 'SMS alert switched on.',
  'Alerte par SMS désactivée.': 'SMS alert switched off.',
  "Votre choix d'alerte par e-mail n'a pas pu être enregistré.":
    'Your choice of e-mail alert could not be saved.',
  "Votre choix d'alerte par SMS n'a pas pu être enregistré.": 'Your choice of SMS alert could not be saved.',
  'Indiquez si vous souhaitez être alerté(e) par e-mail.': 'Say whether you want to be alerted by e-mail.',
  'Indiquez si vous souhaitez être alerté(e) par SMS.': 'Say whether you want to be alerted by SMS.',

  // The change's confirmation e-mail (the member's language)
  'Portail Adhérent : votre demande « {0} » est enregistrée':
    'Portail Adhérent: your request “{0}” has been recorded',
  "Nous avons bien reçu votre demande « {0} » et son justificatif. Elle sera appliquée dès sa validation par nos services ; vous en suivez l'avancement dans « Suivi », rubrique Contact, du Portail Adhérent.":
    'We have received your request “{0}” and its supporting document. It will apply as soon as our team approves it; you can follow its progress in “Follow-up”, in the Contact section of Portail Adhérent.',
  "Si vous n'êtes pas à l'origine de cette demande, contactez sans attendre le service adhérents.":
    "If you did not make this request, contact the members' service straight away.",

  // Mot de passe (D4)
  'Saisissez votre mot de passe actuel, puis choisissez le nouveau et confirmez-le. Vos autres sessions seront fermées.':
    'Enter your current password, then choose the new one and confirm it. Your other sessions will be closed.',
  'Votre mot de passe a été modifié. Vos autres sessions ont été fermées et un e-mail vous le confirme.':
    'Your password has been changed. Your other sessions have been closed and an e-mail confirms it.',
  'Mot de passe actuel': 'Current password',
  'Nouveau mot de passe': 'New password',
  'Confirmation du nouveau mot de passe': 'Confirm the new password',
  'Modifier le mot de passe': 'Change the password',

  // Notifications (D5)
  'Aucune notification : votre dossier est à jour.': 'No notifications: your file is up to date.',
  'Les constats sur votre dossier à ce jour. Chacun vous propose un lien pour mettre à jour votre situation ou nous transmettre le document demandé.':
    'What we have noted about your file to date. Each comes with a link to update your situation or send us the document asked for.',
  'Adresse postale erronée': 'Wrong postal address',
  "Le dernier courrier vous concernant nous est revenu avec la mention NPAI (n'habite pas à l'adresse indiquée) de La Poste. Afin de procéder à votre changement d'adresse postale, merci de cliquer sur le lien ci-dessous.":
    'The last letter we sent you was returned by La Poste marked NPAI (not living at this address). To change your postal address, please click the link below.',
  'Certificat de scolarité manquant': 'Missing school certificate',
  "Afin de mettre à jour les droits de {0}, nous vous remercions de bien vouloir nous transmettre les justificatifs de scolarité de l'année en cours en cliquant sur le lien ci-dessous.":
    'To update the entitlements of {0}, please send us the proof of schooling for the current school year by clicking the link below.',
  'Transmettre un certificat de scolarité': 'Send a school certificate',
  'Règlement de vos prestations santé': 'Payment of your health benefits',
  'Vos prestations santé vous sont réglées par chèque. Pour bénéficier d’un règlement plus simple et plus rapide, optez pour le règlement par virement sur votre compte en cliquant sur le lien ci-dessous.':
    'Your health benefits are paid to you by cheque. For simpler and faster payment, choose payment by bank transfer to your account by clicking the link below.',
  'Modification de votre mode de règlement': 'Change of your payment method',
  "Échanges informatiques avec votre caisse d'assurance maladie":
    "Electronic exchanges with your health insurance fund (caisse d'assurance maladie)",
  "La liaison informatique (Noémie) avec votre caisse d'assurance maladie n'est pas en place : vos remboursements santé demandent l'envoi de vos décomptes. Transmettez-nous votre attestation d'assurance maladie pour que nous la mettions en place.":
    'The electronic link (Noémie) with your health insurance fund is not in place: your health reimbursements need you to send your statements. Send us your health insurance certificate so that we can set it up.',
  "Transmettre votre attestation d'assurance maladie": 'Send your health insurance certificate',
  'Règlement de vos cotisations': 'Payment of your contributions',
  'Vous réglez vos cotisations par chèque. Optez pour le prélèvement automatique : plus d’oubli ni de frais d’envoi, en cliquant sur le lien ci-dessous.':
    'You pay your contributions by cheque. Choose direct debit: no more forgetting and no postage costs, by clicking the link below.',

  // Intranets autorisés (W2)
  "Aucun intranet n'est autorisé : quand le site de votre employeur vous propose de vous connecter, le portail vous demande votre accord.":
    "No intranet is authorised: when your employer's site offers to connect you, the portal asks for your consent.",
  "Les sites de votre employeur où vous avez accepté d'afficher vos informations du portail.":
    "Your employer's sites where you have agreed to show your information from the portal.",
  'Ces sites peuvent afficher {0}.': 'These sites can show {0}.',
  'Autorisé le {0}': 'Authorised on {0}',
  "Retirer l'autorisation": 'Withdraw the permission',
  'de {0}': 'of {0}',
  "Retirer l'autorisation de {0} ? Ce site n'affichera plus vos informations.":
    'Withdraw the permission of {0}? This site will no longer show your information.',
  "L'autorisation de {0} est retirée : ce site n'affiche plus vos informations.":
    'The permission of {0} has been withdrawn: this site no longer shows your information.',
  "L'autorisation n'a pas pu être retirée.": 'The permission could not be withdrawn.',
  Retirer: 'Remove',

  // Appareils de confiance (P8)
  'Aucun appareil de confiance : cochez « Se souvenir de cet appareil » quand le portail vous demande le code reçu par e-mail ou SMS, et il ne vous sera plus demandé sur cet appareil pendant 90 jours.':
    'No trusted device: tick “Remember this device” when the portal asks for the code received by e-mail or SMS, and you will not be asked for it on that device for 90 days.',
  'Sur ces appareils, le code de vérification ne vous est pas demandé à la connexion, pendant 90 jours après leur ajout. Un changement de mot de passe les retire tous.':
    'On these devices, you are not asked for the verification code when you log in, for 90 days after they were added. A password change removes them all.',
  '(cet appareil)': '(this device)',
  'Ajouté le {0} — dernière utilisation le {1}': 'Added on {0} — last used on {1}',
  "l'appareil {0} ajouté le {1}": 'the device {0} added on {1}',
  "Retirer l'appareil": 'Remove the device',
  'Retirer « {0} » de vos appareils de confiance ? Le code vous sera demandé à la prochaine connexion depuis cet appareil.':
    'Remove “{0}” from your trusted devices? You will be asked for the code the next time you log in from this device.',
  "L'appareil « {0} » est retiré : le code vous sera demandé à la prochaine connexion depuis cet appareil.":
    'The device “{0}” has been removed: you will be asked for the code the next time you log in from this device.',
  "L'appareil n'a pas pu être retiré.": 'The device could not be removed.',

  // Télécharger mes données (P3)
  'Le Règlement général sur la protection des données (RGPD) vous donne le droit d’obtenir une copie de toutes les données que le portail conserve à votre sujet (article 15, droit d’accès) et de les récupérer dans un format réutilisable (article 20, droit à la portabilité) : une archive ZIP de fichiers JSON et de vos documents.':
    'The General Data Protection Regulation (GDPR, in French RGPD) gives you the right to obtain a copy of all the data the portal keeps about you (article 15, right of access) and to receive it in a reusable format (article 20, right to data portability): a ZIP archive of JSON files and of your documents.',
  'Votre demande n’a pas pu être envoyée. Réessayez.': 'Your request could not be sent. Try again.',
  'Préparer mon archive': 'Prepare my archive',
  'Préparer une nouvelle archive': 'Prepare a new archive',
  'Aucune archive demandée': 'No archive requested',
  'La préparation prend quelques minutes ; vous recevrez un e-mail dès que l’archive sera prête.':
    'Preparing it takes a few minutes; you will receive an e-mail as soon as the archive is ready.',
  'En préparation': 'Being prepared',
  'Demandée le {0}. Vous recevrez un e-mail dès qu’elle sera prête ; vous pouvez quitter cette page.':
    'Requested on {0}. You will receive an e-mail as soon as it is ready; you can leave this page.',
  "Prête — disponible jusqu'au {0}": 'Ready — available until {0}',
  'Télécharger mon archive (ZIP)': 'Download my archive (ZIP)',
  'Télécharger mon archive (ZIP, {0})': 'Download my archive (ZIP, {0})',
  'Préparée le {0}. Elle sera ensuite supprimée.': 'Prepared on {0}. It will be deleted after that.',
  Expirée: 'Expired',
  'Votre archive du {0} a été supprimée : une archive reste disponible {1} jours. Vous pouvez en préparer une nouvelle.':
    'Your archive of {0} has been deleted: an archive stays available for {1} days. You can prepare a new one.',
  'La préparation a échoué': 'Preparation failed',
  'Votre archive n’a pas pu être préparée. Vous pouvez la demander de nouveau.':
    'Your archive could not be prepared. You can ask for it again.',
  "Aucune archive n'est disponible : demandez-en une nouvelle.":
    'No archive is available: ask for a new one.',

  // Connexion avec un fournisseur d'identité (P7)
  'Connexion avec {0}': 'Log in with {0}',
  'Connectez-vous au portail avec votre compte {0}, sans mot de passe, une fois votre identité reliée à votre espace.':
    'Log in to the portal with your {0} account, without a password, once your identity is linked to your account.',
  'Chargement…': 'Loading…',
  'Cette page est momentanément indisponible. Réessayez plus tard.':
    'This page is temporarily unavailable. Try again later.',
  'Votre identité {0} est reliée à votre espace depuis le {1}.':
    'Your {0} identity has been linked to your account since {1}.',
  'Dernière connexion avec {0} : le {1}.': 'Last login with {0}: {1}.',
  'Vous ne vous êtes pas encore connecté avec {0}.': 'You have not logged in with {0} yet.',
  'Vous pouvez vous connecter avec « {0} » sur la page de connexion, sans mot de passe.':
    'You can log in with “{0}” on the login page, without a password.',
  'Retirer le lien avec {0}': 'Remove the link with {0}',
  'Retirer le lien entre votre espace et votre identité {0} ? Vous vous connecterez avec votre identifiant et votre mot de passe.':
    'Remove the link between your account and your {0} identity? You will log in with your username and password.',
  'Vous venez de vous identifier avec {0} dans ce navigateur. Reliez cette identité à votre espace pour vous connecter ensuite avec « {1} », sans mot de passe.':
    'You have just identified yourself with {0} in this browser. Link this identity to your account to log in with “{1}” from then on, without a password.',
  'Relier mon identité {0}': 'Link my {0} identity',
  "Aucune identité {0} n'est reliée à votre espace.": 'No {0} identity is linked to your account.',
  'Pour la relier : déconnectez-vous, cliquez sur « {0} » sur la page de connexion, puis connectez-vous une fois avec votre identifiant et votre mot de passe ; le portail vous proposera alors « Relier mon identité {1} ».':
    'To link it: log out, click “{0}” on the login page, then log in once with your username and password; the portal will then offer you “Link my {1} identity”.',
  'Votre identité {0} est reliée à votre espace : vous pourrez vous connecter avec « {1} ».':
    'Your {0} identity is linked to your account: you will be able to log in with “{1}”.',
  "Votre identité {0} n'a pas pu être reliée.": 'Your {0} identity could not be linked.',
  "Votre identité {0} n'est plus reliée à votre espace : connectez-vous avec votre identifiant et votre mot de passe.":
    'Your {0} identity is no longer linked to your account: log in with your username and password.',
  "Le lien n'a pas pu être retiré.": 'The link could not be removed.',

  // Texts the kernel's catalog has too (the same English), used by this section's pages and messages
  Chèque: 'Cheque',
  'Saisissez votre adresse e-mail.': 'Enter your e-mail address.',
  'Ce message est envoyé automatiquement : merci de ne pas y répondre.':
    'This message is sent automatically: please do not reply to it.',
  'Saisissez votre mot de passe actuel.': 'Enter your current password.',
  'Saisissez votre nouveau mot de passe.': 'Enter your new password.',
  'Mot de passe trop faible. {0}': 'Password too weak. {0}',
  "Choisissez un mot de passe différent de l'actuel.": 'Choose a password different from the current one.',
  'Resaisissez ce mot de passe.': 'Enter this password again.',
  'Les deux mots de passe ne sont pas identiques.': 'The two passwords do not match.',
};
