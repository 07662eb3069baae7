// @portail/shared-design: the core, loaded once per page through the import map (SPEC W3). Importing
// this module defines nothing: `./define.ts` (the bundle the import map serves) re-exports it and
// registers every pa-* element of the core. The form elements only some pages need are in
// `@portail/shared-design/forms` (./forms/), which imports this core; never the other way round.
export * from './components/feedback.js';
export * from './components/field-element.js';
export * from './components/field-styles.js';
export * from './components/form-drafts.js';
export * from './components/pa-alert.js';
export * from './components/pa-badge.js';
export * from './components/pa-brand.js';
export * from './components/pa-button.js';
export * from './components/pa-data-table.js';
export * from './components/pa-document-table.js';
export * from './components/pa-empty-state.js';
export * from './components/pa-menu.js';
export * from './components/pa-page.js';
export * from './components/pa-page-frame.js';
export * from './components/pa-password-rules.js';
export * from './components/pa-robot-check.js';
export * from './components/pa-select-field.js';
export * from './components/pa-text-field.js';
export * from './components/pa-toast.js';
export * from './format.js';
export * from './registry.js';
export * from './section/index.js';
export * from './styles.js';
export * from './tokens.js';
