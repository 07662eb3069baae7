// The browser entry of `@portail/shared-design/widgets` (scripts/web-packages.mjs): the widgets'
// kit (`./index.js`, which defines nothing) with the section kit, whose entry registers the tables
// (`pa-data-table`…) the widgets show.
import '@portail/shared-design/section';

export * from './index.js';
