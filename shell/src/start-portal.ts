import { sectionOwns } from '@portail/kernel/contract/section';
import { getSession, on, PORTAIL_EVENTS } from '@portail/runtime';
import { installTokens } from '@portail/shared-design';
import { registerApplication, start, triggerAppChange } from 'single-spa';
import type { PortailApp } from './app/portail-app.js';
import { installDocumentStyles } from './document-styles.js';
import { loadSection, loadSectionHome, type SectionImporter } from './section-loader.js';
import { portalSections, publicSectionPage, type Section } from './sections.js';

export interface PortalOptions {
  /** The `<portail-app>` to use; by default the page's one, or a new one in `<body>`. */
  host?: PortailApp;
  /** How a section module is fetched; by default a dynamic import through the page's import map. */
  importSection?: SectionImporter;
}

const importFromImportMap: SectionImporter = (specifier) => import(/* @vite-ignore */ specifier);

/** Sections run for a logged-in member who accepted the CGU; the shell guards the rest. */
function memberReady(): boolean {
  const session = getSession();
  return session !== null && !session.cguRequired;
}

/** Whether `section` runs at `path`: its public pages for anybody, the rest for a ready member. */
function sectionActive(section: Section, path: string): boolean {
  if (publicSectionPage(path)?.section.name === section.name) return true;
  return memberReady() && sectionOwns(section, path);
}

/**
 * Starts the portal: tokens, one outlet and one single-spa application per section (the outlet
 * reaches the section as `customProps.domElement`), then single-spa itself. The shell's elements are
 * registered by `define.ts`, which the entry (`root-config.ts`) imports first.
 */
export function startPortal(options: PortalOptions = {}): PortailApp {
  installTokens();
  installDocumentStyles();
  const host =
    options.host ??
    document.querySelector('portail-app') ??
    document.body.appendChild(document.createElement('portail-app'));
  const importSection = options.importSection ?? importFromImportMap;
  host.loadHome = (name) => {
    const section = portalSections().find((candidate) => candidate.name === name);
    return section ? loadSectionHome(section, importSection) : Promise.reject(new Error(`Rubrique ${name}`));
  };
  host.outlets = portalSections().map((section) => {
    const outlet = document.createElement('div');
    outlet.className = 'portail-outlet';
    outlet.dataset['section'] = section.package;
    registerApplication({
      name: section.package,
      app: () => loadSection(section, importSection),
      activeWhen: (where) => sectionActive(section, where.pathname),
      customProps: { domElement: outlet },
    });
    return outlet;
  });
  on(PORTAIL_EVENTS.sessionChanged, () => void triggerAppChange());
  start({ urlRerouteOnly: true });
  return host;
}
