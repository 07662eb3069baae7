import { define } from '@portail/shared-design';
import { PortailApp } from './app/portail-app.js';
import { PortailBrand } from './layout/brand.js';
import { PortailFooter } from './layout/footer.js';
import { PortailIdentity } from './layout/identity.js';
import { PortailActivationPage } from './pages/activation-page.js';
import { PortailActivationRequestPage } from './pages/activation-request-page.js';
import { PortailBrowsersPage } from './pages/browsers-page.js';
import { PortailCguGatePage } from './pages/cgu-gate-page.js';
import { PortailCguText } from './pages/cgu-text.js';
import { PortailHelpPage } from './pages/help-page.js';
import { PortailHomePage } from './pages/home-page.js';
import { PortailIdentifierReminderPage } from './pages/identifier-reminder-page.js';
import { PortailLoginPage } from './pages/login-page.js';
import { PortailNotFoundPage } from './pages/not-found-page.js';
import { PortailResetPage } from './pages/reset-page.js';
import { PortailTermsPage } from './pages/terms-page.js';
import { PortailUnavailablePage } from './pages/unavailable-page.js';
import { PortailWidgetLoginPage } from './pages/widget-login-page.js';

/** Defines every `portail-*` element (guarded: safe to call twice). */
export function defineShellElements(): void {
  define('portail-brand', PortailBrand);
  define('portail-identity', PortailIdentity);
  define('portail-footer', PortailFooter);
  define('portail-cgu-text', PortailCguText);
  define('portail-login-page', PortailLoginPage);
  define('portail-help-page', PortailHelpPage);
  define('portail-reset-page', PortailResetPage);
  define('portail-activation-request-page', PortailActivationRequestPage);
  define('portail-activation-page', PortailActivationPage);
  define('portail-identifier-reminder-page', PortailIdentifierReminderPage);
  define('portail-terms-page', PortailTermsPage);
  define('portail-cgu-gate-page', PortailCguGatePage);
  define('portail-browsers-page', PortailBrowsersPage);
  define('portail-not-found-page', PortailNotFoundPage);
  define('portail-home-page', PortailHomePage);
  define('portail-unavailable-page', PortailUnavailablePage);
  define('portail-widget-login-page', PortailWidgetLoginPage);
  define('portail-app', PortailApp);
}

declare global {
  interface HTMLElementTagNameMap {
    'portail-app': PortailApp;
    'portail-login-page': PortailLoginPage;
    'portail-reset-page': PortailResetPage;
    'portail-activation-request-page': PortailActivationRequestPage;
    'portail-activation-page': PortailActivationPage;
    'portail-identifier-reminder-page': PortailIdentifierReminderPage;
    'portail-cgu-gate-page': PortailCguGatePage;
  }
}
