/** The portal's sections: each a single-spa application loaded from the import map. */
export interface Section {
  /** Bare specifier the import map resolves, also the single-spa application name. */
  name: string;
  /** How the member knows it, for the "momentanément indisponible" message. */
  label: string;
  /** Paths the section owns, with everything under them. */
  prefixes: string[];
}

export const SECTIONS: readonly Section[] = [
  { name: '@portail/mfe-adhesion', label: 'Mon adhésion', prefixes: ['/adhesion'] },
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
