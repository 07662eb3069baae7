// The browser entry of `@portail/shared-design` (scripts/web-packages.mjs: the bundle the import map
// serves) and the package's only module with a side effect: the whole core (`./index.js`, which
// defines nothing) plus the registration of every pa-* element of the core. The form elements are
// registered by `./forms/define.ts`, the entry of `@portail/shared-design/forms`.
import { PaAlert } from './components/pa-alert.js';
import { PaBadge } from './components/pa-badge.js';
import { PaBrand } from './components/pa-brand.js';
import { PaButton } from './components/pa-button.js';
import { PaEmptyState } from './components/pa-empty-state.js';
import { PaMenu } from './components/pa-menu.js';
import { PaPage } from './components/pa-page.js';
import { PaPageFrame } from './components/pa-page-frame.js';
import { PaPasswordRules } from './components/pa-password-rules.js';
import { PaSelectField } from './components/pa-select-field.js';
import { PaTextField } from './components/pa-text-field.js';
import { PaToast } from './components/pa-toast.js';
import { define } from './registry.js';

export * from './index.js';

define('pa-alert', PaAlert);
define('pa-badge', PaBadge);
define('pa-brand', PaBrand);
define('pa-button', PaButton);
define('pa-empty-state', PaEmptyState);
define('pa-menu', PaMenu);
define('pa-page', PaPage);
define('pa-page-frame', PaPageFrame);
define('pa-password-rules', PaPasswordRules);
define('pa-select-field', PaSelectField);
define('pa-text-field', PaTextField);
define('pa-toast', PaToast);
