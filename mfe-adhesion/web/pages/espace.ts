import { msg } from '@lit/localize';
import { html } from 'lit';
import { ESPACE_ADHESION_PATH } from '../../contract/index.js';

/** B4 — routed like a page of the section, but public: the shell mounts the section there logged out. */
export const ESPACE_ADHESION_PAGE = {
  id: 'adhesion.espace',
  label: 'Espace Adhésion',
  path: ESPACE_ADHESION_PATH,
} as const;

export function renderEspacePage() {
  return html`<pa-page heading=${msg('Espace Adhésion')}>
    <p slot="intro">
      ${msg(
        "Si vous n'êtes pas encore adhérent, l'identifiant fourni par votre employeur donne accès aux documents du kit d'adhésion.",
      )}
    </p>
    <adh-kit-adhesion></adh-kit-adhesion>
  </pa-page>`;
}
