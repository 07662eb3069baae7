import type { Menu } from '../contract/menu.js';
import type { SectionPage } from '../contract/pages.js';
import type { SectionManifest } from '../contract/section.js';
import type { DocumentService } from './documents.js';
import { type AuthenticatedMember, pageAccess } from './member-context.js';

/**
 * The pages every section registered, one menu group per section in the order they were
 * registered; `GET /api/menu` filters them per member (SPEC A4–A6).
 */
export class MenuRegistry {
  private readonly pages: SectionPage[] = [];
  private readonly groups: { id: string; label: string; pages: readonly SectionPage[] }[] = [];

  /** The page registered under `id`; an unknown id is a programming error, found at start. */
  page(id: string): SectionPage {
    const page = this.pages.find((p) => p.id === id);
    if (!page) throw new Error(`No page « ${id} » registered (requirePage)`);
    return page;
  }

  register(section: Pick<SectionManifest, 'name' | 'label' | 'pages'>): void {
    for (const page of section.pages) {
      if (this.pages.some((p) => p.id === page.id)) throw new Error(`Menu page ${page.id} registered twice`);
      this.pages.push(page);
    }
    this.groups.push({ id: section.name, label: section.label, pages: section.pages });
  }

  async menuFor(member: AuthenticatedMember, documents: DocumentService): Promise<Menu> {
    const unread = await documents.unreadCounts(member.id);
    return {
      groups: this.groups
        .map((group) => ({
          id: group.id,
          label: group.label,
          entries: group.pages
            .filter((page) => pageAccess(member, page) === 'allowed')
            .map((page) => ({
              id: page.id,
              label: page.label,
              path: page.path,
              unreadCount: page.documentCategory ? (unread.get(page.documentCategory) ?? 0) : 0,
            })),
        }))
        .filter((group) => group.entries.length > 0),
    };
  }
}
