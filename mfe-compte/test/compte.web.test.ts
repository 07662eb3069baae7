import { describePlaceholderSection } from '../../shared-design/test/section-helpers.js';
import { COMPTE_PAGES } from '../contract/index.js';
import { bootstrap, mount, unmount } from '../web/index.js';

describePlaceholderSection('cpt-section — Mon compte (SPEC D)', {
  tag: 'cpt-section',
  pages: COMPTE_PAGES,
  unknownPath: '/compte/xyz',
  lifecycles: { bootstrap, mount, unmount },
});
