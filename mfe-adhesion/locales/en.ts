import type { Catalog } from '@portail/kernel/contract/i18n';

/** The section's English (SPEC P6): its French texts (contract, pages, API) → English. */
export const en: Catalog = {
  // Manifest: menu, pages, request kind, widgets
  'Mon adhésion': 'My membership',
  Contrat: 'Contract',
  Formulaires: 'Forms',
  'Documents clés': 'Key documents',
  "Certificat d'affiliation": 'Certificate of membership',
  'Carte de tiers payant': 'Direct billing card (tiers payant)',
  'Prise en charge hospitalière': 'Hospital cover guarantee',
  'Espace Adhésion': 'Joining area (Espace Adhésion)',
  'vos documents clés': 'your key documents',
  'consulter vos documents clés': 'view your key documents',
  'Mes documents clés': 'My key documents',
  'Demande de carte de tiers payant': 'Direct billing card request',

  // Relationships and kinds of stay
  Adhérent: 'Member',
  Conjoint: 'Spouse or partner',
  Enfant: 'Child',
  Médecine: 'Medicine',
  Chirurgie: 'Surgery',
  Maternité: 'Maternity',
  'Chirurgie ambulatoire': 'Day surgery',
  Psychiatrie: 'Psychiatry',
  'Soins de suite et de réadaptation': 'Follow-up care and rehabilitation',

  // Contrat, Formulaires, Documents clés
  "Cliquer sur l'icône à droite de chaque ligne pour télécharger le document.":
    'Click the icon on the right of each line to download the document.',
  'Ce menu vous permet de consulter les documents contractuels liés à votre adhésion. Les documents non lus sont signalés par un liseré orange.':
    'Here you can view the contractual documents of your membership. Unread documents are marked with an orange edge.',
  'Ce menu vous permet de télécharger les formulaires vierges liés à votre adhésion.':
    'Here you can download the blank forms of your membership.',
  'Ce menu vous permet de consulter les documents clés liés à votre adhésion. Les documents non lus sont signalés par un liseré orange.':
    'Here you can view the key documents of your membership. Unread documents are marked with an orange edge.',

  // Espace Adhésion (kit d'adhésion)
  "Si vous n'êtes pas encore adhérent, l'identifiant fourni par votre employeur donne accès aux documents du kit d'adhésion.":
    'If you are not a member yet, the identifier your employer gave you opens the documents of the joining kit (kit d’adhésion).',
  'Identifiant fourni par votre employeur': 'Identifier given by your employer',
  "Saisissez l'identifiant fourni par votre employeur.": 'Enter the identifier given by your employer.',
  "L'identifiant fourni par l'employeur donne accès aux documents du kit d'adhésion. Cliquer sur l'icône à droite de chaque ligne pour télécharger le document.":
    'The identifier given by the employer opens the documents of the joining kit. Click the icon on the right of each line to download the document.',
  Valider: 'Confirm',
  "Kit d'adhésion — {0}": 'Joining kit — {0}',
  "Ces liens de téléchargement sont valables jusqu'à {0}.": 'These download links are valid until {0}.',
  "Documents du kit d'adhésion": 'Documents of the joining kit',
  'Saisir un autre identifiant': 'Enter another identifier',
  'Identifiant non reconnu.': 'Identifier not recognised.',
  "Identifiant non reconnu. Vérifiez l'identifiant fourni par votre employeur, en respectant les tirets.":
    'Identifier not recognised. Check the identifier given by your employer, including its hyphens.',
  'La vérification « Je ne suis pas un robot » a échoué ou a expiré : cochez à nouveau la case.':
    'The “I am not a robot” check failed or expired: tick the box again.',
  'Cochez la case « Je ne suis pas un robot ».': 'Tick the “I am not a robot” box.',
  'Trop de tentatives depuis votre connexion. Réessayez dans 15 minutes.':
    'Too many attempts from your connection. Try again in 15 minutes.',
  "L'accès au kit d'adhésion a expiré : saisissez à nouveau l'identifiant fourni par votre employeur.":
    'Access to the joining kit has expired: enter the identifier given by your employer again.',

  // Certificat d'affiliation (page)
  "Téléchargez votre certificat d'affiliation : il est établi immédiatement, sans validation préalable.":
    'Download your certificate of membership: it is issued at once, with no prior approval.',
  Employeur: 'Employer',
  "N° d'adhésion": 'Membership no.',
  'Depuis le': 'Since',
  Certificat: 'Certificate',
  'Télécharger le certificat': 'Download the certificate',
  'Vos affiliations': 'Your memberships',
  'Aucune affiliation pour le moment': 'No membership for now',
  "Cette adhésion n'existe pas ou ne vous concerne pas.":
    'This membership does not exist or does not concern you.',

  // Certificat d'affiliation (PDF)
  'du {0} au {1}': 'from {0} to {1}',
  'depuis le {0} et à ce jour': 'since {0} and to this day',
  "{0} certifie que {1}, né le {2}, est affilié au contrat « {3} » souscrit par son employeur, {4}, sous le numéro d'adhésion {5}, {6}.":
    '{0} certifies that {1}, born on {2}, is a member of the contract “{3}” taken out by their employer, {4}, under membership number {5}, {6}.',
  "{0} certifie que {1}, née le {2}, est affiliée au contrat « {3} » souscrit par son employeur, {4}, sous le numéro d'adhésion {5}, {6}.":
    '{0} certifies that {1}, born on {2}, is a member of the contract “{3}” taken out by their employer, {4}, under membership number {5}, {6}.',
  "{0} certifie que {1}, né(e) le {2}, est affilié(e) au contrat « {3} » souscrit par son employeur, {4}, sous le numéro d'adhésion {5}, {6}.":
    '{0} certifies that {1}, born on {2}, is a member of the contract “{3}” taken out by their employer, {4}, under membership number {5}, {6}.',
  "{0} certifie que {1}, né le {2}, est affilié au contrat « {3} » sous le numéro d'adhésion {4}, {5}.":
    '{0} certifies that {1}, born on {2}, is a member of the contract “{3}” under membership number {4}, {5}.',
  "{0} certifie que {1}, née le {2}, est affiliée au contrat « {3} » sous le numéro d'adhésion {4}, {5}.":
    '{0} certifies that {1}, born on {2}, is a member of the contract “{3}” under membership number {4}, {5}.',
  "{0} certifie que {1}, né(e) le {2}, est affilié(e) au contrat « {3} » sous le numéro d'adhésion {4}, {5}.":
    '{0} certifies that {1}, born on {2}, is a member of the contract “{3}” under membership number {4}, {5}.',
  'contrat individuel': 'individual contract',
  'Ce certificat est délivré pour servir et valoir ce que de droit.':
    'This certificate is issued for all legal intents and purposes.',
  'Nom : {0}': 'Name: {0}',
  "Numéro d'adhésion : {0}": 'Membership number: {0}',
  'Contrat : {0}': 'Contract: {0}',
  'Employeur : {0}': 'Employer: {0}',
  'Période de garantie : {0}': 'Period of cover: {0}',
  Délivrance: 'Issue',
  'Fait à Bourges, le {0}.': 'Issued in Bourges on {0}.',
  'Référence de vérification : {0}': 'Verification reference: {0}',
  "Pour vérifier l'authenticité de ce certificat, communiquez cette référence au service adhérents ({0}).":
    'To check that this certificate is genuine, give this reference to the members’ service ({0}).',
  '{0} — certificat {1}': '{0} — certificate {1}',

  // Carte de tiers payant (page)
  'Téléchargez votre carte de tiers payant (recto/verso) ou demandez-en une nouvelle : votre demande est transmise à nos services.':
    'Download your direct billing card (front/back) or ask for a new one: your request is sent to our teams.',
  'Votre demande de carte du {0} est en cours de traitement.': 'Your card request of {0} is being processed.',
  'Remplacée le {0} par la carte n° {1} : cette carte n’est plus valable.':
    'Replaced on {0} by card no. {1}: this card is no longer valid.',
  'Remplacée le {0} : cette carte n’est plus valable.': 'Replaced on {0}: this card is no longer valid.',
  'Carte n° {0}': 'Card no. {0}',
  'Valable du {0} au {1}': 'Valid from {0} to {1}',
  "N° d'organisme": 'Organisation no.',
  'Émise le': 'Issued on',
  Bénéficiaires: 'Beneficiaries',
  'né(e) le {0}': 'born on {0}',
  'Télécharger la carte (recto/verso)': 'Download the card (front/back)',
  'n° {0}': 'no. {0}',
  'Demander une carte': 'Request a card',
  'Aucune carte de tiers payant pour le moment': 'No direct billing card for now',
  'Nouvelle carte': 'New card',
  'Une demande de carte est déjà en cours de traitement : vous serez informé(e) de sa suite.':
    'A card request is already being processed: you will be told of its outcome.',
  "Cette carte n'existe pas ou ne vous concerne pas.": 'This card does not exist or does not concern you.',
  // The member's e-mail when the card is issued
  " Elle remplace votre carte n° {0}, qui n'est plus valable.":
    ' It replaces your card no. {0}, which is no longer valid.',
  ' Elle remplace vos cartes n° {0}, qui ne sont plus valables.':
    ' It replaces your cards no. {0}, which are no longer valid.',
  'Votre nouvelle carte de tiers payant n° {0}, valable du {1} au {2}, est disponible dans « Carte de tiers payant », rubrique Mon adhésion, du Portail Adhérent : téléchargez-la (recto/verso) pour la présenter avec votre carte Vitale.':
    'Your new direct billing card no. {0}, valid from {1} to {2}, is available in “Direct billing card (tiers payant)”, under My membership, on the Portail Adhérent: download it (front/back) and show it with your carte Vitale (health insurance card).',

  // Carte de tiers payant (PDF)
  'Carte de tiers payant {0}': 'Direct billing card {0}',
  'Carte de tiers payant — Recto': 'Direct billing card (tiers payant) — Front',
  'Carte de tiers payant — Verso': 'Direct billing card (tiers payant) — Back',
  'N° organisme (AMC)': 'Organisation no. (AMC)',
  'N° de carte': 'Card no.',
  Validité: 'Validity',
  'Remplacée le {0} par une nouvelle carte : ne la présentez plus.':
    'Replaced on {0} by a new card: do not show it any more.',
  'Présentez cette carte avec votre carte Vitale.':
    'Show this card with your carte Vitale (health insurance card).',
  'Professionnels de santé : tiers payant sur la part complémentaire, organisme n° {0}.':
    'Health professionals: direct billing (tiers payant) of the complementary share, organisation no. {0}.',

  // Prise en charge hospitalière (page and form)
  "Obtenez immédiatement votre prise en charge hospitalière : remplissez le formulaire, le document est établi à l'instant et reste disponible dans l'historique.":
    'Get your hospital cover guarantee at once: fill in the form, the document is issued immediately and stays available in the history.',
  'Votre prise en charge est prête : téléchargez-la ci-dessous.':
    'Your guarantee is ready: download it below.',
  "Date d'émission": 'Date of issue',
  Bénéficiaire: 'Beneficiary',
  Établissement: 'Hospital or clinic',
  Admission: 'Admission',
  'Type de séjour': 'Type of stay',
  Document: 'Document',
  'Télécharger la prise en charge {0}': 'Download guarantee {0}',
  'Prises en charge obtenues': 'Guarantees obtained',
  'Aucune prise en charge obtenue pour le moment': 'No guarantee obtained for now',
  "Date d'admission": 'Admission date',
  "Au plus tôt 30 jours avant aujourd'hui, au plus tard dans un an.":
    'No earlier than 30 days ago, no later than one year from now.',
  'Obtenir la prise en charge': 'Get the guarantee',
  'Choisissez le bénéficiaire.': 'Choose the beneficiary.',
  "Saisissez le nom de l'établissement.": 'Enter the name of the hospital or clinic.',
  "Saisissez la date d'admission.": 'Enter the admission date.',
  'Choisissez le type de séjour.': 'Choose the type of stay.',
  "Le nom de l'établissement ne peut dépasser 120 caractères.":
    'The name of the hospital or clinic cannot exceed 120 characters.',
  "Date trop ancienne : la prise en charge se demande pour une admission d'il y a 30 jours au plus.":
    'Date too far back: a guarantee is requested for an admission no more than 30 days ago.',
  "Date trop lointaine : l'admission doit avoir lieu dans l'année.":
    'Date too far ahead: the admission must take place within a year.',
  'Choisissez un bénéficiaire de votre contrat.': 'Choose a beneficiary of your contract.',
  "Cette prise en charge n'existe pas ou ne vous concerne pas.":
    'This guarantee does not exist or does not concern you.',

  // Prise en charge hospitalière (PDF)
  '{0} — organisme complémentaire n° {1}': '{0} — complementary health insurer no. {1}',
  "{0} garantit à l'établissement ci-dessous la prise en charge des frais d'hospitalisation de {1}, dans la limite des garanties du contrat santé de l'adhérent, en complément de l'Assurance maladie.":
    '{0} guarantees to the hospital or clinic below that it covers the hospital costs of {1}, within the limits of the member’s health cover contract, in addition to the Assurance maladie (French national health insurance).',
  Hospitalisation: 'Hospital stay',
  'Établissement : {0}': 'Hospital or clinic: {0}',
  "Date d'admission : {0}": 'Admission date: {0}',
  'Type de séjour : {0}': 'Type of stay: {0}',
  'Bénéficiaire : {0}': 'Beneficiary: {0}',
  'Émise le {0}, valable pour cette admission.': 'Issued on {0}, valid for this admission.',
  'Référence : {0}': 'Reference: {0}',
  "L'établissement adresse sa facture à {0}, {1}, en rappelant cette référence.":
    'The hospital or clinic sends its invoice to {0}, {1}, quoting this reference.',
  '{0} — prise en charge {1}': '{0} — guarantee {1}',

  // Member's data archive
  "secrets : empreintes des liens du kit d'adhésion donnés aux employeurs":
    'secrets: fingerprints of the joining kit links given to employers',
};
