import type { Catalog } from '@portail/kernel/contract/i18n';

/** The section's English (SPEC P6): its French texts (contract, pages, API) → English. */
export const en: Catalog = {
  // Manifest: menu, pages, request kinds, widgets' purposes, home, back office's payment form
  'Mes indemnisations': 'My benefits',
  "Demande d'indemnisation": 'Benefit claim',
  'Envoi de justificatifs': 'Send supporting documents',
  'Historique des envois': 'Sending history',
  'Historique des indemnisations': 'Benefit payment history',
  Justificatifs: 'Supporting documents',
  "Formulaire d'indemnisation": 'Claim form',
  'vos déclarations de sinistre en cours': 'your claims in progress',
  'votre historique des indemnisations': 'your benefit payment history',
  'Indemnité prévoyance': 'Income protection benefit',
  'Dernier paiement': 'Latest payment',
  "Voir l'historique des indemnisations": 'See the benefit payment history',
  'Déclarer un sinistre': 'Make a claim',
  'Envoyer un justificatif': 'Send a supporting document',
  // The employer's service (A6), named in its refusal
  "Demande d'indemnisation en ligne": 'Online benefit claim',

  // The sick-leave claim form (stored with its definition, translated when served)
  "Demande d'indemnisation — Arrêt de travail": 'Benefit claim — Sick leave',
  Employeur: 'Employer',
  'Ces informations viennent de votre dossier : contactez-nous si elles sont inexactes.':
    'This information comes from your file: contact us if it is incorrect.',
  Contrat: 'Contract',
  "Numéro d'adhésion agent": 'Employee membership number',
  'Service ou direction': 'Department or directorate',
  Adhérent: 'Member',
  Civilité: 'Title',
  Nom: 'Surname',
  Prénom: 'First name',
  'Date de naissance': 'Date of birth',
  'E-mail': 'E-mail',
  Téléphone: 'Telephone',
  Sinistre: 'Claim',
  "Nature de l'arrêt": 'Type of leave',
  'Maladie ordinaire': 'Ordinary sick leave',
  'Longue maladie': 'Long-term sick leave',
  'Accident du travail': 'Accident at work',
  'Accident de la vie privée': 'Accident outside work',
  'Circonstances (facultatif)': 'Circumstances (optional)',
  'Un tiers est-il responsable ?': 'Is a third party responsible?',
  Oui: 'Yes',
  Non: 'No',
  'Périodes présentées': 'Periods claimed',
  "Périodes présentées à l'indemnisation": 'Periods put forward for benefit',
  "Type d'arrêt": 'Type of sick note',
  'Arrêt initial': 'First sick note',
  Prolongation: 'Extension',
  "Date d'origine de l'évènement": 'Date of the original event',
  "Période(s) d'arrêt": 'Period(s) of sick leave',
  "L'arrêt est-il terminé ?": 'Has the sick leave ended?',
  'Arrêt(s) précédent(s)': 'Previous sick leave',
  'Avez-vous eu des arrêts de travail au cours des 12 derniers mois ?':
    'Have you been on sick leave in the last 12 months?',
  'Obligatoire si vous avez répondu « Oui ».': 'Required if you answered “Yes”.',
  "La date d'origine de l'évènement ne peut pas être postérieure au début de la première période d'arrêt.":
    'The date of the original event cannot be after the start of the first period of sick leave.',
  "Vous avez répondu que l'arrêt est terminé : la fin de la période ne peut pas être après aujourd'hui. Corrigez la date ou répondez « Non » à « L'arrêt est-il terminé ? ».":
    'You answered that the sick leave has ended: the end of the period cannot be after today. Correct the date or answer “No” to “Has the sick leave ended?”.',

  // Claim form checks (browser and server)
  'Plein traitement': 'Full pay',
  'Demi-traitement': 'Half pay',
  'Ce champ est obligatoire.': 'This field is required.',
  'Saisissez une date valide, au format jj/mm/aaaa.': 'Enter a valid date, in the format dd/mm/yyyy.',
  'Cette date ne peut pas être dans le futur.': 'This date cannot be in the future.',
  '{0} caractères au plus.': '{0} characters at most.',
  'Choisissez une des réponses proposées.': 'Choose one of the answers offered.',
  'Complétez la période : début, fin et traitement.': 'Complete the period: start, end and pay.',
  'La fin de la période doit être postérieure ou égale à son début.':
    'The end of the period must be on or after its start.',
  'Les périodes se chevauchent : corrigez leurs dates.': 'The periods overlap: correct their dates.',
  "Saisissez au moins une période d'arrêt.": 'Enter at least one period of sick leave.',
  'Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).':
    'Invalid e-mail address (example: firstname.surname@example.com).',
  'Numéro de téléphone invalide (exemple : 06 12 34 56 78).':
    'Invalid telephone number (example: 06 12 34 56 78).',
  'Le numéro SIRET compte 14 chiffres.': 'The SIRET number has 14 digits.',
  'Le code postal compte 5 chiffres.': 'The postcode has 5 digits.',
  '{0} périodes au plus.': '{0} periods at most.',
  'Cette demande a été modifiée entre-temps (dans un autre onglet ou sur un autre appareil). Rechargez-la pour reprendre la dernière version enregistrée.':
    'This claim has been changed in the meantime (in another tab or on another device). Reload it to pick up the latest saved version.',
  'Cette demande a déjà été envoyée : elle ne peut plus être modifiée.':
    'This claim has already been sent: it can no longer be changed.',
  'Certains champs sont manquants ou incorrects : ils sont signalés en rouge.':
    'Some fields are missing or incorrect: they are marked in red.',

  // C1 Demande d'indemnisation
  "Cette demande n'existe pas ou ne vous concerne pas.": 'This claim does not exist or does not concern you.',
  'Choisissez un formulaire.': 'Choose a form.',
  "Ce formulaire n'est pas proposé pour votre contrat.": 'This form is not offered for your contract.',
  "Le service « {0} » n'est pas ouvert par votre employeur.":
    'The “{0}” service is not offered by your employer.',
  "Vous avez déjà {0} demandes en cours : envoyez-en ou supprimez-en avant d'en commencer une autre.":
    'You already have {0} claims in progress: send or delete some before starting another.',
  Date: 'Date',
  Formulaire: 'Form',
  Actions: 'Actions',
  'La demande du {0} a été supprimée.': 'The claim of {0} has been deleted.',
  'la demande du {0} ({1})': 'the claim of {0} ({1})',
  Poursuivre: 'Continue',
  Supprimer: 'Delete',
  "Formulaire(s) en ligne de demande d'indemnisation": 'Online benefit claim form(s)',
  "Aucun formulaire en ligne n'est proposé pour votre contrat.":
    'No online form is offered for your contract.',
  "Cliquer sur « Déclarer un sinistre » pour commencer la rédaction d'une demande d'indemnisation en ligne.":
    'Click “Make a claim” to start writing a benefit claim online.',
  "Demande(s) d'indemnisation en cours": 'Benefit claim(s) in progress',
  "Cliquer sur ✎ pour poursuivre une demande d'indemnisation en cours de rédaction ou sur ✕ pour supprimer cette dernière.":
    'Click ✎ to continue a benefit claim you are writing, or ✕ to delete it.',
  "Formulaire(s) PDF de demande d'indemnisation": 'PDF benefit claim form(s)',
  "Cliquer sur l'icône à droite de chaque ligne pour télécharger le formulaire vierge, à imprimer et compléter.":
    'Click the icon on the right of each line to download the blank form, to print and fill in.',
  "Transmission d'un formulaire PDF complété ou d'un formulaire papier numérisé":
    'Sending a completed PDF form or a scanned paper form',
  'Votre formulaire a bien été transmis.': 'Your form has been sent.',
  'Vous le retrouverez dans «': 'You will find it in “',
  '».': '”.',
  'Formulaire complété (PDF) ou numérisé': 'Completed (PDF) or scanned form',
  'Choisir un fichier': 'Choose a file',
  Envoyer: 'Send',
  'Téléchargez le formulaire ci-dessous, complétez-le et renvoyez-le par courrier, avec la copie de votre arrêt de travail, à {0}, {1}.':
    'Download the form below, fill it in and send it back by post, with a copy of your sick note, to {0}, {1}.',
  "Suppression d'une demande d'indemnisation": 'Deleting a benefit claim',
  "Voulez-vous supprimer la demande d'indemnisation du {0} ({1}) ? Elle ne pourra pas être récupérée.":
    'Do you want to delete the benefit claim of {0} ({1})? It cannot be recovered.',
  "Ce menu vous permet de gérer les demandes d'indemnisation émises via les services en ligne.":
    'This menu lets you manage the benefit claims made through the online services.',
  // Transmission of a completed form (request of the back office, sending's documents)
  "Formulaire de demande d'indemnisation": 'Benefit claim form',

  // C2 the online claim form
  'Demande enregistrée le {0}.': 'Claim saved on {0}.',
  'Recharger la demande': 'Reload the claim',
  Suivi: 'Follow-up',
  "Votre demande d'indemnisation a été envoyée le {0}.": 'Your benefit claim was sent on {0}.',
  'Elle a été transmise au service de gestion. Suivez son traitement dans «':
    'It has been passed on to our claims team. Follow its progress in “',
  '» ; un e-mail vous informera de la décision.': '”; an e-mail will tell you the decision.',
  'Télécharger la demande envoyée (PDF)': 'Download the claim sent (PDF)',
  'Vous la retrouverez aussi dans «': 'You will also find it in “',
  "Cette demande d'indemnisation a été envoyée le {0} : elle ne peut plus être modifiée.":
    'This benefit claim was sent on {0}: it can no longer be changed.',
  'Suivez son traitement dans «': 'Follow its progress in “',
  '». Le document transmis se trouve dans «': '”. The document sent is in “',
  'Suppression de la demande': 'Deleting the claim',
  "Voulez-vous supprimer cette demande d'indemnisation ? Elle ne pourra pas être récupérée.":
    'Do you want to delete this benefit claim? It cannot be recovered.',
  "Envoi de la demande d'indemnisation": 'Sending the benefit claim',
  'Envoyer la demande': 'Send the claim',
  "Voulez-vous envoyer cette demande d'indemnisation ? Une fois envoyée, votre demande ne pourra plus être modifiée.":
    'Do you want to send this benefit claim? Once sent, your claim can no longer be changed.',
  "Elle sera transmise au service de gestion, qui l'étudiera. Vous suivrez son traitement dans « Suivi » (rubrique Contact), et un e-mail vous informera de la décision.":
    'It will be passed on to our claims team, who will review it. You can follow its progress in “Follow-up” (Contact section), and an e-mail will tell you the decision.',
  'La demande envoyée (PDF) sera dans « Historique des envois ».':
    'The claim sent (PDF) will be in “Sending history”.',
  Enregistrer: 'Save',
  "Cette demande n'est pas encore enregistrée. Elle sera conservée dans « Demande(s) d'indemnisation en cours » dès que vous l'enregistrerez.":
    'This claim is not saved yet. It will be kept in “Benefit claim(s) in progress” as soon as you save it.',
  "Retour à mes demandes d'indemnisation": 'Back to my benefit claims',
  'Rubriques de la demande': 'Sections of the claim',
  '(erreurs)': '(errors)',
  Précédent: 'Previous',
  Suivant: 'Next',
  Début: 'Start',
  Fin: 'End',
  '{0} de la période {1}': '{0} of period {1}',
  '{0}, période {1}': '{0}, period {1}',
  '(au moins une période obligatoire)': '(at least one period required)',
  Période: 'Period',
  'Période {0}': 'Period {0}',

  // C3 the claim's PDF
  'du {0} au {1} ({2})': 'from {0} to {1} ({2})',
  '{0} — envoyée le {1} — référence {2}': '{0} — sent on {1} — reference {2}',
  '{0} : {1}': '{0}: {1}',
  'Demande transmise par le Portail Adhérent. Elle ne peut plus être modifiée : pour la compléter, envoyez vos justificatifs depuis « Envoi de justificatifs ».':
    'Claim sent through the Portail Adhérent. It can no longer be changed: to add to it, send your supporting documents from “Send supporting documents”.',
  "Demande d'indemnisation (PDF)": 'Benefit claim (PDF)',

  // C4 Envoi de justificatifs, and its cover sheet (PDF)
  'Saisissez votre adresse e-mail.': 'Enter your e-mail address.',
  'Votre message dépasse {0} caractères : raccourcissez-le.':
    'Your message is over {0} characters: shorten it.',
  'Vos justificatifs ont été envoyés.': 'Your supporting documents have been sent.',
  "Chaque fichier doit respecter le format JPG, PNG ou PDF et ne pas dépasser la taille limite de 3.5Mo. Il est possible d'envoyer au maximum {0} fichiers ; la taille totale des fichiers envoyés ne doit pas être supérieure à 10Mo.":
    'Each file must be in JPG, PNG or PDF format and no larger than 3.5 MB. You can send at most {0} files; the total size of the files sent must not exceed 10 MB.',
  "Télécharger le bordereau d'envoi": 'Download the cover sheet',
  "Retrouvez cet envoi dans l'": 'Find this sending in the ',
  'Mon message (facultatif)': 'My message (optional)',
  'Format attendu : prenom.nom@exemple.fr': 'Expected format: firstname.surname@example.com',
  '10 chiffres, par exemple 06 12 34 56 78': '10 digits, for example 06 12 34 56 78',
  'Mes documents': 'My documents',
  'Ajouter un justificatif': 'Add a supporting document',
  'Information : une fois les fichiers envoyés, vous pouvez les retrouver via le menu «':
    'Note: once the files are sent, you can find them through the menu “',
  'Saisissez votre e-mail et votre téléphone ci-dessous.': 'Enter your e-mail and telephone below.',
  'Ce menu vous permet de transmettre les justificatifs relatifs aux indemnisations.':
    'This menu lets you send the supporting documents for your benefits.',
  'Envoyer mes justificatifs pour indemnisation': 'Send my supporting documents for a benefit',
  "Saisissez un message dans la zone dédiée, modifiez si nécessaire l'e-mail et le téléphone (ces informations apparaîtront sur le bordereau d'envoi accompagnant vos documents) et ajoutez les justificatifs. Cliquez ensuite sur « Envoyer » pour transmettre les éléments.":
    'Type a message in the box provided, change the e-mail and telephone if needed (they will appear on the cover sheet sent with your documents) and add the supporting documents. Then click “Send” to send them.',
  '{0} Ko': '{0} KB',
  "Bordereau d'envoi de justificatifs": 'Cover sheet for supporting documents',
  '{0} — identifiant {1}': '{0} — login {1}',
  'E-mail : {0}': 'E-mail: {0}',
  'Téléphone : {0}': 'Telephone: {0}',
  'non communiqué': 'not given',
  Message: 'Message',
  'Aucun message.': 'No message.',
  'Documents joints ({0})': 'Documents attached ({0})',
  "L'empreinte SHA-256 de chaque fichier permet de vérifier qu'il a été reçu tel qu'il a été envoyé.":
    'The SHA-256 fingerprint of each file makes it possible to check that it was received as it was sent.',
  "Bordereau d'envoi": 'Cover sheet',

  // C5 Historique des envois (and the period choice C6 shares)
  'Mois en cours': 'This month',
  '3 derniers mois': 'Last 3 months',
  '6 derniers mois': 'Last 6 months',
  '12 derniers mois': 'Last 12 months',
  Tous: 'All',
  Toutes: 'All',
  'du {0} au {1}': 'from {0} to {1}',
  'depuis le {0}': 'since {0}',
  "jusqu'au {0}": 'until {0}',
  'Période affichée : {0}': 'Period shown: {0}',
  "Ce menu vous permet de consulter les demandes d'indemnisation et les justificatifs transmis via les services en ligne.":
    'This menu lets you see the benefit claims and supporting documents sent through the online services.',
  "Utilisez les boutons « Mois en cours », …, « Tous » pour filtrer l'affichage. Le tableau liste, pour la période choisie, les demandes d'indemnisation et les justificatifs transmis via les services en ligne. Cliquez sur un document pour le télécharger.":
    'Use the buttons “This month”, …, “All” to filter what is shown. The table lists, for the period chosen, the benefit claims and supporting documents sent through the online services. Click a document to download it.',
  'Aucun envoi ce mois-ci': 'Nothing sent this month',
  'Aucun envoi au cours des 3 derniers mois': 'Nothing sent in the last 3 months',
  'Aucun envoi au cours des 6 derniers mois': 'Nothing sent in the last 6 months',
  'Aucun envoi au cours des 12 derniers mois': 'Nothing sent in the last 12 months',
  'Aucun envoi pour le moment': 'Nothing sent yet',
  Type: 'Type',
  Référence: 'Reference',
  Documents: 'Documents',
  '1 envoi': '1 sending',
  '{0} envois': '{0} sendings',
  Télécharger: 'Download',
  'du {0}': 'dated {0}',
  'Afficher tous les envois': 'Show all sendings',
  Actualiser: 'Refresh',
  'tous les envois': 'all sendings',
  'Période inconnue.': 'Unknown period.',
  "Ce document n'existe pas ou ne vous concerne pas.":
    'This document does not exist or does not concern you.',

  // C6 Historique des indemnisations
  "Date d'indemnisation": 'Payment date',
  "Date d'évènement": 'Event date',
  "Période d'arrêt": 'Period of leave',
  'Tri inconnu.': 'Unknown sort order.',
  "Ce menu vous permet de consulter l'historique de vos indemnisations.":
    'This menu lets you see the history of your benefit payments.',
  "Cliquez sur le montant pour avoir le détail d'indemnisation. Seules les indemnisations à compter du {0} sont présentées.":
    'Click the amount to see the payment’s details. Only benefit payments from {0} onwards are shown.',
  'Aucune indemnisation ce mois-ci': 'No benefit payment this month',
  'Aucune indemnisation au cours des 3 derniers mois': 'No benefit payment in the last 3 months',
  'Aucune indemnisation au cours des 6 derniers mois': 'No benefit payment in the last 6 months',
  'Aucune indemnisation au cours des 12 derniers mois': 'No benefit payment in the last 12 months',
  'Aucune indemnisation depuis le {0}': 'No benefit payment since {0}',
  'Le règlement a été émis en date du {0} par {1} (sous réserve des délais de traitement bancaire).':
    'The payment was issued on {0} by {1} (subject to bank processing times).',
  '1 indemnisation': '1 benefit payment',
  '{0} indemnisations': '{0} benefit payments',
  'Trier par :': 'Sort by:',
  'Employeur : {0}': 'Employer: {0}',
  "Contrat : {0} - Numéro d'adhésion agent : {1}": 'Contract: {0} - Employee membership number: {1}',
  'Référence du règlement : {0}': 'Payment reference: {0}',
  'Détail du règlement de': 'Details of the payment of',
  'Détail du règlement de {0} du {1}': 'Details of the payment of {0} dated {1}',
  'Pagination des indemnisations': 'Benefit payment pages',
  'Afficher toutes les indemnisations': 'Show all benefit payments',
  'toutes les indemnisations': 'all benefit payments',
  'Prestations pour la {0} du {1} - {2}': 'Benefits for {0} from {1} - {2}',
  '{0} jour': '{0} day',
  '{0} jours': '{0} days',
  'Montant brut': 'Gross amount',
  'Montant net': 'Net amount',
  "Date de l'évènement": 'Date of the event',
  'Jours à plein traitement': 'Days at full pay',
  'Jours à demi-traitement': 'Days at half pay',
  'Indemnité journalière': 'Daily allowance',
  "Ce règlement n'existe pas ou ne vous concerne pas.":
    'This payment does not exist or does not concern you.',
  'CSG (6,7 %)': 'CSG (6.7%)',
  'CRDS (0,5 %)': 'CRDS (0.5%)',
  // The payment's alert (e-mail, SMS) and live notice
  'Portail Adhérent : un règlement de vos indemnités a été émis':
    'Portail Adhérent: a payment of your benefits has been issued',
  'Un règlement de {0} a été émis le {1} pour la période du {2} au {3}. Son détail est dans « Historique des indemnisations ».':
    'A payment of {0} was issued on {1} for the period from {2} to {3}. Its details are in “Benefit payment history”.',
  'Portail Adhérent : règlement de {0} émis le {1} (indemnités du {2} au {3}).':
    'Portail Adhérent: payment of {0} issued on {1} (benefits from {2} to {3}).',
  'Un règlement de {0} a été émis le {1}.': 'A payment of {0} was issued on {1}.',

  // P4 Attestations fiscales (block, widget, PDF)
  'Attestation fiscale {0}': 'Tax certificate {0}',
  "Cette attestation fiscale n'existe pas.": 'This tax certificate does not exist.',
  "L'attestation fiscale {0} sera disponible à partir du 1er janvier {1}, une fois l'année terminée.":
    'The {0} tax certificate will be available from 1 January {1}, once the year is over.',
  "Aucune indemnité ne vous a été versée en {0} : il n'y a pas d'attestation fiscale pour cette année.":
    'No benefit was paid to you in {0}: there is no tax certificate for that year.',
  'Attestations fiscales': 'Tax certificates',
  "Pour votre déclaration de revenus : le montant net imposable des indemnités journalières qui vous ont été versées, année par année. L'attestation d'une année est disponible dès le 1er janvier suivant.":
    'For your income tax return: the net taxable amount of the daily allowances paid to you, year by year. A year’s certificate is available from the following 1 January.',
  'Aucune attestation fiscale : aucune indemnité ne vous a été versée les années passées':
    'No tax certificate: no benefit was paid to you in past years',
  Année: 'Year',
  Règlements: 'Payments',
  'Montant net imposable': 'Net taxable amount',
  '{0} règlements': '{0} payments',
  '1 règlement': '1 payment',
  "Télécharger l'attestation fiscale {0} (PDF)": 'Download the {0} tax certificate (PDF)',
  'Indemnités journalières complémentaires versées du {0} au {1}':
    'Supplementary daily allowances paid from {0} to {1}',
  Assureur: 'Insurer',
  'Service adhérents : {0}': 'Member services: {0}',
  "Numéro d'adhérent : {0}": 'Member number: {0}',
  "Contrat : {0}, souscrit par {1} — numéro d'adhésion {2}":
    'Contract: {0}, taken out by {1} — membership number {2}',
  "Contrat : {0} — numéro d'adhésion {1}": 'Contract: {0} — membership number {1}',
  'Indemnités versées en {0}': 'Benefits paid in {0}',
  '{0} atteste avoir versé à {1}, au titre du contrat de prévoyance collective ci-dessus, les indemnités journalières complémentaires suivantes en {2} :':
    '{0} certifies that it paid {1}, under the group income protection (prévoyance) contract above, the following supplementary daily allowances in {2}:',
  'Date du règlement': 'Payment date',
  'Période indemnisée': 'Period covered',
  Jours: 'Days',
  'CSG et CRDS prélevées': 'CSG and CRDS deducted',
  'dont CSG déductible': 'of which deductible CSG',
  'Net imposable': 'Net taxable',
  'Total {0}': 'Total {0}',
  'Montant net imposable {0} : {1}': 'Net taxable amount {0}: {1}',
  "Montant à reporter sur votre déclaration de revenus {0} (revenus de {1}), rubrique « Traitements, salaires », case 1AJ (1BJ si vous êtes le déclarant 2). Ce montant est en principe déjà prérempli avec vos autres revenus : vérifiez-le et ne l'ajoutez pas une seconde fois.":
    'Amount to enter on your {0} income tax return ({1} income), section “Traitements, salaires” (salaries), box 1AJ (1BJ if you are the second declarant). This amount is normally already pre-filled with your other income: check it and do not add it a second time.',
  "Les indemnités journalières complémentaires versées dans le cadre d'un contrat de prévoyance collective obligatoire souscrit par l'employeur sont imposables dans la catégorie des traitements et salaires (article 79 du code général des impôts ; BOI-RSA-CHAMP-20-30-20). Le montant net imposable est le montant brut diminué de la CSG déductible, soit 3,8 % du montant brut (article 154 quinquies du code général des impôts) ; la CRDS et la part non déductible de la CSG restent imposables. Un éventuel prélèvement à la source ne vient pas en déduction de ce montant.":
    'Supplementary daily allowances paid under a compulsory group income protection (prévoyance) contract taken out by the employer are taxable as salaries (“traitements et salaires”, article 79 of the code général des impôts; BOI-RSA-CHAMP-20-30-20). The net taxable amount is the gross amount less the deductible CSG, that is 3.8% of the gross amount (article 154 quinquies of the code général des impôts); the CRDS and the non-deductible part of the CSG remain taxable. Any tax withheld at source (prélèvement à la source) is not deducted from this amount.',
  "Les indemnités journalières versées par la Sécurité sociale ne figurent pas sur cette attestation : elles vous sont déclarées par votre caisse d'assurance maladie.":
    'Daily allowances paid by Social Security (Sécurité sociale) are not on this certificate: they are declared to you by your health insurance fund (caisse d’assurance maladie).',
  'Document établi le {0}.': 'Document issued on {0}.',
  '{0} — {1} — adhérent {2}': '{0} — {1} — member {2}',

  // « Accueil » block and intranet widgets
  'Aucun paiement pour le moment': 'No payment yet',
  'Émis le': 'Issued on',
  'par {0}': 'by {0}',
  Action: 'Action',
  'sur le Portail Adhérent (nouvelle fenêtre)': 'on the Portail Adhérent (new window)',
  'la demande du {0} sur le Portail Adhérent (nouvelle fenêtre)':
    'the claim of {0} on the Portail Adhérent (new window)',
  "déclarer un sinistre et suivre vos demandes d'indemnisation":
    'make a claim and follow your benefit claims',
  "Formulaire(s) en ligne de demande d'indemnisation :": 'Online benefit claim form(s):',
  'Déclarer un sinistre : {0}': 'Make a claim: {0}',
  "Toutes mes demandes d'indemnisation": 'All my benefit claims',
  Prestations: 'Benefits',
  Montant: 'Amount',
  'Mes dernières indemnisations': 'My latest benefit payments',
  "consulter l'historique de vos indemnisations": 'see the history of your benefit payments',
  'Aucune indemnisation pour le moment': 'No benefit payment yet',
  "Voir tout l'historique": 'See the whole history',
  // The labels of the requests this section makes, stored in French (Suivi)
  'Justificatifs pour indemnisation ({0} document)': 'Supporting documents for a claim ({0} document)',
  'Justificatifs pour indemnisation ({0} documents)': 'Supporting documents for a claim ({0} documents)',
  "Formulaire de demande d'indemnisation transmis": 'Claim form sent',
};
