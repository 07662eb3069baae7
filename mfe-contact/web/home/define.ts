// The registrations of the section's « Accueil » blocks (manifest `home.blocks`): a chunk of its own,
// imported by the entry's `loadHome()` when the shell shows the home page.
import { define } from '@portail/shared-design';
import { CtcHomeNews } from './news.js';
import { CtcHomeRequests } from './requests.js';

define('ctc-home-news', CtcHomeNews);
define('ctc-home-requests', CtcHomeRequests);
