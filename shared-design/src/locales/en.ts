import type { Catalog } from '@portail/kernel/contract/i18n';

/** shared-design's English (SPEC P6): French text → English text. */
export const en: Catalog = {
  // File sizes, unread counts
  '{0} octets': '{0} bytes',
  '{0} octet': '{0} byte',
  '{0} Ko': '{0} KB',
  '{0} Mo': '{0} MB',
  '{0} Go': '{0} GB',
  '1 nouveau document': '1 new document',
  '{0} nouveaux documents': '{0} new documents',

  // Message boxes and toasts
  Information: 'Information',
  Succès: 'Success',
  Attention: 'Warning',
  '{0} : ': '{0}: ',
  Fermer: 'Close',

  // Loading and load failures
  'Chargement…': 'Loading…',
  "Les informations n'ont pas pu être chargées. Réessayez dans quelques instants.":
    'The information could not be loaded. Please try again in a few moments.',
  "Les documents n'ont pas pu être chargés. Réessayez dans quelques instants.":
    'The documents could not be loaded. Please try again in a few moments.',
  Réessayer: 'Try again',

  // Page frame, menu, pages
  'Aller au contenu': 'Skip to content',
  Menu: 'Menu',
  'Menu, {0}': 'Menu, {0}',
  'Menu principal': 'Main menu',
  'Nous avons restauré ce que vous aviez saisi.': 'We have restored what you had entered.',
  'Page introuvable': 'Page not found',
  "La page demandée n'existe pas ou n'est plus disponible. Choisissez une rubrique dans le menu.":
    'The page you requested does not exist or is no longer available. Choose a section from the menu.',

  // Fields and buttons
  ' (traitement en cours)': ' (processing)',
  'Choisissez…': 'Choose…',
  respecté: 'met',
  'non respecté': 'not met',
  "Les champs marqués d'un astérisque (*) sont obligatoires.":
    'Fields marked with an asterisk (*) are required.',
  '{0} caractères en trop': '{0} characters too many',
  '{0} caractère en trop': '{0} character too many',
  '{0} caractères restants': '{0} characters left',
  '{0} caractère restant': '{0} character left',

  // Confirmation dialog
  Valider: 'Confirm',
  Annuler: 'Cancel',

  // Period filter and presets
  'Saisissez une date valide, au format jj/mm/aaaa.': 'Enter a valid date, in the format dd/mm/yyyy.',
  'La date de fin doit être postérieure ou égale à la date de début.':
    'The end date must be on or after the start date.',
  'Filtrer la liste': 'Filter the list',
  Période: 'Period',
  Du: 'From',
  Au: 'To',
  Filtrer: 'Filter',
  Réinitialiser: 'Reset',

  // Supporting documents (the contract's upload messages, SPEC C4)
  'Formats acceptés : JPG, PNG, PDF': 'Accepted formats: JPG, PNG, PDF',
  'Taille maximale de fichier acceptée : 3.5Mo.': 'Maximum file size accepted: 3.5 MB.',
  'Taille totale des fichiers acceptée : 10Mo.': 'Maximum total size of the files accepted: 10 MB.',
  'Vous pouvez joindre au plus {0} fichiers.': 'You can attach at most {0} files.',
  'Ce fichier est vide.': 'This file is empty.',
  'Ajoutez au moins un justificatif.': 'Add at least one supporting document.',
  "L'envoi a été interrompu : aucun fichier n'a été enregistré. Réessayez.":
    'The upload was interrupted: no file has been saved. Please try again.',
  '{0}. Un seul fichier, {1}Mo au plus.': '{0}. One file only, {1} MB at most.',
  '{0}. {1}Mo au plus par fichier, {2}Mo au total, {3} fichiers au plus.':
    '{0}. {1} MB at most per file, {2} MB in total, {3} files at most.',
  Justificatifs: 'Supporting documents',
  'Ajouter un justificatif': 'Add a supporting document',
  '{0} ajouté.': '{0} added.',
  '{0} fichiers ajoutés.': '{0} files added.',
  '{0} retiré.': '{0} removed.',
  ' (obligatoire)': ' (required)',
  'Fichiers joints': 'Attached files',
  'Retirer {0}': 'Remove {0}',
  Retirer: 'Remove',
  ' : ': ': ',

  // Upload progress
  'Envoi en cours': 'Sending',
  'Envoi de {0}': 'Sending {0}',
  'Envoi de {0} fichiers': 'Sending {0} files',
  '{0} : {1}\u00a0%': '{0}: {1}%',
  '{0}… {1}\u00a0%': '{0}… {1}%',

  // Robot check
  'Chargement de la vérification « Je ne suis pas un robot »…': 'Loading the “I am not a robot” check…',
  "La vérification « Je ne suis pas un robot » n'a pas pu être chargée. Rechargez la page pour réessayer.":
    'The “I am not a robot” check could not be loaded. Reload the page to try again.',
  'Cochez la case « Je ne suis pas un robot ».': 'Tick the “I am not a robot” box.',

  // Tables and document lists
  'Aucun document pour le moment': 'No documents yet',
  Nouveau: 'New',
  ' (non consulté)': ' (not viewed)',
  Télécharger: 'Download',
  'Télécharger {0} ({1}, {2})': 'Download {0} ({1}, {2})',
  Employeur: 'Employer',
  'Libellé document': 'Document',
  'Page précédente': 'Previous page',
  'Page suivante': 'Next page',
  'Page {0} sur {1}': 'Page {0} of {1}',

  // Intranet widgets (SPEC W2)
  ' sur le Portail Adhérent (nouvelle fenêtre)': ' on the Portail Adhérent (new window)',
  'Connectez-vous au Portail Adhérent pour {0}.': 'Log in to the Portail Adhérent to {0}.',
  'Connexion en cours dans la fenêtre du Portail Adhérent…': 'Logging in, in the Portail Adhérent window…',
  'Se connecter': 'Log in',
};
