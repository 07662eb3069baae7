import type { Catalog } from '@portail/kernel/contract/i18n';

/** The shell's English (SPEC P6): French text → English text. */
export const en: Catalog = {
  // Header
  'Connecté en tant que': 'Logged in as',
  'Se déconnecter': 'Log out',
  'La langue n’a pas pu être changée.': 'The language could not be changed.',
  'Portail Adhérent': 'Portail Adhérent',
  'Le menu est momentanément indisponible.': 'The menu is temporarily unavailable.',

  // Page titles (document.title)
  Connexion: 'Log in',
  "Besoin d'aide": 'Need help',
  'Nouveau mot de passe': 'New password',
  'Créer mon espace': 'Create my account',
  'Activer mon espace': 'Activate my account',
  'Activer mon espace avec un code': 'Activate my account with a code',
  'Identifiant oublié': 'Forgotten username',
  'Conditions générales': 'Terms and conditions',
  'Navigateurs compatibles': 'Supported browsers',
  "Déclaration d'accessibilité": 'Accessibility statement',
  'Connexion au Portail Adhérent': 'Log in to the Portail Adhérent',
  "Conditions générales d'utilisation": 'Terms of use',
  Accueil: 'Home',
  'Page introuvable': 'Page not found',
  Chargement: 'Loading',
  '{0} – Portail Adhérent': '{0} – Portail Adhérent',

  // Shared words
  Valider: 'Confirm',
  Réessayer: 'Try again',
  Fermer: 'Close',
  'Chargement…': 'Loading…',
  'Retour à la connexion': 'Back to login',
  'Se connecter': 'Log in',
  'Identifiant ou e-mail': 'Username or e-mail',
  'Mot de passe': 'Password',
  'Adresse e-mail': 'E-mail address',
  'Date de naissance': 'Date of birth',
  "Numéro d'adhésion": 'Membership number',
  'Saisissez votre identifiant ou votre adresse e-mail.': 'Enter your username or your e-mail address.',
  'Saisissez votre mot de passe.': 'Enter your password.',
  'Saisissez votre adresse e-mail.': 'Enter your e-mail address.',
  'Saisissez votre date de naissance.': 'Enter your date of birth.',
  "Saisissez votre numéro d'adhésion.": 'Enter your membership number.',

  // Portal frame, session, live updates
  'Votre session a expiré. Veuillez vous reconnecter.': 'Your session has expired. Please log in again.',
  'Vous êtes déconnecté.': 'You are logged out.',
  'Cette page est momentanément indisponible. Rechargez la page.':
    'This page is temporarily unavailable. Reload the page.',
  'La rubrique « {0} » est momentanément indisponible. Réessayez plus tard ; le reste du portail reste accessible.':
    'The “{0}” section is temporarily unavailable. Try again later; the rest of the portal is still available.',
  'Voir le détail': 'See the details',
  'Votre session va expirer': 'Your session is about to expire',
  'Rester connecté': 'Stay logged in',
  'Sans action de votre part, votre session se terminera dans {0}.':
    'If you do nothing, your session will end in {0}.',

  // Footer
  'Informations pratiques': 'Practical information',
  'Service adhérents :': 'Member services:',
  ', du lundi au vendredi de 9 h à 17 h': ', Monday to Friday, 9 am to 5 pm',
  'Accessibilité : non conforme': 'Accessibility: not compliant',

  // Runtime: errors a member reads
  'Le service est momentanément indisponible. Réessayez dans quelques instants.':
    'The service is temporarily unavailable. Try again in a few moments.',
  Réseau: 'Network',
  Erreur: 'Error',
  'Connectez-vous au Portail Adhérent pour afficher ce contenu.':
    'Log in to the Portail Adhérent to see this content.',
  "La fenêtre de connexion du Portail Adhérent n'a pas pu s'ouvrir : autorisez les fenêtres pop-up pour ce site, puis réessayez.":
    'The Portail Adhérent login window could not open: allow pop-up windows for this site, then try again.',
  'La fenêtre de connexion a été fermée avant la fin de la connexion. Cliquez sur « Se connecter » pour réessayer.':
    'The login window was closed before you finished logging in. Click “Log in” (Se connecter) to try again.',

  // Login
  'Saisissez votre identifiant et votre mot de passe puis cliquez sur « Valider ».':
    'Enter your username and your password, then click “Confirm”.',
  'Ou connectez-vous avec votre compte {0} :': 'Or log in with your {0} account:',
  "Vous n'êtes pas encore adhérent ?": 'Not a member yet?',
  "L'identifiant fourni par votre employeur donne accès aux documents du kit d'adhésion.":
    'The username your employer gave you opens the documents of the membership kit.',
  'Espace Adhésion': 'Joining area (Espace Adhésion)',
  // Code step (P8)
  'Possible dans {0} s': 'Possible in {0} s',

  // Help (password reset request)
  'Mot de passe oublié ? Saisissez votre identifiant ou votre adresse e-mail : vous recevrez un lien pour choisir un nouveau mot de passe.':
    'Forgotten your password? Enter your username or your e-mail address: you will receive a link to choose a new password.',
  'Vous avez oublié votre identifiant ?': 'Forgotten your username?',
  "Vous êtes adhérent mais n'avez pas encore d'espace en ligne ?": 'A member, but no online account yet?',
  "Si un compte correspond à ces informations, un e-mail contenant un lien de réinitialisation vient d'être envoyé. Ce lien est valable 30 minutes.":
    'If an account matches these details, an e-mail with a reset link has just been sent. The link is valid for 30 minutes.',

  // New password (reset and activation)
  "Ce lien n'est plus valable : il a expiré ou a déjà été utilisé.":
    'This link is no longer valid: it has expired or has already been used.',
  'Vérification du lien…': 'Checking the link…',
  'Demander un nouveau lien': 'Ask for a new link',
  'Votre mot de passe a été modifié.': 'Your password has been changed.',
  'Choisissez votre nouveau mot de passe puis confirmez-le.': 'Choose your new password, then confirm it.',
  'Mot de passe trop faible. {0}': 'Password too weak. {0}',
  'Les deux mots de passe ne sont pas identiques.': 'The two passwords do not match.',
  'Confirmation du mot de passe': 'Confirm the password',

  // Activation
  "Ce lien d'activation n'est plus valable : il a expiré ou a déjà été utilisé. Demandez un nouveau lien depuis « Créer mon espace ».":
    'This activation link is no longer valid: it has expired or has already been used. Ask for a new link from “Create my account”.',
  'Choisissez le mot de passe de votre espace puis confirmez-le. Vous vous connecterez ensuite avec votre identifiant ou votre adresse e-mail et ce mot de passe.':
    'Choose the password of your account, then confirm it. You will then log in with your username or your e-mail address and this password.',
  "Vous êtes adhérent et n'avez pas encore d'espace en ligne ? Saisissez votre numéro d'adhésion, votre date de naissance et votre adresse e-mail : vous recevrez un lien pour choisir votre mot de passe, à l'adresse connue de nos services, ou un code par courrier si nous n'en avons pas.":
    'Are you a member without an online account yet? Enter your membership number, your date of birth and your e-mail address: you will receive a link to choose your password, at the address we hold for you, or a code by post if we have none.',
  "Vous avez reçu un code d'activation par courrier ?": 'Have you received an activation code by post?',
  'Activer mon espace avec ce code': 'Activate my account with this code',
  "Si les informations saisies correspondent à un adhérent sans espace en ligne, un e-mail contenant un lien d'activation (valable 24 heures) vient d'être envoyé à l'adresse connue de nos services. Si nous n'avons pas d'adresse e-mail pour vous, vous recevrez un code d'activation par courrier.":
    'If the details entered match a member without an online account, an e-mail with an activation link (valid for 24 hours) has just been sent to the address we hold. If we have no e-mail address for you, you will receive an activation code by post.',
  "Vous avez reçu par courrier un code d'activation après avoir demandé à créer votre espace. Saisissez-le avec votre numéro d'adhésion et votre date de naissance, puis choisissez l'adresse e-mail et le mot de passe de votre espace.":
    'You received an activation code by post after asking to create your account. Enter it with your membership number and your date of birth, then choose the e-mail address and the password of your account.',
  "Saisissez le code d'activation reçu par courrier.": 'Enter the activation code you received by post.',
  "Code d'activation": 'Activation code',
  '8 caractères, par exemple ABCD-2345': '8 characters, for example ABCD-2345',
  'Demander un nouveau code': 'Ask for a new code',

  // Identifier reminder
  "Saisissez votre adresse e-mail et votre date de naissance : votre identifiant vous sera envoyé à l'adresse e-mail connue de nos services.":
    'Enter your e-mail address and your date of birth: your username will be sent to the e-mail address we hold for you.',
  "Si les informations saisies correspondent à un adhérent, son identifiant vient d'être envoyé à l'adresse e-mail connue de nos services.":
    'If the details entered match a member, their username has just been sent to the e-mail address we hold.',

  // Terms of use (CGU)
  'Chargement des conditions générales…': 'Loading the terms and conditions…',
  "Pour accéder à vos services en ligne, prenez connaissance des conditions générales d'utilisation puis validez-les en cliquant sur « Valider » en bas de page.":
    'To use your online services, read the terms of use, then accept them by clicking “Confirm” at the bottom of the page.',
  'Version {0}, publiée le {1}.': 'Version {0}, published on {1}.',

  // Home (« Accueil »)
  'Bienvenue {0} sur vos services en ligne.': 'Welcome to your online services, {0}.',
  'Bienvenue sur vos services en ligne.': 'Welcome to your online services.',
  'Accès rapides': 'Quick links',
  'Nouveaux documents': 'New documents',
  'Aucun nouveau document': 'No new documents',
  "Aucun service n'est disponible pour le moment.": 'No service is available at the moment.',
  'Ce bloc est momentanément indisponible.': 'This block is temporarily unavailable.',
  " d'afficher « {0} »": ' showing “{0}”',
  "Votre page d'accueil est momentanément indisponible. Rechargez la page.":
    'Your home page is temporarily unavailable. Reload the page.',

  // Not found, browsers
  "La page demandée n'existe pas ou a été déplacée.": 'The page you asked for does not exist or has moved.',
  "Retour à l'accueil": 'Back to the home page',
  'Les services en ligne fonctionnent avec les deux dernières versions majeures des navigateurs suivants :':
    'The online services work with the last two major versions of the following browsers:',
  'JavaScript et les cookies doivent être activés. Pensez à mettre votre navigateur à jour régulièrement.':
    'JavaScript and cookies must be enabled. Remember to update your browser regularly.',

  // Intranet widget login (W2)
  'Cette adresse est incomplète : ouvrez-la avec le bouton « Se connecter » du site de votre employeur.':
    'This address is incomplete: open it with the “Log in” (Se connecter) button of your employer’s site.',
  "Cette fenêtre n'est plus reliée au site de votre employeur. Fermez-la, puis cliquez de nouveau sur « Se connecter » sur ce site.":
    'This window is no longer linked to your employer’s site. Close it, then click “Log in” (Se connecter) on that site again.',
  'Vous êtes connecté. Vous pouvez fermer cette fenêtre.': 'You are logged in. You can close this window.',
  'Vous pourrez retirer cette autorisation dans « Mon compte », rubrique « Intranets autorisés ».':
    'You can withdraw this permission in “My account”, under “Authorised intranets”.',
  Autoriser: 'Allow',
  Refuser: 'Refuse',
  'Connexion du site {0} en cours…': 'Connecting the site {0}…',
  'Le site {0} demande à afficher vos informations du Portail Adhérent : connectez-vous pour continuer.':
    'The site {0} asks to show your information from the Portail Adhérent: log in to continue.',

  // Accessibility statement
  'non conforme': 'not compliant',
  "La {0} s'engage à rendre ses services en ligne accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration d'accessibilité s'applique au Portail Adhérent ({1}) : ses pages publiques et l'espace des adhérents.":
    'The {0} is committed to making its online services accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005. This accessibility statement applies to the Portail Adhérent ({1}): its public pages and the members’ area.',
  'État de conformité': 'Compliance status',
  "Le Portail Adhérent est {0} avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1.2 : aucun audit de conformité à l'ensemble de ses critères n'a encore été réalisé, et les non-conformités énumérées ci-dessous sont connues.":
    'The Portail Adhérent is {0} with the French accessibility standard (RGAA, référentiel général d’amélioration de l’accessibilité), version 4.1.2: no compliance audit against all of its criteria has been carried out yet, and the non-compliances listed below are known.',
  'Résultats des tests': 'Test results',
  "L'évaluation a été menée par l'équipe du portail en décembre 2026. Elle n'est pas un audit complet des critères du RGAA par un organisme indépendant, qui reste à réaliser. Elle a comporté :":
    'The evaluation was carried out by the portal team in December 2026. It is not a full audit of the RGAA criteria by an independent body, which is still to be done. It included:',
  "une analyse automatique avec l'outil axe-core de chaque page visitée par les parcours de bout en bout du portail (pages publiques et espace des adhérents, sur ordinateur et en largeur de téléphone mobile) : aucune erreur relevée ;":
    'an automated analysis with the axe-core tool of every page visited by the portal’s end-to-end journeys (public pages and members’ area, on a computer and at mobile phone width): no error found;',
  "une mesure avec l'outil Lighthouse de Google : score d'accessibilité de 100 sur les pages mesurées ;":
    'a measurement with Google’s Lighthouse tool: an accessibility score of 100 on the pages measured;',
  "des vérifications manuelles au clavier : ordre de tabulation, lien d'évitement « Aller au contenu », visibilité du focus, menu sur petit écran et fenêtres de confirmation.":
    'manual keyboard checks: tab order, the “Skip to content” link, focus visibility, the menu on a small screen and confirmation windows.',
  'Contenus non accessibles': 'Content that is not accessible',
  'Non-conformités': 'Non-compliances',
  "Sur un petit écran (320 à 375 pixels de large), certains tableaux sont plus larges que l'écran : la page défile horizontalement et une partie des colonnes est hors de vue (prise en charge hospitalière, décomptes, cotisations, règlements, historique des envois, certificat d'adhésion, périodes d'une demande d'indemnisation).":
    'On a small screen (320 to 375 pixels wide), some tables are wider than the screen: the page scrolls horizontally and some columns are out of view (hospital cover, statements, contributions, payments, sending history, membership certificate, periods of a claim).',
  "La session se ferme après 30 minutes d'inactivité sans avertissement préalable ni possibilité de la prolonger ; un texte en cours de saisie peut être perdu.":
    'The session closes after 30 minutes of inactivity without prior warning or a way to extend it; text being typed may be lost.',
  "La progression de l'envoi de pièces jointes n'est pas annoncée aux technologies d'assistance : seuls l'ajout d'un fichier et la fin de l'envoi le sont.":
    'The progress of attachment uploads is not announced to assistive technologies: only adding a file and the end of the upload are.',
  "Les documents PDF produits par le portail (attestations, certificat, carte de tiers payant, courriers) ne sont pas balisés : leur structure n'est pas restituée aux technologies d'assistance.":
    'The PDF documents the portal produces (certificates, membership certificate, third-party payment card, letters) are not tagged: their structure is not conveyed to assistive technologies.',
  '(RGAA, critère {0})': '(RGAA, criterion {0})',
  'Dérogations pour charge disproportionnée': 'Exemptions for disproportionate burden',
  'Aucune.': 'None.',
  "Contenus non soumis à l'obligation d'accessibilité": 'Content not subject to the accessibility obligation',
  'Aucun.': 'None.',
  'Établissement de cette déclaration': 'Preparation of this statement',
  'Cette déclaration a été établie en décembre 2026.': 'This statement was prepared in December 2026.',
  'Technologies utilisées : HTML, CSS, JavaScript, WAI-ARIA.':
    'Technologies used: HTML, CSS, JavaScript, WAI-ARIA.',
  "Outils d'évaluation : axe-core, Lighthouse, navigation au clavier.":
    'Evaluation tools: axe-core, Lighthouse, keyboard navigation.',
  'Environnement de test : navigateur Chromium, sur ordinateur et en largeur de téléphone mobile.':
    'Test environment: Chromium browser, on a computer and at mobile phone width.',
  "Retour d'information et contact": 'Feedback and contact',
  "Si vous n'arrivez pas à accéder à un contenu ou à un service du portail, contactez le service adhérents : il vous indiquera une autre façon d'y accéder ou vous transmettra le contenu sous une autre forme.":
    'If you cannot access some content or a service of the portal, contact member services: they will tell you another way to access it or send you the content in another form.',
  'Depuis votre espace, par le formulaire': 'From your account, with the form',
  'Envoyer un message': 'Send a message',
  '(sujet « Autre demande »).': '(subject “Other request”).',
  'Par téléphone au': 'By phone on',
  ', du lundi au vendredi de 9 h à 17 h.': ', Monday to Friday, 9 am to 5 pm.',
  'Par courrier : {0}, Service adhérents – Accessibilité, {1}.':
    'By post: {0}, Service adhérents – Accessibilité, {1}.',
  'Voies de recours': 'Means of redress',
  "Si vous nous avez signalé un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à un service du portail et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits :":
    'If you have told us about an accessibility defect that prevents you from accessing some content or a service of the portal and have not received a satisfactory answer, you can refer the matter to the Défenseur des droits (the French Defender of Rights):',
  'par le': 'through the',
  'formulaire en ligne du Défenseur des droits': 'online form of the Défenseur des droits',
  ' ;': ';',
  'par téléphone au': 'by phone on',
  'par courrier, gratuitement et sans affranchissement : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.':
    'by post, free of charge and without a stamp: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
};
