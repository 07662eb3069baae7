// P8 « Appareils de confiance »: the page's elements, registered when the section first shows it
// (`../section.ts` imports this module on demand, a chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { CptAppareilsPage } from './appareils.js';

define('cpt-appareils-page', CptAppareilsPage);
