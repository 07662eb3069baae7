// @portail/shared-design/forms: the form elements only some pages need (uploads, confirmation,
// periods, long texts, « Je ne suis pas un robot »), a second bundle with its own import-map entry so that the login page does
// not download them. It uses the core (`@portail/shared-design`, external: one copy per page) and
// the core never imports it. Importing this module defines nothing: `./define.ts` (the bundle the
// import map serves) re-exports it and registers these elements.
export * from './choice-styles.js';
export * from './form-submission.js';
export * from './pa-confirm-dialog.js';
export * from './pa-file-field.js';
export * from './pa-period-filter.js';
export * from './pa-period-presets.js';
export * from './pa-progress.js';
export * from './pa-robot-check.js';
export * from './pa-textarea-field.js';
export * from './upload-controller.js';
