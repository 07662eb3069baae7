// The page « Accueil »: its elements, registered when the section first shows it (`../section.ts`
// imports this module on demand, a chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { ExeHomePage } from './home.js';

define('exe-home-page', ExeHomePage);
