import { installTokens } from '@portail/shared-design';
import { defineShellElements } from '../src/define-elements.js';

installTokens();
defineShellElements();
