/** What single-spa passes to a section's lifecycles: the shell's `customProps` plus its own. */
export interface SectionProps {
  /** The outlet the shell gives the section, inside the layout's main area. */
  domElement: HTMLElement;
  name?: string;
  [key: string]: unknown;
}

export interface SectionLifecycles {
  bootstrap(props: SectionProps): Promise<void>;
  mount(props: SectionProps): Promise<void>;
  unmount(props: SectionProps): Promise<void>;
}

/**
 * single-spa lifecycles that put one `<tagName>` element in the outlet on mount and remove it on
 * unmount. `properties` are set on the element (e.g. `{ label: 'Mon compte' }`). `messagesReady`
 * (`sectionMessages`): the section's texts in the page's language, awaited by `bootstrap`.
 */
export function createSectionLifecycles(
  tagName: string,
  properties: Record<string, unknown> = {},
  messagesReady: () => Promise<void> = async () => {},
): SectionLifecycles {
  const mounted = new Map<HTMLElement, HTMLElement>();
  return {
    async bootstrap() {
      await messagesReady();
    },
    async mount({ domElement }) {
      if (!(domElement instanceof HTMLElement)) throw new Error(`${tagName}: no domElement to mount in`);
      const element = Object.assign(document.createElement(tagName), properties);
      mounted.set(domElement, element);
      domElement.append(element);
    },
    async unmount({ domElement }) {
      mounted.get(domElement)?.remove();
      mounted.delete(domElement);
    },
  };
}
