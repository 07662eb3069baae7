// The browser entry of `@portail/shared-design/forms` (scripts/web-packages.mjs) and the only module
// of the forms entry with a side effect: its exports (`./index.js`, which defines nothing) plus the
// registration of its elements. The core comes from `@portail/shared-design` (external in the
// build: its own bundle, `../define.ts`, registers the core's elements).
import { define } from '@portail/shared-design';
import { PaConfirmDialog } from './pa-confirm-dialog.js';
import { PaFileField } from './pa-file-field.js';
import { PaPeriodFilter } from './pa-period-filter.js';
import { PaPeriodPresets } from './pa-period-presets.js';
import { PaProgress } from './pa-progress.js';
import { PaRobotCheck } from './pa-robot-check.js';
import { PaTextareaField } from './pa-textarea-field.js';

export * from './index.js';

define('pa-confirm-dialog', PaConfirmDialog);
define('pa-file-field', PaFileField);
define('pa-period-filter', PaPeriodFilter);
define('pa-period-presets', PaPeriodPresets);
define('pa-progress', PaProgress);
define('pa-robot-check', PaRobotCheck);
define('pa-textarea-field', PaTextareaField);
