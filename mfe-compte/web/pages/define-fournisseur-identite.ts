// P7 « Connexion avec FranceConnect »: the page's elements, registered when the section first shows
// it (`../section.ts` imports this module on demand, a chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { CptFournisseurIdentitePage } from './fournisseur-identite.js';

define('cpt-fournisseur-identite-page', CptFournisseurIdentitePage);
