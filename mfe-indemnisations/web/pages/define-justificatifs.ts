// C4 Envoi de justificatifs: the page's elements, registered when the section first shows it
// (`../section.ts` imports this module on demand, a chunk of the section's bundle).
import { define } from '@portail/shared-design';
import { IndSupportingDocumentsPage } from './supporting-documents.js';

define('ind-supporting-documents-page', IndSupportingDocumentsPage);
