import { createSectionLifecycles, type SectionLifecycles, type SectionProps } from '@portail/runtime';
import { sectionUnavailable } from './pages/unavailable-page.js';
import type { Section } from './sections.js';

export type SectionImporter = (specifier: string) => Promise<unknown>;

type Lifecycle = (props: SectionProps) => Promise<unknown>;
const STEPS = ['bootstrap', 'mount', 'unmount'] as const;

/** single-spa allows a lifecycle to be an array of functions, run one after the other. */
function asOne(value: unknown): Lifecycle | null {
  if (typeof value === 'function') return value as Lifecycle;
  if (!Array.isArray(value) || !value.every((fn) => typeof fn === 'function')) return null;
  return async (props) => {
    for (const fn of value as Lifecycle[]) await fn(props);
  };
}

/** What the member sees in the outlet when the section cannot run. */
export function fallbackLifecycles(section: Section): SectionLifecycles {
  return createSectionLifecycles('portail-unavailable-page', {
    heading: section.label,
    message: sectionUnavailable(section.label),
  });
}

/** The section's lifecycles, switching to the fallback for good once one of them throws. */
function guarded(
  steps: Record<(typeof STEPS)[number], Lifecycle>,
  fallback: SectionLifecycles,
): SectionLifecycles {
  let broken = false;
  const breakDown = (section: string, error: unknown) => {
    console.error(`Rubrique ${section} en erreur`, error);
    broken = true;
  };
  return {
    async bootstrap(props) {
      await steps.bootstrap(props).catch((error) => breakDown(String(props.name), error));
    },
    async mount(props) {
      if (broken) return fallback.mount(props);
      try {
        await steps.mount(props);
      } catch (error) {
        breakDown(String(props.name), error);
        props.domElement.replaceChildren();
        await fallback.mount(props);
      }
    },
    async unmount(props) {
      if (broken) return fallback.unmount(props);
      await steps.unmount(props).catch((error) => {
        // i18n-ignore: a log
        console.error(`Rubrique ${String(props.name)} : échec du démontage`, error);
        props.domElement.replaceChildren();
      });
    },
  };
}

/**
 * Loads a section from the import map. A load failure (network, 404, exception, no lifecycles) or a
 * lifecycle that throws gives the "momentanément indisponible" page in its outlet instead: the
 * layout and the other sections keep working.
 */
export async function loadSection(
  section: Section,
  importSection: SectionImporter,
): Promise<SectionLifecycles> {
  const fallback = fallbackLifecycles(section);
  try {
    const module = (await importSection(section.package)) as Record<string, unknown>;
    const steps = STEPS.map((step) => asOne(module?.[step]));
    const [bootstrap, mount, unmount] = steps;
    if (!bootstrap || !mount || !unmount)
      throw new Error(`${section.package} n'exporte pas bootstrap, mount, unmount`); // i18n-ignore: logged
    return guarded({ bootstrap, mount, unmount }, fallback);
  } catch (error) {
    console.error(`Rubrique ${section.package} non chargée`, error); // i18n-ignore: a log
    return fallback;
  }
}

/**
 * « Accueil »: defines a section's home blocks — its bundle from the import map (the very module
 * single-spa mounts), then its exported `loadHome()` (their chunk). Rejects when either fails or the
 * bundle has no `loadHome`: the blocks of that section say so in their place, the rest shows.
 */
export async function loadSectionHome(section: Section, importSection: SectionImporter): Promise<void> {
  const module = (await importSection(section.package)) as Record<string, unknown> | undefined;
  const loadHome = module?.['loadHome'];
  // i18n-ignore: logged by « Accueil », whose block says it is unavailable
  if (typeof loadHome !== 'function') throw new Error(`${section.package} n'exporte pas loadHome`);
  await loadHome();
}
