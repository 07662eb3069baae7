// The shell's registrations (its only module with a side effect, with `more-pages/define.ts` and
// `home/define.ts`): the `portail-*` elements of the layout and of the pages a visit starts on (login,
// 404). The others come with their own chunk when first shown (`more-pages/define.ts`, « Accueil »'s
// `home/define.ts`, imported by `app/more-pages.ts`). They are registered once the page's language is
// set up (SPEC P6, `locale/define.ts`): the elements already in the page (`<portail-app>`) upgrade
// and render then, in it. The entry (`root-config.ts`) imports this module before starting the portal.
import { define } from '@portail/shared-design';
import { PortailApp } from './app/portail-app.js';
import { PortailFooter } from './layout/footer.js';
import { PortailIdentity } from './layout/identity.js';
import { PortailLanguageSwitch } from './layout/language-switch.js';
import { localeReady } from './locale/define.js';
import { PortailLoginPage } from './pages/login-page.js';
import { PortailNotFoundPage } from './pages/not-found-page.js';
import { PortailUnavailablePage } from './pages/unavailable-page.js';

void localeReady.then(() => {
  define('portail-identity', PortailIdentity);
  define('portail-language-switch', PortailLanguageSwitch);
  define('portail-footer', PortailFooter);
  define('portail-login-page', PortailLoginPage);
  define('portail-not-found-page', PortailNotFoundPage);
  define('portail-unavailable-page', PortailUnavailablePage);
  define('portail-app', PortailApp);
});

declare global {
  interface HTMLElementTagNameMap {
    'portail-app': PortailApp;
    'portail-login-page': PortailLoginPage;
  }
}
