import { installTokens } from '@portail/shared-design';
import { installPortalSections } from '../../shared-design/test/portal-sections.js';
import { defineShellElements } from '../src/define-elements.js';
import { defineMorePages } from '../src/define-more-pages.js';

installTokens();
installPortalSections();
defineShellElements();
defineMorePages();
