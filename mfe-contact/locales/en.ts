import type { Catalog } from '@portail/kernel/contract/i18n';

/** The section's English (SPEC P6): its French texts (contract, pages, API) → English. */
export const en: Catalog = {
  // Manifest: menu, pages, request kinds, « Accueil » blocks and shortcut
  Contact: 'Contact',
  'Envoyer un message': 'Send a message',
  'Vous avez une question': 'Ask a question',
  'Nous transmettre': 'Send us documents',
  Suivi: 'Follow-up',
  'Questions fréquentes': 'Frequently asked questions',
  'Nous contacter': 'Contact us',
  Message: 'Message',
  Question: 'Question',
  'Transmission de documents': 'Documents sent',
  'Réponses et décisions': 'Answers and decisions',
  'Voir le suivi de mes demandes': 'See the follow-up of my requests',
  'Mes demandes en cours': 'My requests in progress',
  'Voir toutes mes demandes': 'See all my requests',

  // Subjects of a message, themes of a question
  'Mon adhésion': 'My membership',
  'Mes indemnisations': 'My benefits',
  'Mes remboursements santé': 'My health reimbursements',
  'Mes cotisations': 'My contributions',
  'Mes données personnelles': 'My personal data',
  'Autre demande': 'Other request',
  Remboursements: 'Reimbursements',
  Cotisations: 'Contributions',
  Garanties: 'Cover',
  Adhésion: 'Membership',

  // Envoyer un message, Vous avez une question
  'Écrivez-nous : choisissez le sujet de votre message, puis rédigez-le. Votre message est transmis à nos services, et sa prise en charge se suit dans « Suivi ».':
    'Write to us: choose the subject of your message, then write it. Your message goes to our teams, and you can follow its handling in “Follow-up”.',
  Sujet: 'Subject',
  'Sélectionnez un sujet.': 'Select a subject.',
  'Sélectionnez un sujet...': 'Select a subject...',
  'Saisissez votre message.': 'Enter your message.',
  Envoyer: 'Send',
  'Effacer le message': 'Clear the message',
  'Votre message a bien été envoyé. Vous pouvez suivre sa prise en charge dans':
    'Your message has been sent. You can follow its handling in',
  '« Suivi »': '“Follow-up”',
  'Posez votre question à nos conseillers : choisissez son thème, puis rédigez-la. La réponse vous est envoyée par e-mail et reste consultable dans « Suivi ».':
    'Ask our advisers your question: choose its theme, then write it. The answer is sent to you by e-mail and stays available in “Follow-up”.',
  Thème: 'Theme',
  'Choisissez le thème de votre question.': 'Choose the theme of your question.',
  'Sélectionnez un thème...': 'Select a theme...',
  'Votre question': 'Your question',
  'Saisissez votre question.': 'Enter your question.',
  'Votre question a bien été envoyée.': 'Your question has been sent.',
  'Vous recevrez la réponse par e-mail ; elle sera aussi consultable dans':
    'You will receive the answer by e-mail; it will also be available in',
  'Votre texte dépasse {0} caractères : raccourcissez-le.':
    'Your text exceeds {0} characters: please shorten it.',
  'Vous avez envoyé beaucoup de demandes en peu de temps : réessayez dans une heure, ou appelez le service adhérents.':
    'You have sent many requests in a short time: try again in an hour, or call the members’ service.',

  // Nous transmettre: the natures of document, in their two groups
  'État civil ou situation familiale': 'Civil status or family situation',
  'Acte de mariage': 'Marriage certificate',
  'Nous envoyer un acte de mariage': 'Send us a marriage certificate',
  'Acte de naissance': 'Birth certificate',
  'Nous envoyer un acte de naissance': 'Send us a birth certificate',
  'Acte de notoriété': 'Affidavit of heirship (acte de notoriété)',
  'Nous envoyer un acte de notoriété': 'Send us an affidavit of heirship (acte de notoriété)',
  'Certificat de scolarité': 'School attendance certificate',
  'Nous envoyer un certificat de scolarité': 'Send us a school attendance certificate',
  "Attestation d'assurance maladie": 'Health insurance certificate (attestation d’assurance maladie)',
  "Nous envoyer une attestation d'assurance maladie": 'Send us a health insurance certificate',
  "Jugement d'adoption": 'Adoption order',
  "Nous envoyer un jugement d'adoption": 'Send us an adoption order',
  'Justificatif de vie commune (PACS, etc.)': 'Proof of living together (PACS, etc.)',
  'Nous envoyer un justificatif de vie commune (PACS, etc.)':
    'Send us a proof of living together (PACS, etc.)',
  'Acte de décès': 'Death certificate',
  'Nous envoyer un acte de décès': 'Send us a death certificate',
  'Jugement de divorce': 'Divorce decree',
  'Nous envoyer un jugement de divorce': 'Send us a divorce decree',
  'Certificat de radiation Mutuelle santé': 'Certificate of termination of health cover (Mutuelle santé)',
  'Nous envoyer un certificat de radiation Mutuelle santé':
    'Send us a certificate of termination of health cover',
  'Avis de situation France Travail (ex-Pôle Emploi)': 'France Travail (formerly Pôle Emploi) status notice',
  'Nous envoyer un avis de situation France Travail': 'Send us a France Travail status notice',
  'Remboursements frais de santé': 'Health costs reimbursements',
  'Décomptes Sécurité sociale Ameli': 'Social Security (Sécurité sociale) Ameli statements',
  'Nous envoyer des décomptes Sécurité sociale Ameli':
    'Send us Social Security (Sécurité sociale) Ameli statements',
  'Devis dentaire': 'Dental quote',
  'Nous envoyer un devis dentaire': 'Send us a dental quote',
  'Devis optique': 'Optical quote',
  'Nous envoyer un devis optique': 'Send us an optical quote',
  "Devis d'honoraires hospitaliers": 'Quote for hospital fees',
  "Nous envoyer un devis d'honoraires hospitaliers": 'Send us a quote for hospital fees',
  'Autres devis': 'Other quotes',
  'Nous envoyer un autre devis': 'Send us another quote',
  "Facture d'appareillage": 'Invoice for medical equipment',
  "Nous envoyer une facture d'appareillage": 'Send us an invoice for medical equipment',
  'Facture de chirurgie': 'Surgery invoice',
  'Nous envoyer une facture de chirurgie': 'Send us a surgery invoice',
  'Facture dentaire': 'Dental invoice',
  'Nous envoyer une facture dentaire': 'Send us a dental invoice',
  'Facture optique': 'Optical invoice',
  'Nous envoyer une facture optique': 'Send us an optical invoice',
  'Facture prothèse auditive': 'Hearing aid invoice',
  'Nous envoyer une facture de prothèse auditive': 'Send us a hearing aid invoice',
  'Facture radiologie/laboratoire/kiné...': 'Radiology/laboratory/physiotherapy invoice...',
  'Nous envoyer une facture de radiologie, de laboratoire ou de kiné':
    'Send us a radiology, laboratory or physiotherapy invoice',
  // A transmission's label whose English is not « Documents sent: » and its nature's (below)
  "Transmission : Attestation d'assurance maladie": 'Documents sent: Health insurance certificate',

  // Nous transmettre: pages and form
  'Envoyez-nous vos documents : choisissez leur nature. Chaque envoi est vérifié par nos services ; sa prise en charge se suit dans « Suivi ».':
    'Send us your documents: choose their type. Each sending is checked by our teams; you can follow its handling in “Follow-up”.',
  'Joignez votre document, puis envoyez-le. Il est vérifié par nos services ; sa prise en charge se suit dans « Suivi ».':
    'Attach your document, then send it. It is checked by our teams; you can follow its handling in “Follow-up”.',
  'Toutes les natures de documents': 'All types of document',
  'Page introuvable': 'Page not found',
  "Cette nature de document n'existe pas ou n'est plus proposée.":
    'This type of document does not exist or is no longer offered.',
  'Votre fichier a été correctement transmis à nos services. Vous recevrez ultérieurement une confirmation du traitement de votre demande.':
    'Your file has been sent to our teams. You will later receive a confirmation that your request has been processed.',
  'Suivre ma demande dans « Suivi »': 'Follow my request in “Follow-up”',
  Document: 'Document',
  'Choisir un fichier': 'Choose a file',
  'Commentaire (facultatif)': 'Comment (optional)',
  "Par exemple, le prénom de l'enfant concerné.": 'For example, the first name of the child concerned.',
  'Votre commentaire dépasse {0} caractères : raccourcissez-le.':
    'Your comment exceeds {0} characters: please shorten it.',
  'Choisissez la nature du document.': 'Choose the type of document.',

  // Suivi
  'Retrouvez toutes vos demandes, de la plus récente à la plus ancienne : leur état, leur historique et les réponses de nos services. Une demande traitée peut être retirée de la liste avec « Ne plus afficher ».':
    'Find all your requests, newest first: their status, their history and our teams’ answers. A processed request can be removed from the list with “Stop showing”.',
  'Votre message': 'Your message',
  'Votre commentaire': 'Your comment',
  'Votre demande': 'Your request',
  '1 demande': '1 request',
  '{0} demandes': '{0} requests',
  '« {0} » du {1}': '“{0}” of {1}',
  "La demande du {0} n'est plus affichée.": 'The request of {0} is no longer shown.',
  Historique: 'History',
  'Documents joints': 'Attached documents',
  Télécharger: 'Download',
  'Demande du': 'Request of',
  'Statut :': 'Status:',
  'Motif du refus :': 'Reason for refusal:',
  'Réponse du': 'Answer of',
  Réponse: 'Answer',
  'Ne plus afficher': 'Stop showing',
  'la demande {0}': 'the request {0}',
  'Aucune demande pour le moment': 'No request for now',

  // « Accueil » blocks
  'Décision du': 'Decision of',
  'Motif du refus : {0}': 'Reason for refusal: {0}',
  'Aucune réponse ni décision ces 30 derniers jours': 'No answer or decision in the last 30 days',
  'Aucune demande en cours': 'No request in progress',
  '1 demande en cours': '1 request in progress',
  '{0} demandes en cours': '{0} requests in progress',

  // Questions fréquentes
  'Les réponses aux questions que les adhérents nous posent le plus souvent. Choisissez une question pour afficher sa réponse.':
    'The answers to the questions members ask us most often. Choose a question to show its answer.',
  'Aucune question fréquente pour le moment': 'No frequently asked question for now',
  "Vous n'avez pas trouvé votre réponse ?": 'Did not find your answer?',
  'Posez-nous votre question': 'Ask us your question',

  // Nous contacter
  'Le service adhérents de la {0} est à votre écoute.': 'The members’ service of {0} is here to help.',
  'Par téléphone': 'By phone',
  'Le service adhérents vous répond {0}.': 'The members’ service answers {0}.',
  'du lundi au vendredi de 9 h à 17 h': 'Monday to Friday, 9 am to 5 pm',
  'Par message': 'By message',
  'Écrivez-nous depuis votre espace :': 'Write to us from your account:',
  'Pour une question sur vos remboursements, vos cotisations, vos garanties ou votre adhésion :':
    'For a question about your reimbursements, your contributions, your cover or your membership:',
  'Suivez ensuite leur prise en charge dans': 'Then follow their handling in',
  'Par courrier': 'By post',
  'Navigateurs compatibles': 'Supported browsers',
  'Le portail fonctionne avec les navigateurs courants, dans leurs versions récentes :':
    'The portal works with common browsers, in their recent versions:',
  'consulter la liste des navigateurs compatibles': 'see the list of supported browsers',

  // Member's data archive
  'questions fréquentes : contenu éditorial commun, aucune donnée personnelle':
    'frequently asked questions: shared editorial content, no personal data',
  // The labels of the requests, stored in French (Suivi, « Accueil »): « Message : » and its subject,
  // « Question : » and its theme, « Transmission : » and its nature, each translated (localizedLabel)
  'Message : {0}': 'Message: {0}',
  'Question : {0}': 'Question: {0}',
  'Transmission : {0}': 'Documents sent: {0}',
};
