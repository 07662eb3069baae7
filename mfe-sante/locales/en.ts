import type { Catalog } from '@portail/kernel/contract/i18n';

/** The section's English (SPEC P6): its French texts (contract, pages, API) → English. */
export const en: Catalog = {
  // Manifest (menu, pages, home, shortcuts, request kinds, widgets)
  'Mes services santé': 'My health cover',
  'Mes règlements': 'My payments',
  Décomptes: 'Statements',
  Cotisations: 'Contributions',
  'Estimer un remboursement': 'Estimate a reimbursement',
  'Devis santé': 'Health quote',
  'vos remboursements santé': 'your health reimbursements',
  'Dernier remboursement': 'Latest reimbursement',
  'Voir tous mes règlements': 'See all my payments',

  // Shared labels (contract)
  'du {0} au {1}': 'from {0} to {1}',
  'Décompte mensuel': 'Monthly statement',
  'Décompte ponctuel': 'One-off statement',
  Prélèvement: 'Direct debit',
  Chèque: 'Cheque',
  Virement: 'Bank transfer',

  // Mes règlements (G1): the list
  'Retrouvez les règlements de vos frais de santé, du plus récent au plus ancien. Choisissez une période ou un bénéficiaire pour affiner la liste, puis ouvrez un règlement pour voir le détail des actes remboursés.':
    'Find the payments of your healthcare costs, newest first. Choose a period or a beneficiary to narrow the list, then open a payment to see the details of the treatments reimbursed.',
  'Date du règlement': 'Payment date',
  'Date des soins': 'Date of treatment',
  Soins: 'Treatment',
  'Bénéficiaire(s)': 'Beneficiary(ies)',
  Mode: 'Method',
  Montant: 'Amount',
  Détail: 'Details',
  'Voir le détail': 'See the details',
  'du règlement du {0} de {1}': 'of the payment of {0} for {1}',
  '1 règlement': '1 payment',
  '{0} règlements': '{0} payments',
  'Filtrer les règlements': 'Filter the payments',
  Bénéficiaire: 'Beneficiary',
  'Tous les bénéficiaires': 'All beneficiaries',
  'Pagination des règlements': 'Payment pages',
  'Aucun règlement sur cette période': 'No payment in this period',
  'Aucun règlement pour le moment': 'No payment yet',

  // Mes règlements (G1): one payment
  "Ce règlement est introuvable : il n'existe pas ou ne vous concerne pas. Retrouvez vos règlements dans la liste.":
    'This payment cannot be found: it does not exist or does not concern you. Find your payments in the list.',
  'Frais réels': 'Actual costs',
  'Base de remboursement': 'Reimbursement base',
  'Remboursement Sécurité sociale': 'Social Security (Sécurité sociale) reimbursement',
  "Part de l'organisme": "Insurer's share",
  'Reste à charge': 'Out-of-pocket',
  Acte: 'Treatment',
  'Payé par chèque.': 'Paid by cheque.',
  'Payé par virement sur le compte': 'Paid by bank transfer to the account',
  'Payé par virement.': 'Paid by bank transfer.',
  'Soins du {0} : {1}.': 'Treatment on {0}: {1}.',
  'Soins du {0} au {1} : {2}.': 'Treatment from {0} to {1}: {2}.',
  'Retour à mes règlements': 'Back to my payments',
  Total: 'Total',
  'Remboursement du {0}': 'Reimbursement of {0}',
  'Montant du règlement :': 'Payment amount:',
  'Actes remboursés': 'Treatments reimbursed',
  'Détail du règlement': 'Payment details',
  "Ce règlement n'existe pas ou ne vous concerne pas.":
    'This payment does not exist or does not concern you.',
  'Date de début invalide.': 'Invalid start date.',
  'Date de fin invalide.': 'Invalid end date.',
  'Bénéficiaire inconnu.': 'Unknown beneficiary.',
  'La date de fin doit suivre la date de début.': 'The end date must come after the start date.',

  // Décomptes (G2)
  'Vos décomptes mensuels et ponctuels récapitulent les prestations santé qui vous ont été réglées. Ils sont classés du plus récent au plus ancien : téléchargez-les ou imprimez-les au format PDF.':
    'Your monthly and one-off statements sum up the health benefits paid to you. They are listed newest first: download or print them as PDFs.',
  "L'impression du décompte n'a pas pu être lancée. Téléchargez-le, puis imprimez-le depuis votre lecteur PDF.":
    'The statement could not be printed. Download it, then print it from your PDF reader.',
  Type: 'Type',
  Période: 'Period',
  "Date d'émission": 'Date issued',
  'Montant total': 'Total amount',
  Actions: 'Actions',
  Décompte: 'Statement',
  Télécharger: 'Download',
  'le {0} (PDF)': 'the {0} (PDF)',
  Imprimer: 'Print',
  'le {0}': 'the {0}',
  'Aucun décompte pour le moment': 'No statement yet',
  'Impression du décompte': 'Printing the statement',
  "Ce décompte n'existe pas ou ne vous concerne pas.":
    'This statement does not exist or does not concern you.',

  // Décomptes (G2): the PDF
  'Adhérent : {0} — adhésion n° {1}': 'Member: {0} — membership no. {1}',
  'Émis le {0}.': 'Issued on {0}.',
  'Règlement du {0} : {1} par {2} sur {3}': 'Payment of {0}: {1} by {2} to {3}',
  'Règlement du {0} : {1} par {2}': 'Payment of {0}: {1} by {2}',
  "{0} — {1} — {2} : frais réels {3}, base {4}, Sécurité sociale {5}, part de l'organisme {6}, reste à charge {7}.":
    "{0} — {1} — {2}: actual costs {3}, base {4}, Social Security (Sécurité sociale) {5}, insurer's share {6}, out-of-pocket {7}.",
  'Total réglé : {0}': 'Total paid: {0}',
  '{0} règlement(s) sur la période.': '{0} payment(s) in the period.',

  // Cotisations (G3)
  'Retrouvez le détail de vos cotisations santé : montant dû et payé pour chaque période, date et mode de paiement, et le solde de votre compte.':
    'Find the details of your health cover contributions: amount due and paid for each period, payment date and method, and the balance of your account.',
  "Vos cotisations sont prélevées par votre employeur sur votre salaire : elles n'apparaissent pas ici.":
    'Your contributions are deducted from your salary by your employer: they do not appear here.',
  'Montant dû': 'Amount due',
  'Montant payé': 'Amount paid',
  'Date de paiement': 'Payment date',
  'Mode de paiement': 'Payment method',
  'Non payée': 'Unpaid',
  'Reste à payer : {0}': 'Left to pay: {0}',
  'Trop-perçu : {0}': 'Overpaid: {0}',
  'Solde : {0}': 'Balance: {0}',
  'Contrat :': 'Contract:',
  'Aucune cotisation pour le moment': 'No contribution yet',

  // Estimer un remboursement (P5): the page
  "Avant un soin, estimez ce que la Sécurité sociale et votre contrat rembourseront, et ce qui restera à votre charge, d'après le tableau de garanties de votre contrat et les remboursements déjà reçus cette année. Vous pouvez ensuite nous envoyer votre devis.":
    'Before treatment, estimate what Social Security (Sécurité sociale) and your contract will reimburse, and what you will have left to pay, from your contract’s table of benefits and the reimbursements already received this year. You can then send us your quote.',
  'Votre devis a bien été envoyé. Nos services vous répondront dans « Suivi ».':
    'Your quote has been sent. Our team will answer you in “Suivi” (request tracking).',
  'Suivre ma demande dans « Suivi »': 'Follow my request in “Suivi” (request tracking)',
  'Envoyer mon devis': 'Send my quote',
  "Joignez votre devis : nos services vérifient l'estimation ci-dessus et vous répondent dans « Suivi ».":
    'Attach your quote: our team checks the estimate above and answers you in “Suivi” (request tracking).',
  Devis: 'Quote',
  'Joindre mon devis': 'Attach my quote',
  'Commentaire (facultatif)': 'Comment (optional)',
  'Pour qui ?': 'Who is it for?',
  'Saisissez le prix du soin, ou chaque ligne de votre devis (par exemple la monture et les verres).':
    'Enter the price of the treatment, or each line of your quote (for example the frame and the lenses).',
  Estimer: 'Estimate',
  "Le tableau de garanties de votre contrat n'est pas disponible en ligne.":
    'Your contract’s table of benefits is not available online.',

  // Estimer un remboursement (P5): the lines of a quote
  'Ligne {0}': 'Line {0}',
  Soin: 'Treatment',
  'Prix (€)': 'Price (€)',
  'Par exemple 450,00': 'For example 450.00',
  'Nombre de jours': 'Number of days',
  'Retirer la ligne {0}': 'Remove line {0}',
  'Ajouter une ligne du devis': 'Add a line of the quote',
  'Choisissez le soin.': 'Choose the treatment.',
  "Ce soin n'est pas couvert par votre tableau de garanties.":
    'This treatment is not covered by your table of benefits.',
  'Saisissez le prix, en euros (par exemple 120,50).': 'Enter the price, in euros (for example 120.50).',
  'Prix invalide : saisissez un montant en euros, par exemple 120,50.':
    'Invalid price: enter an amount in euros, for example 120.50.',
  'Le prix doit être positif.': 'The price must be positive.',
  'Le prix ne peut pas dépasser 100 000 €.': 'The price cannot exceed €100,000.',
  'Saisissez le nombre de jours (de 1 à 365).': 'Enter the number of days (1 to 365).',
  'Ajoutez au moins un soin.': 'Add at least one treatment.',
  'Un devis compte {0} lignes au plus.': 'A quote has {0} lines at most.',
  'Choisissez le bénéficiaire.': 'Choose the beneficiary.',
  'Votre commentaire dépasse {0} caractères : raccourcissez-le.':
    'Your comment is longer than {0} characters: please shorten it.',

  // Estimer un remboursement (P5): the estimate
  "Tableau de l'estimation": 'Estimate table',
  'Estimation du remboursement pour {0}': 'Reimbursement estimate for {0}',
  'Estimation du remboursement': 'Reimbursement estimate',
  Prix: 'Price',
  ' ({0} jour)': ' ({0} day)',
  ' ({0} jours)': ' ({0} days)',
  'Règles appliquées': 'Rules applied',
  'Forfaits et plafonds {0}': 'Allowances and ceilings {0}',
  '{0} : {1} par an ; déjà utilisé : {2} ; pris par cette estimation : {3} ; reste ensuite : {4}.':
    '{0}: {1} a year; already used: {2}; taken by this estimate: {3}; left afterwards: {4}.',
  'À savoir': 'Good to know',
  'La Sécurité sociale rembourse {0} de la base de remboursement (le prix, {1}), moins la participation forfaitaire de {2}, qui reste à votre charge : {3}.':
    'Social Security (Sécurité sociale) reimburses {0} of the reimbursement base (the price, {1}), less the flat-rate contribution (participation forfaitaire) of {2}, which you pay: {3}.',
  'La Sécurité sociale rembourse {0} de la base de remboursement ({1}), moins la participation forfaitaire de {2}, qui reste à votre charge : {3}.':
    'Social Security (Sécurité sociale) reimburses {0} of the reimbursement base ({1}), less the flat-rate contribution (participation forfaitaire) of {2}, which you pay: {3}.',
  'La Sécurité sociale rembourse {0} de la base de remboursement (le prix, {1}) : {2}.':
    'Social Security (Sécurité sociale) reimburses {0} of the reimbursement base (the price, {1}): {2}.',
  'La Sécurité sociale rembourse {0} de la base de remboursement ({1}) : {2}.':
    'Social Security (Sécurité sociale) reimburses {0} of the reimbursement base ({1}): {2}.',
  'La Sécurité sociale ne rembourse pas ce soin.':
    'Social Security (Sécurité sociale) does not reimburse this treatment.',
  "Votre contrat complète jusqu'à {0} de la base de remboursement, Sécurité sociale comprise ({1}).":
    'Your contract tops up to {0} of the reimbursement base, Social Security included ({1}).',
  'Votre contrat rembourse les frais restants, dans la limite de son forfait.':
    'Your contract reimburses the remaining costs, up to its allowance.',
  'Votre contrat rembourse {0} par jour, soit {1} pour {2} jour, dans la limite des frais.':
    'Your contract reimburses {0} a day, that is {1} for {2} day, up to the costs.',
  'Votre contrat rembourse {0} par jour, soit {1} pour {2} jours, dans la limite des frais.':
    'Your contract reimburses {0} a day, that is {1} for {2} days, up to the costs.',
  'Limite : {0} de {1} par an et par bénéficiaire ; déjà utilisé : {2}, reste {3}.':
    'Limit: {0} of {1} a year per beneficiary; already used: {2}, left {3}.',
  'La part de votre contrat est limitée à ce qui reste de ce montant : {0}.':
    'Your contract’s share is limited to what is left of this amount: {0}.',
  'Reste à votre charge : {0}.': 'Left for you to pay: {0}.',

  // « Accueil »: Dernier remboursement
  'Aucun remboursement pour le moment': 'No reimbursement yet',
  'Soins du {0}': 'Treatment on {0}',
  'Soins du {0} au {1}': 'Treatment from {0} to {1}',
  '{0} : {1}': '{0}: {1}',
  'Remboursement du': 'Reimbursement of',
  'par {0}': 'by {0}',
  'Pour {0}': 'For {0}',
  'du remboursement du {0}': 'of the reimbursement of {0}',

  // Widget (W2): Mes derniers remboursements
  'Mes derniers remboursements': 'My latest reimbursements',
  'consulter vos remboursements': 'see your reimbursements',
  Date: 'Date',

  // Alert of a reimbursement (e-mail, SMS, open pages), in the member's language
  'Portail Adhérent : un remboursement santé a été émis':
    'Portail Adhérent: a health reimbursement has been issued',
  'Un remboursement de {0} a été émis le {1}. Son détail est dans « Mes règlements ».':
    'A reimbursement of {0} was issued on {1}. Its details are in “My payments”.',
  'Portail Adhérent : remboursement santé de {0} émis le {1}.':
    'Portail Adhérent: health reimbursement of {0} issued on {1}.',
  'Un remboursement de {0} a été émis le {1}.': 'A reimbursement of {0} was issued on {1}.',
  // The label of a quote sent (« Devis : » and the cares it prices), stored in French (Suivi)
  'Devis : {0}': 'Quote: {0}',
};
