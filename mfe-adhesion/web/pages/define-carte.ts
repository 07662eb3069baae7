// B6 Carte de tiers payant: the page's elements, registered when the section first shows it
// (`../section.ts` imports this module on demand, a chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { AdhCardPage } from './card.js';

define('adh-card-page', AdhCardPage);
