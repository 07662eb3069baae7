// The registrations of the shell's pages a visit seldom starts on (help, password reset, activation,
// CGU, the widgets' popup…): `app/more-pages.ts` imports this module, a chunk of its own, when it
// first shows one of them, so that the login page loads without their code.
import { define } from '@portail/shared-design';
import { PortailAccessibilityPage } from '../pages/accessibility-page.js';
import { PortailActivationByPostPage } from '../pages/activation-by-post-page.js';
import { PortailActivationPage } from '../pages/activation-page.js';
import { PortailActivationRequestPage } from '../pages/activation-request-page.js';
import { PortailBrowsersPage } from '../pages/browsers-page.js';
import { PortailCguGatePage } from '../pages/cgu-gate-page.js';
import { PortailCguText } from '../pages/cgu-text.js';
import { PortailHelpPage } from '../pages/help-page.js';
import { PortailIdentifierReminderPage } from '../pages/identifier-reminder-page.js';
import { PortailResetPage } from '../pages/reset-page.js';
import { PortailTermsPage } from '../pages/terms-page.js';
import { PortailWidgetLoginPage } from '../pages/widget-login-page.js';

define('portail-cgu-text', PortailCguText);
define('portail-help-page', PortailHelpPage);
define('portail-reset-page', PortailResetPage);
define('portail-activation-request-page', PortailActivationRequestPage);
define('portail-activation-page', PortailActivationPage);
define('portail-activation-by-post-page', PortailActivationByPostPage);
define('portail-identifier-reminder-page', PortailIdentifierReminderPage);
define('portail-terms-page', PortailTermsPage);
define('portail-cgu-gate-page', PortailCguGatePage);
define('portail-browsers-page', PortailBrowsersPage);
define('portail-accessibility-page', PortailAccessibilityPage);
define('portail-widget-login-page', PortailWidgetLoginPage);

declare global {
  interface HTMLElementTagNameMap {
    'portail-reset-page': PortailResetPage;
    'portail-activation-request-page': PortailActivationRequestPage;
    'portail-activation-page': PortailActivationPage;
    'portail-activation-by-post-page': PortailActivationByPostPage;
    'portail-identifier-reminder-page': PortailIdentifierReminderPage;
    'portail-cgu-gate-page': PortailCguGatePage;
  }
}
