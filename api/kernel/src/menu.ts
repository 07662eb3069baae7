import { MENU_GROUPS, type Menu } from '../contract/menu.js';
import type { SectionPage } from '../contract/pages.js';
import type { DocumentService } from './documents.js';
import { type AuthenticatedMember, pageAccess } from './member-context.js';

/** The pages every section registered; `GET /api/menu` filters them per member (SPEC A4–A6). */
export class MenuRegistry {
  private readonly pages: SectionPage[] = [];

  /** The page registered under `id`; an unknown id is a programming error, found at start. */
  page(id: string): SectionPage {
    const page = this.pages.find((p) => p.id === id);
    if (!page) throw new Error(`No page « ${id} » registered (requirePage)`);
    return page;
  }

  register(pages: readonly SectionPage[]): void {
    for (const page of pages) {
      if (this.pages.some((p) => p.id === page.id)) throw new Error(`Menu page ${page.id} registered twice`);
      this.pages.push(page);
    }
  }

  async menuFor(member: AuthenticatedMember, documents: DocumentService): Promise<Menu> {
    const unread = await documents.unreadCounts(member.id);
    const open = this.pages.filter((page) => pageAccess(member, page) === 'allowed');
    return {
      groups: MENU_GROUPS.map((group) => ({
        id: group.id,
        label: group.label,
        entries: open
          .filter((page) => page.group === group.id)
          .map((page) => ({
            id: page.id,
            label: page.label,
            path: page.path,
            unreadCount: page.documentCategory ? (unread.get(page.documentCategory) ?? 0) : 0,
          })),
      })).filter((group) => group.entries.length > 0),
    };
  }
}
