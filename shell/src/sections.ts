import {
  type PublicSectionPage,
  readSectionSummaries,
  type SectionSummary,
  sectionOwns,
} from '@portail/kernel/contract/section';

/**
 * The portal's sections, as their manifests describe them: the host writes their summaries into
 * the page (`<script type="application/json" id="portail-sections">`). Each is a single-spa
 * application loaded from the import map under its package name.
 */
export type Section = SectionSummary;

let cache: { text: string | null | undefined; sections: readonly Section[] } | undefined;

/** The sections of this page, in the order of the menu. */
export function portalSections(): readonly Section[] {
  const text = document.getElementById('portail-sections')?.textContent;
  if (cache === undefined || cache.text !== text) cache = { text, sections: readSectionSummaries() };
  return cache.sections;
}

export function sectionForPath(path: string): Section | undefined {
  return portalSections().find((section) => sectionOwns(section, path));
}

/** The public page `path` is, if a section shows it to anybody (no session needed). */
export function publicSectionPage(path: string): (PublicSectionPage & { section: Section }) | undefined {
  for (const section of portalSections()) {
    const page = section.publicPages?.find((candidate) => candidate.path === path);
    if (page) return { ...page, section };
  }
  return undefined;
}
