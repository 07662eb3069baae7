// The browser entry of `@portail/shared-design/section` (scripts/web-packages.mjs): what a
// section's pages are made of (`./index.js`, which defines nothing) plus the registration of its
// pa-* elements (tables, document lists, the placeholder page).
import { define } from '@portail/shared-design';
import { PaDocumentList, PaDocumentListPage } from './document-list.js';
import { PaDataTable } from './pa-data-table.js';
import { PaDocumentTable } from './pa-document-table.js';
import { PaPlaceholderPage } from './placeholder-page.js';

export * from './index.js';

define('pa-data-table', PaDataTable);
define('pa-document-table', PaDocumentTable);
define('pa-document-list', PaDocumentList);
define('pa-document-list-page', PaDocumentListPage);
define('pa-placeholder-page', PaPlaceholderPage);
