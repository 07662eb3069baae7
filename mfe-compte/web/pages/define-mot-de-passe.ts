// D4 Mot de passe: the page's elements, registered when the section first shows it (`../section.ts`
// imports this module on demand, a chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { CptMotDePassePage } from './mot-de-passe.js';

define('cpt-mot-de-passe-page', CptMotDePassePage);
