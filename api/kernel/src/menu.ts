import { msg, str } from '@lit/localize';
import { localized } from '../contract/i18n.js';
import type { HomeBlockEntry, HomeShortcutEntry, Menu, MenuHome } from '../contract/menu.js';
import type { SectionPage } from '../contract/pages.js';
import type { SectionHome, SectionManifest } from '../contract/section.js';
import type { DocumentService } from './documents.js';
import { type AuthenticatedMember, pageAccess } from './member-context.js';

/**
 * The pages every section registered, one menu group per section in the order they were
 * registered; `GET /api/menu` filters them per member (SPEC A4–A6).
 */
export class MenuRegistry {
  /**
   * @param identityProvider the name of the identity provider members may sign in with (SPEC P7),
   *   or null: pages that `requires` it are shown only with one, and named after it.
   */
  constructor(private readonly identityProvider: string | null = null) {}

  private readonly pages: SectionPage[] = [];
  private readonly groups: { id: string; label: string; pages: readonly SectionPage[] }[] = [];
  /** Each section's « Accueil » blocks and shortcuts, in the menu's order. */
  private readonly homes: { section: string; home: SectionHome }[] = [];

  /** The page registered under `id`; an unknown id is a programming error, found at start. */
  page(id: string): SectionPage {
    const page = this.pages.find((p) => p.id === id);
    if (!page) throw new Error(`No page « ${id} » registered (requirePage)`); // i18n-ignore
    return page;
  }

  /** The page that lists a document category (its menu entry's unread count, A5), if any. */
  documentsPage(category: string): SectionPage | undefined {
    return this.pages.find((p) => p.documentCategory === category);
  }

  register(section: Pick<SectionManifest, 'name' | 'label' | 'pages' | 'home'>): void {
    for (const page of section.pages) {
      if (this.pages.some((p) => p.id === page.id)) throw new Error(`Menu page ${page.id} registered twice`);
      this.pages.push(page);
    }
    this.groups.push({ id: section.name, label: section.label, pages: section.pages });
    if (!section.home) return;
    for (const item of [...(section.home.blocks ?? []), ...(section.home.shortcuts ?? [])]) {
      if (!section.pages.some((page) => page.id === item.page))
        throw new Error(`« Accueil » of ${section.name}: no page « ${item.page} » in the section`); // i18n-ignore
    }
    this.homes.push({ section: section.name, home: section.home });
  }

  /** SPEC A6 for « Accueil »: the blocks and shortcuts whose page (and own authorisation) are open. */
  private homeFor(member: AuthenticatedMember): MenuHome {
    const open = (pageId: string, feature?: string) => {
      const page = this.page(pageId);
      if (!this.offered(page) || pageAccess(member, page) !== 'allowed') return undefined;
      if (feature && pageAccess(member, { contractKind: page.contractKind, feature }) !== 'allowed')
        return undefined;
      return page;
    };
    const blocks: HomeBlockEntry[] = [];
    const shortcuts: HomeShortcutEntry[] = [];
    for (const { section, home } of this.homes) {
      for (const block of home.blocks ?? []) {
        const page = open(block.page);
        if (page)
          blocks.push({
            section,
            element: block.element,
            title: localized(block.title),
            path: page.path,
            link: localized(block.link),
          });
      }
      for (const shortcut of home.shortcuts ?? []) {
        const page = open(shortcut.page, shortcut.feature);
        if (page) shortcuts.push({ label: localized(shortcut.label), path: page.path });
      }
    }
    return { blocks, shortcuts };
  }

  /** Whether the portal offers what the page needs (SPEC P7's identity provider). */
  private offered(page: SectionPage): boolean {
    return page.requires !== 'identity-provider' || this.identityProvider !== null;
  }

  /** The page's label; P7's names the configured provider. */
  private labelOf(page: SectionPage): string {
    const provider = this.identityProvider;
    return page.requires === 'identity-provider' && provider
      ? msg(str`Connexion avec ${provider}`)
      : localized(page.label);
  }

  async menuFor(member: AuthenticatedMember, documents: DocumentService): Promise<Menu> {
    const unread = await documents.unreadCounts(member.id);
    return {
      groups: this.groups
        .map((group) => ({
          id: group.id,
          label: localized(group.label),
          entries: group.pages
            .filter((page) => this.offered(page) && pageAccess(member, page) === 'allowed')
            .map((page) => ({
              id: page.id,
              label: this.labelOf(page),
              path: page.path,
              unreadCount: page.documentCategory ? (unread.get(page.documentCategory) ?? 0) : 0,
            })),
        }))
        .filter((group) => group.entries.length > 0),
      home: this.homeFor(member),
    };
  }
}
