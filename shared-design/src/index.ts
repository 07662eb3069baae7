// @portail/shared-design: the core, loaded once per page through the import map (SPEC W3). Importing
// this module defines nothing: `./define.ts` (the bundle the import map serves) re-exports it and
// registers every pa-* element of the core. The form elements only some pages need are in
// `@portail/shared-design/forms` (./forms/), what sections' pages are made of (section element,
// loaders, tables, widgets) in `@portail/shared-design/section` (./section/); both import this
// core, never the other way round: the login page loads the core alone.
export * from './components/feedback.js';
export * from './components/field-element.js';
export * from './components/field-styles.js';
export * from './components/form-drafts.js';
export * from './components/load-failure.js';
export * from './components/pa-alert.js';
export * from './components/pa-badge.js';
export * from './components/pa-brand.js';
export * from './components/pa-button.js';
export * from './components/pa-empty-state.js';
export * from './components/pa-menu.js';
export * from './components/pa-page.js';
export * from './components/pa-page-frame.js';
export * from './components/pa-password-rules.js';
export * from './components/pa-select-field.js';
export * from './components/pa-text-field.js';
export * from './components/pa-toast.js';
export * from './format.js';
export * from './locales/load.js';
export * from './page/list-styles.js';
export * from './page/page-styles.js';
export * from './page/route.js';
export * from './registry.js';
export * from './styles.js';
export * from './tokens.js';
