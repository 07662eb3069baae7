// The registrations of the section's « Accueil » blocks (manifest `home.blocks`): a chunk of its own,
// imported by the entry's `loadHome()` when the shell shows the home page.
import { define } from '@portail/shared-design';
import { IndHomeLatestPayment } from './latest-payment.js';

define('ind-home-latest-payment', IndHomeLatestPayment);
