// The registration of « Accueil » (`portail-home-page`), a chunk of its own: `app/more-pages.ts`
// imports it when the page is first shown, so the login page loads without it.
import { define } from '@portail/shared-design';
import { PortailHomePage } from '../pages/home-page.js';

define('portail-home-page', PortailHomePage);

declare global {
  interface HTMLElementTagNameMap {
    'portail-home-page': PortailHomePage;
  }
}
