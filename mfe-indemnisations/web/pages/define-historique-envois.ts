// C5 Historique des envois: the page's elements, registered when the section first shows it
// (`../section.ts` imports this module on demand, a chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { IndSendingsPage } from './sendings.js';

define('ind-sendings-page', IndSendingsPage);
