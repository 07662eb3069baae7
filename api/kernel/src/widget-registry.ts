import type { SectionWidgets } from '../contract/section.js';

export type { SectionWidgets };

/** The kernel's one download route of documents, readable by a token for its categories only. */
const DOCUMENT_ROUTE = '/api/documents/:id';

/** `/api/adhesion/espace/*` or `/api/documents/:id` → a regular expression of the whole path. */
function pathPattern(route: string): RegExp {
  const escaped = route
    .split('/')
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${escaped}/?$`);
}

/** « a, b et c ». */
function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/** Every section's widget declarations, as absolute API paths. */
export class WidgetRegistry {
  /** Read routes a token issued now carries (absolute patterns). */
  readonly memberRoutes: readonly string[];
  readonly documentCategories: readonly string[];
  /** « vos documents clés, … et vos remboursements ». */
  readonly purposes: string;
  private readonly publicPatterns: RegExp[];
  private readonly memberPatterns: RegExp[];

  constructor(sections: readonly { name: string; widgets?: SectionWidgets }[]) {
    const declared = sections.flatMap((s) => (s.widgets ? [{ name: s.name, widgets: s.widgets }] : []));
    this.documentCategories = declared.flatMap((s) => s.widgets.documentCategories ?? []);
    this.memberRoutes = [
      ...declared.flatMap((s) => (s.widgets.memberRoutes ?? []).map((r) => `/api/${s.name}${r}`)),
      ...(this.documentCategories.length > 0 ? [DOCUMENT_ROUTE] : []),
    ];
    this.purposes = frenchList(declared.flatMap((s) => s.widgets.purposes));
    this.memberPatterns = this.memberRoutes.map(pathPattern);
    this.publicPatterns = declared.flatMap((s) =>
      (s.widgets.publicRoutes ?? []).map((r) => pathPattern(`/api/${s.name}${r}`)),
    );
  }

  /** Whether `path` is a route of some widget (CORS is answered for registered origins there only). */
  isWidgetPath(path: string): boolean {
    return this.isPublicPath(path) || this.memberPatterns.some((p) => p.test(path));
  }

  /** A public widget's route (the B4 kit): registered origins may post there, without cookies. */
  isPublicPath(path: string): boolean {
    return this.publicPatterns.some((p) => p.test(path));
  }

  /** Whether a token carrying `routes` may read `path`. */
  static allows(routes: readonly string[], path: string): boolean {
    return routes.some((route) => pathPattern(route).test(path));
  }
}
