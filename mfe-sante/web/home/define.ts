// The registrations of the section's « Accueil » blocks (manifest `home.blocks`): a chunk of its own,
// imported by the entry's `loadHome()` when the shell shows the home page.
import { define } from '@portail/shared-design';
import { SanHomeLatestReimbursement } from './latest-reimbursement.js';

define('san-home-latest-reimbursement', SanHomeLatestReimbursement);
