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
};
