/** The portal's sections: each a single-spa application loaded from the import map. */
export interface Section {
  /** Bare specifier the import map resolves, also the single-spa application name. */
  name: string;
  /** How the member knows it, for the "momentanément indisponible" message. */
  label: string;
  /** Paths the section owns, with everything under them. */
  prefixes: string[];
  /** Pages the section shows to anybody, logged in or not, in the public layout (no menu). */
  publicPages?: PublicSectionPage[];
}

export interface PublicSectionPage {
  /** Exact path, nothing under it. */
  path: string;
  /** The page's title, for the browser tab. */
  title: string;
}

export const SECTIONS: readonly Section[] = [
  {
    name: '@portail/mfe-adhesion',
    label: 'Mon adhésion',
    prefixes: ['/adhesion'],
    // B4: the prospective member's access to the "Kit d'adhésion" (ESPACE_ADHESION_PATH).
    publicPages: [{ path: '/espace-adhesion', title: 'Espace Adhésion' }],
  },
  {
    name: '@portail/mfe-indemnisations',
    label: 'Mes indemnisations',
    prefixes: ['/indemnisations', '/services'],
  },
  { name: '@portail/mfe-compte', label: 'Mon compte', prefixes: ['/compte'] },
  { name: '@portail/mfe-contact', label: 'Contact', prefixes: ['/contact'] },
];

export function sectionOwns(section: Section, path: string): boolean {
  return section.prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

export function sectionForPath(path: string): Section | undefined {
  return SECTIONS.find((section) => sectionOwns(section, path));
}

/** The public page `path` is, if a section shows it to anybody (no session needed). */
export function publicSectionPage(path: string): (PublicSectionPage & { section: Section }) | undefined {
  for (const section of SECTIONS) {
    const page = section.publicPages?.find((candidate) => candidate.path === path);
    if (page) return { ...page, section };
  }
  return undefined;
}
