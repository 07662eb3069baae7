// P3 « Télécharger mes données »: the page's elements, registered when the section first shows it
// (`../section.ts` imports this module on demand, a chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { CptTelechargementPage } from './telechargement.js';

define('cpt-telechargement-page', CptTelechargementPage);
