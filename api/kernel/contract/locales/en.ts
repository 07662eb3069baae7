import type { Catalog } from '../i18n.js';

/** The kernel's English (SPEC P6): French text → English text. */
export const en: Catalog = {
  // Problem titles (problem+json `title`).
  'Requête invalide': 'Invalid request',
  'Connexion requise': 'Login required',
  'Accès refusé': 'Access denied',
  Introuvable: 'Not found',
  'Méthode non autorisée': 'Method not allowed',
  Conflit: 'Conflict',
  'Lien expiré': 'Link expired',
  'Contenu trop volumineux': 'Content too large',
  'Format non accepté': 'Format not accepted',
  'Trop de tentatives': 'Too many attempts',
  'Erreur interne': 'Internal error',
  'Service indisponible': 'Service unavailable',
  Erreur: 'Error',
  // Menu
  'Connexion avec {0}': 'Sign-in with {0}',
  // Dates
  à: 'at',
  // Greetings of e-mails and letters
  'Bonjour {0},': 'Dear {0},',
  'Bonjour Madame {0},': 'Dear Ms {0},',
  'Bonjour Monsieur {0},': 'Dear Mr {0},',
  'Bonjour {0} {1},': 'Dear {0} {1},',
  'Ce message est envoyé automatiquement : merci de ne pas y répondre.':
    'This message is sent automatically: please do not reply to it.',
  // Requests (statuses, processing estimate, the kernel's own kinds)
  'En cours de traitement': 'Being processed',
  'Pris en compte': 'Accepted',
  Refusé: 'Refused',
  Annulé: 'Cancelled',
  'Traitement estimé le {0}': 'Estimated processing date: {0}',
  // LATE_LABEL, a French constant: shown through localized().
  'En retard': 'Late',
  'Accès au portail': 'Portal access',
  "Code d'activation par courrier": 'Activation code by post',
  'Envoi de votre code d’activation par courrier': 'Sending your activation code by post',
  "Cette demande n'existe pas ou ne vous concerne pas.":
    'This request does not exist or does not concern you.',
  "Une demande en cours de traitement reste affichée jusqu'à sa réponse.":
    'A request being processed stays on display until it is answered.',
  'Cette demande a déjà été traitée : elle ne peut plus être annulée.':
    'This request has already been processed: it can no longer be cancelled.',
  'Cette demande a déjà été traitée.': 'This request has already been processed.',
  "Ce fichier n'existe pas ou ne vous concerne pas.": 'This file does not exist or does not concern you.',
  // Requests: e-mails and live notices (the member's language)
  'Portail Adhérent : réponse à votre demande « {0} »': 'Portail Adhérent: reply to your request “{0}”',
  'Nos services ont répondu à votre demande « {0} » :': 'Our team has replied to your request “{0}”:',
  'Retrouvez cette réponse dans « Suivi », rubrique Contact, du Portail Adhérent.':
    'You will find this reply under “Tracking” in the Contact section of Portail Adhérent.',
  'Nos services ont répondu à votre demande « {0} ».': 'Our team has replied to your request “{0}”.',
  'Votre demande « {0} » a été refusée.': 'Your request “{0}” has been refused.',
  'Votre demande « {0} » a été prise en compte.': 'Your request “{0}” has been accepted.',
  "Votre demande « {0} » n'a pas pu être prise en compte, pour le motif suivant :":
    'Your request “{0}” could not be accepted, for the following reason:',
  'Portail Adhérent : votre demande « {0} » a été refusée':
    'Portail Adhérent: your request “{0}” has been refused',
  'Portail Adhérent : votre demande « {0} » a été prise en compte':
    'Portail Adhérent: your request “{0}” has been accepted',
  'Retrouvez son suivi dans « Suivi », rubrique Contact, du Portail Adhérent.':
    'You can follow it under “Tracking” in the Contact section of Portail Adhérent.',
  // Payments
  Virement: 'Bank transfer',
  Chèque: 'Cheque',
  // Passwords (A7)
  'Utilisez au moins 8 caractères. Combinez des majuscules, minuscules, des chiffres...':
    'Use at least 8 characters. Combine upper case and lower case letters, and digits...',
  'Au moins 8 caractères': 'At least 8 characters',
  'Une majuscule': 'An upper case letter',
  'Une minuscule': 'A lower case letter',
  'Un chiffre': 'A digit',
  'Saisissez votre nouveau mot de passe.': 'Enter your new password.',
  'Le mot de passe ne peut pas dépasser 128 caractères.':
    'The password cannot be longer than 128 characters.',
  'Mot de passe trop faible. {0}': 'Password too weak. {0}',
  'Resaisissez ce mot de passe.': 'Enter this password again.',
  'Les deux mots de passe ne sont pas identiques.': 'The two passwords do not match.',
  'Saisissez votre mot de passe actuel.': 'Enter your current password.',
  "Choisissez un mot de passe différent de l'actuel.": 'Choose a password different from the current one.',
  'Le mot de passe actuel est incorrect.': 'The current password is incorrect.',
  'Votre mot de passe a été modifié. Vous pouvez vous connecter.':
    'Your password has been changed. You can now log in.',
  // Login (A1, P8)
  "Saisissez votre numéro d'adhésion.": 'Enter your membership number.',
  "Numéro d'adhésion trop long.": 'Membership number too long.',
  'Saisissez votre identifiant ou votre adresse e-mail.': 'Enter your username or your e-mail address.',
  'Saisissez votre mot de passe.': 'Enter your password.',
  'Identifiant ou mot de passe incorrect.': 'Incorrect username or password.',
  'Choisissez le français ou l’anglais.': 'Choose French or English.',
  'Trop de tentatives de connexion depuis votre connexion : réessayez dans 5 minutes.':
    'Too many login attempts from your connection: try again in 5 minutes.',
  'Le service de connexion est très sollicité : réessayez dans une minute.':
    'The login service is very busy: try again in a minute.',
  "Trop de tentatives infructueuses : réessayez dans {0}, ou utilisez « Besoin d'aide » pour choisir un nouveau mot de passe.":
    'Too many failed attempts: try again in {0}, or use “Need help” to choose a new password.',
  '{0} secondes': '{0} seconds',
  '1 minute': '1 minute',
  '{0} minutes': '{0} minutes',
  'Vous devez vous connecter pour accéder à ce service.': 'You must log in to use this service.',
  'Votre session a expiré. Veuillez vous reconnecter.': 'Your session has expired. Please log in again.',
  'Requête refusée : jeton de sécurité manquant ou invalide. Rechargez la page.':
    'Request refused: security token missing or invalid. Reload the page.',
  'Vous devez accepter les nouvelles conditions générales pour continuer.':
    'You must accept the new terms of use to continue.',
  "Le service « {0} » n'est pas ouvert par votre employeur.":
    'The “{0}” service is not provided by your employer.',
  "Le service « {0} » n'est pas prévu par votre contrat.":
    'The “{0}” service is not included in your contract.',
  // Second factor (P8): the code step
  'Vérification de votre identité': 'Verifying your identity',
  'Code reçu': 'Code received',
  'Les {0} chiffres du message, sans espace.': 'The {0} digits of the message, without spaces.',
  'Se souvenir de cet appareil': 'Remember this device',
  "Vous n'aurez plus à saisir de code sur cet appareil pendant {0} jours. Ne cochez pas sur un ordinateur partagé.":
    'You will not need to enter a code on this device for {0} days. Do not tick this on a shared computer.',
  Valider: 'Confirm',
  'Renvoyer le code': 'Send the code again',
  'Un nouveau code vous a été envoyé.': 'A new code has been sent to you.',
  'Saisissez le code à {0} chiffres reçu.': 'Enter the {0}-digit code you received.',
  'Le code compte {0} chiffres.': 'The code has {0} digits.',
  'Ce code a expiré. Demandez-en un nouveau.': 'This code has expired. Ask for a new one.',
  "Trop d'essais. Demandez un nouveau code, ou recommencez la connexion.":
    'Too many tries. Ask for a new code, or start logging in again.',
  "Cette vérification n'est plus valable : reconnectez-vous.":
    'This verification is no longer valid: log in again.',
  'Vous avez demandé trop de codes : reconnectez-vous pour en recevoir un nouveau.':
    'You have asked for too many codes: log in again to receive a new one.',
  "Pas de code après quelques minutes ? Regardez dans vos courriers indésirables, puis recommencez la connexion : l'identifiant ou le mot de passe était peut-être inexact.":
    'No code after a few minutes? Check your junk mail, then start logging in again: the username or the password may have been wrong.',
  'Recommencer la connexion': 'Start logging in again',
  'par e-mail ou par SMS selon vos préférences': 'by e-mail or by text message, as per your preferences',
  'Si votre identifiant et votre mot de passe sont exacts, un code à {0} chiffres vient de vous être envoyé, {1}. Il est valable {2} minutes.':
    'If your username and password are correct, a {0}-digit code has just been sent to you, {1}. It is valid for {2} minutes.',
  'Code incorrect. Il vous reste {0} essais.': 'Incorrect code. You have {0} tries left.',
  'Code incorrect. Il vous reste {0} essai.': 'Incorrect code. You have {0} try left.',
  'Patientez encore {0} secondes avant de demander un nouveau code.':
    'Wait another {0} seconds before asking for a new code.',
  'Patientez encore {0} seconde avant de demander un nouveau code.':
    'Wait another {0} second before asking for a new code.',
  "Nous ne pouvons pas vous envoyer de code de vérification : aucune adresse e-mail ni aucun numéro de mobile n'est enregistré sur votre dossier. Contactez le service adhérents.":
    "We cannot send you a verification code: no e-mail address or mobile number is recorded on your file. Contact the members' service.",
  'Réservé au Portail Adhérent.': 'Reserved for Portail Adhérent.',
  'Cet appareil ne figure pas parmi vos appareils de confiance.':
    'This device is not among your trusted devices.',
  // Second factor (P8): the code's e-mail and SMS (the member's language)
  'Portail Adhérent : votre code de vérification': 'Portail Adhérent: your verification code',
  'Portail Adhérent : votre code de vérification est {0}. Il est valable {1} minutes. Ne le communiquez à personne.':
    'Portail Adhérent: your verification code is {0}. It is valid for {1} minutes. Do not share it with anyone.',
  'Votre code de vérification pour vous connecter au Portail Adhérent : {0}':
    'Your verification code to log in to Portail Adhérent: {0}',
  'Il est valable {0} minutes. Ne le communiquez à personne : nos services ne vous le demanderont jamais.':
    'It is valid for {0} minutes. Do not share it with anyone: our staff will never ask you for it.',
  "Si vous n'êtes pas en train de vous connecter, quelqu'un connaît votre mot de passe : changez-le sans attendre (« Besoin d'aide » sur la page de connexion).":
    'If you are not logging in, someone knows your password: change it straight away (“Need help” on the login page).',
  'Portail Adhérent : code de vérification expiré': 'Portail Adhérent: verification code expired',
  "Le code de vérification que vous avez demandé n'a pas pu vous être remis à temps et a expiré. Reconnectez-vous pour en recevoir un nouveau.":
    'The verification code you asked for could not be delivered to you in time and has expired. Log in again to receive a new one.',
  // Password reset (A2)
  "Si un compte correspond à ces informations, un e-mail contenant un lien de réinitialisation vient d'être envoyé. Ce lien est valable 30 minutes.":
    'If an account matches these details, an e-mail with a reset link has just been sent. This link is valid for 30 minutes.',
  "Ce lien n'est plus valable : il a expiré ou a déjà été utilisé. Demandez un nouveau lien depuis « Besoin d'aide ».":
    'This link is no longer valid: it has expired or has already been used. Ask for a new link from “Need help”.',
  'Trop de demandes depuis votre connexion. Réessayez dans quelques minutes.':
    'Too many requests from your connection. Try again in a few minutes.',
  'Portail Adhérent : choisissez un nouveau mot de passe': 'Portail Adhérent: choose a new password',
  'Vous avez demandé à choisir un nouveau mot de passe pour le Portail Adhérent.':
    'You asked to choose a new password for Portail Adhérent.',
  'Suivez ce lien, valable {0} minutes et une seule fois :':
    'Follow this link, valid for {0} minutes and once only:',
  "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.":
    'If you did not make this request, ignore this message: your password stays unchanged.',
  'de réinitialisation de votre mot de passe': 'to reset your password',
  "Portail Adhérent : votre lien n'a pas pu vous être envoyé à temps":
    'Portail Adhérent: your link could not be sent to you in time',
  "Le lien {0} que vous aviez demandé n'a pas pu vous être envoyé avant son expiration, à la suite d'un incident technique. Il n'est plus valable.":
    'The link {0} that you asked for could not be sent to you before it expired, owing to a technical incident. It is no longer valid.',
  'Demandez-en un nouveau : {0}': 'Ask for a new one: {0}',
  'Portail Adhérent : votre mot de passe a été modifié': 'Portail Adhérent: your password has been changed',
  "Votre mot de passe du Portail Adhérent vient d'être modifié. Si vous n'êtes pas à l'origine de ce changement, contactez sans attendre le service adhérents.":
    "Your Portail Adhérent password has just been changed. If you did not make this change, contact the members' service straight away.",
  "Votre mot de passe du Portail Adhérent vient d'être modifié depuis votre espace ; vos autres sessions ont été fermées. Si vous n'êtes pas à l'origine de ce changement, contactez sans attendre le service adhérents.":
    "Your Portail Adhérent password has just been changed from your account; your other sessions have been closed. If you did not make this change, contact the members' service straight away.",
  // Activation (A9)
  'Saisissez votre date de naissance.': 'Enter your date of birth.',
  'Saisissez votre date de naissance au format JJ/MM/AAAA.': 'Enter your date of birth as DD/MM/YYYY.',
  'Saisissez votre adresse e-mail.': 'Enter your e-mail address.',
  'Cochez la case « Je ne suis pas un robot ».': 'Tick the “I am not a robot” box.',
  "Saisissez le code d'activation reçu par courrier.": 'Enter the activation code you received by post.',
  "Le code d'activation compte 8 caractères, par exemple ABCD-2345.":
    'The activation code has 8 characters, for example ABCD-2345.',
  "Si les informations saisies correspondent à un adhérent sans espace en ligne, un e-mail contenant un lien d'activation (valable 24 heures) vient d'être envoyé à l'adresse connue de nos services. Si nous n'avons pas d'adresse e-mail pour vous, vous recevrez un code d'activation par courrier.":
    'If the details entered match a member without an online account, an e-mail with an activation link (valid for 24 hours) has just been sent to the address we hold. If we have no e-mail address for you, you will receive an activation code by post.',
  "Ce code d'activation n'est pas valable pour ces informations : vérifiez-les, ou demandez un nouveau code depuis « Créer mon espace ».":
    'This activation code is not valid for these details: check them, or ask for a new code from “Create my account”.',
  "Si les informations saisies correspondent à un adhérent, son identifiant vient d'être envoyé à l'adresse e-mail connue de nos services.":
    'If the details entered match a member, their username has just been sent to the e-mail address we hold.',
  "Ce lien d'activation n'est plus valable : il a expiré ou a déjà été utilisé. Demandez un nouveau lien depuis « Créer mon espace ».":
    'This activation link is no longer valid: it has expired or has already been used. Ask for a new link from “Create my account”.',
  'Trop de demandes depuis votre connexion. Réessayez dans 15 minutes.':
    'Too many requests from your connection. Try again in 15 minutes.',
  'La vérification « Je ne suis pas un robot » a échoué ou a expiré : cochez à nouveau la case.':
    'The “I am not a robot” check failed or expired: tick the box again.',
  'Cette adresse e-mail est déjà celle d’un autre compte : choisissez-en une autre.':
    'This e-mail address already belongs to another account: choose another one.',
  'Portail Adhérent : tentative de création de votre espace':
    'Portail Adhérent: attempt to create your account',
  "Quelqu'un a demandé à créer un espace en ligne avec votre numéro d'adhésion, alors que votre espace existe déjà. Si c'était vous, connectez-vous avec votre identifiant {0} ou utilisez « Besoin d'aide » si vous avez oublié votre mot de passe. Sinon, ignorez ce message : rien n'a été modifié.":
    'Someone asked to create an online account with your membership number, but your account already exists. If it was you, log in with your username {0} or use “Need help” if you have forgotten your password. Otherwise, ignore this message: nothing has been changed.',
  'Portail Adhérent : activez votre espace': 'Portail Adhérent: activate your account',
  'Pour activer votre espace adhérent, suivez ce lien (valable 24 heures, une seule fois) et choisissez votre mot de passe :':
    'To activate your member account, follow this link (valid for 24 hours, once only) and choose your password:',
  'Vous vous connecterez ensuite avec cette adresse e-mail ou votre identifiant {0}.':
    'You will then log in with this e-mail address or your username {0}.',
  "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : aucun espace ne sera créé.":
    'If you did not make this request, ignore this message: no account will be created.',
  "d'activation de votre espace": 'to activate your account',
  'Portail Adhérent : votre identifiant': 'Portail Adhérent: your username',
  'Votre identifiant du Portail Adhérent est : {0}': 'Your Portail Adhérent username is: {0}',
  'Vous pouvez aussi vous connecter avec cette adresse e-mail.':
    'You can also log in with this e-mail address.',
  "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.":
    'If you did not make this request, ignore this message.',
  'Activation de votre espace en ligne': 'Activating your online account',
  '(adresse postale à compléter depuis le dossier de l’adhérent)':
    "(postal address to be completed from the member's file)",
  'Vous avez demandé à créer votre espace adhérent en ligne. Votre code d’activation personnel :':
    'You asked to create your online member account. Your personal activation code:',
  'Rendez-vous sur {0} avant le {1} : saisissez votre numéro d’adhésion, votre date de naissance et ce code, puis choisissez votre adresse e-mail et votre mot de passe.':
    'Go to {0} before {1}: enter your membership number, your date of birth and this code, then choose your e-mail address and your password.',
  'Votre identifiant : {0}. Ce code ne sert qu’une fois. Si vous n’êtes pas à l’origine de cette demande, ignorez ce courrier : aucun espace ne sera créé.':
    'Your username: {0}. This code can be used only once. If you did not make this request, ignore this letter: no account will be created.',
  'Portail Adhérent — courrier d’activation': 'Portail Adhérent — activation letter',
  // Identity provider (P7)
  "Votre identité {0} n'est pas encore reliée à votre espace. Connectez-vous une fois avec votre identifiant et votre mot de passe pour la relier.":
    'Your {0} identity is not linked to your account yet. Log in once with your username and password to link it.',
  '{0} est momentanément indisponible. Connectez-vous avec votre identifiant et votre mot de passe.':
    '{0} is temporarily unavailable. Log in with your username and password.',
  "La connexion avec {0} n'a pas abouti. Réessayez, ou connectez-vous avec votre identifiant et votre mot de passe.":
    'Signing in with {0} did not succeed. Try again, or log in with your username and password.',
  "La connexion avec un fournisseur d'identité n'est pas proposée par ce portail.":
    'Signing in with an identity provider is not offered by this portal.',
  'Trop de tentatives de connexion. Réessayez dans quelques minutes.':
    'Too many login attempts. Try again in a few minutes.',
  "Aucune identité {0} n'attend d'être reliée dans ce navigateur. Cliquez sur « {1} » sur la page de connexion, puis connectez-vous avec votre identifiant et votre mot de passe.":
    'No {0} identity is waiting to be linked in this browser. Click “{1}” on the login page, then log in with your username and password.',
  "Une identité {0} est déjà reliée à votre espace : retirez-la d'abord.":
    'A {0} identity is already linked to your account: remove it first.',
  'Cette identité {0} est déjà reliée à un autre espace.':
    'This {0} identity is already linked to another account.',
  "Aucune identité {0} n'est reliée à votre espace.": 'No {0} identity is linked to your account.',
  // Terms of use (A3)
  'Version des conditions générales manquante.': 'Terms of use version missing.',
  "Aucune condition générale n'est publiée.": 'No terms of use have been published.',
  'Une nouvelle version des conditions générales a été publiée : relisez-la avant de valider.':
    'A new version of the terms of use has been published: read it again before confirming.',
  // Widgets on employers' intranets (W2)
  "Vous n'avez pas autorisé ce site à afficher vos informations du Portail Adhérent.":
    'You have not authorised this site to show your Portail Adhérent information.',
  "Ce site n'est pas autorisé par votre employeur à afficher vos informations du Portail Adhérent.":
    'This site is not authorised by your employer to show your Portail Adhérent information.',
  'Reconnectez-vous au Portail Adhérent pour afficher ce contenu.':
    'Log in to Portail Adhérent again to show this content.',
  'Un widget ne fait que consulter : ouvrez le Portail Adhérent pour cette action.':
    'A widget can only display: open Portail Adhérent for this action.',
  "Un widget n'a pas accès à ce service : ouvrez le Portail Adhérent.":
    'A widget has no access to this service: open Portail Adhérent.',
  'Un widget ne gère pas les autorisations : ouvrez le Portail Adhérent.':
    'A widget does not manage authorisations: open Portail Adhérent.',
  "Ce site n'est pas dans vos intranets autorisés.": 'This site is not among your authorised intranets.',
  'Autoriser {0} à afficher {1} ?': 'Allow {0} to show {1}?',
  // Documents and uploads
  "Ce document n'existe pas ou ne vous est pas destiné.":
    'This document does not exist or is not meant for you.',
  'Formats acceptés : JPG, PNG, PDF': 'Accepted formats: JPG, PNG, PDF',
  'Taille maximale de fichier acceptée : 3.5Mo.': 'Maximum file size accepted: 3.5 MB.',
  'Taille totale des fichiers acceptée : 10Mo.': 'Total size of files accepted: 10 MB.',
  'Vous pouvez joindre au plus {0} fichiers.': 'You can attach at most {0} files.',
  'Ce fichier est vide.': 'This file is empty.',
  'Ajoutez au moins un justificatif.': 'Add at least one supporting document.',
  "L'envoi a été interrompu : aucun fichier n'a été enregistré. Réessayez.":
    'The upload was interrupted: no file was saved. Try again.',
  'Vous avez envoyé beaucoup de documents en peu de temps : réessayez dans une heure.':
    'You have sent a lot of documents in a short time: try again in an hour.',
  "Votre espace de stockage de documents est plein ({0} Mo) : contactez-nous pour envoyer d'autres documents.":
    'Your document storage is full ({0} MB): contact us to send other documents.',
  'Espace de stockage plein.': 'Storage full.',
  'Envoyez le formulaire avec ses fichiers (multipart/form-data).':
    'Send the form with its files (multipart/form-data).',
  'Un champ du formulaire est trop long.': 'A field of the form is too long.',
  // Data export (GDPR)
  'Votre archive est déjà en préparation : vous recevrez un e-mail dès qu’elle sera prête.':
    'Your archive is already being prepared: you will receive an e-mail as soon as it is ready.',
  'Vos données sont prêtes': 'Your data is ready',
  'L’archive de vos données que vous avez demandée est prête. Vous pouvez la télécharger jusqu’au {0} depuis votre espace, rubrique Mon compte, « Télécharger mes données » :':
    'The archive of your data that you asked for is ready. You can download it until {0} from your account, in the My account section, “Download my data”:',
  'Pour votre sécurité, ce message ne contient aucune de vos données : l’archive ne se télécharge qu’une fois connecté à votre espace.':
    'For your security, this message contains none of your data: the archive can only be downloaded once logged in to your account.',
  'Vos données sont prêtes : archive téléchargeable jusqu’au {0}.':
    'Your data is ready: archive available to download until {0}.',
  "Portail Adhérent — vos données (RGPD, articles 15 et 20)\n\nCette archive contient tout ce que le portail conserve à votre sujet :\n- à la racine, les données communes du portail (identite.json, contrats.json, demandes.json,\n  messages.json, consentements.json, connexions.json, documents.json, journal.json) ;\n- un dossier par rubrique (adhesion, indemnisations, sante, compte…) avec ses données en JSON ;\n- dans chaque dossier « fichiers », les documents et pièces jointes tels qu'ils sont conservés.\nLes montants sont en centimes d'euro, les dates au format ISO 8601.\n":
    "Portail Adhérent — your data (GDPR, articles 15 and 20)\n\nThis archive contains everything the portal keeps about you:\n- at the root, the portal's common data (identite.json, contrats.json, demandes.json,\n  messages.json, consentements.json, connexions.json, documents.json, journal.json);\n- one folder per section (adhesion, indemnisations, sante, compte…) with its data in JSON;\n- in each “fichiers” folder, the documents and attachments as they are kept.\nAmounts are in euro cents, dates in ISO 8601 format.\n",
  // Alerts by e-mail (H5)
  "Vous recevez ce message car vous avez choisi d'être alertée par e-mail (Mon compte, Données personnelles).":
    'You are receiving this message because you chose to be alerted by e-mail (My account, Personal details).',
  "Vous recevez ce message car vous avez choisi d'être alerté par e-mail (Mon compte, Données personnelles).":
    'You are receiving this message because you chose to be alerted by e-mail (My account, Personal details).',
  "Vous recevez ce message car vous avez choisi d'être alerté(e) par e-mail (Mon compte, Données personnelles).":
    'You are receiving this message because you chose to be alerted by e-mail (My account, Personal details).',
  // Inputs and requests refused
  'Date invalide : utilisez le format JJ/MM/AAAA.': 'Invalid date: use the DD/MM/YYYY format.',
  'Saisissez une date.': 'Enter a date.',
  "Cette date n'existe pas.": 'This date does not exist.',
  'Numéro de page invalide.': 'Invalid page number.',
  'La requête contient une valeur que le portail ne peut pas traiter.':
    'The request contains a value the portal cannot process.',
  'La requête ne peut pas être traitée.': 'The request cannot be processed.',
  "Une erreur inattendue s'est produite. Réessayez dans quelques instants.":
    'An unexpected error occurred. Try again in a few moments.',
  'Requête refusée : elle ne provient pas du portail.': 'Request refused: it does not come from the portal.',
  "Cette adresse de l'API n'existe pas.": 'This API address does not exist.',
  'Erreur interne du portail.': 'Internal portal error.',
  'Ce champ contient un caractère non autorisé.': 'This field contains a character that is not allowed.',
  'Certains champs contiennent des caractères non autorisés : corrigez-les puis validez à nouveau.':
    'Some fields contain characters that are not allowed: correct them, then confirm again.',
  'Service momentanément indisponible : réessayez dans quelques instants.':
    'Service temporarily unavailable: try again in a few moments.',
  'En-tête Idempotency-Key invalide (8 à 100 lettres, chiffres, - ou _).':
    'Invalid Idempotency-Key header (8 to 100 letters, digits, - or _).',
  'Cette clé d’idempotence a déjà servi à une autre action.':
    'This idempotency key has already been used for another action.',
  'Votre envoi a déjà été enregistré : il apparaît dans votre suivi.':
    'Your submission has already been recorded: it appears in your tracking.',
  'Cet envoi est en cours : patientez quelques secondes avant de réessayer.':
    'This submission is in progress: wait a few seconds before trying again.',
  "Cette adresse contient des caractères que le portail n'accepte pas.":
    'This address contains characters the portal does not accept.',
  'Le contenu envoyé est trop volumineux (64 Ko au plus).': 'The content sent is too large (64 KB at most).',
  'Certains champs sont incorrects : corrigez-les puis validez à nouveau.':
    'Some fields are incorrect: correct them, then confirm again.',
  'Le contenu de la requête doit être du JSON (application/json).':
    'The request content must be JSON (application/json).',
  "Le contenu de la requête n'est pas un JSON valide.": 'The request content is not valid JSON.',
};
