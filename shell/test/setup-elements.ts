import { installTokens } from '@portail/shared-design';
import { defineShellElements } from '../src/define-elements.js';
import { defineMorePages } from '../src/define-more-pages.js';

installTokens();
defineShellElements();
defineMorePages();
