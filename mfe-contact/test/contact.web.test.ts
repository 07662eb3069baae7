import { describePlaceholderSection } from '../../shared-design/test/section-helpers.js';
import { CONTACT_PAGES } from '../contract/index.js';
import { bootstrap, mount, unmount } from '../web/index.js';

describePlaceholderSection('ctc-section — Contact (SPEC E)', {
  tag: 'ctc-section',
  pages: CONTACT_PAGES,
  unknownPath: '/contact/xyz',
  lifecycles: { bootstrap, mount, unmount },
});
