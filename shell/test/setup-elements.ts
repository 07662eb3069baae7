import { installTokens } from '@portail/shared-design';
import { installPortalSections } from '../../shared-design/test/portal-sections.js';
import '../src/define.js';
import '../src/home/define.js';
import '../src/more-pages/define.js';

installTokens();
installPortalSections();
