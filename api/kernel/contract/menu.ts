/** `GET /api/menu`: only the entries this member may see (SPEC A6), with unread counts (SPEC A5). */
export interface MenuEntry {
  id: string;
  label: string;
  /** Path in the portal, e.g. `/adhesion/contrat`. */
  path: string;
  /** Documents the member has not opened yet under this entry; 0 when none. */
  unreadCount: number;
}

export interface MenuGroup {
  /** The section's name. */
  id: string;
  label: string;
  entries: MenuEntry[];
}

export interface Menu {
  groups: MenuGroup[];
  /** What « Accueil » shows this member: the sections' blocks and shortcuts they may open, in menu order. */
  home?: MenuHome;
}

export interface MenuHome {
  blocks: HomeBlockEntry[];
  shortcuts: HomeShortcutEntry[];
}

/** A block of « Accueil » (a section manifest's `home.blocks`), for this member. */
export interface HomeBlockEntry {
  /** The section's name: the shell loads its bundle (`loadHome()`) for the element. */
  section: string;
  element: string;
  title: string;
  /** The page the block sums up, and the text of the link to it. */
  path: string;
  link: string;
}

/** A shortcut of « Accueil » (a section manifest's `home.shortcuts`), for this member. */
export interface HomeShortcutEntry {
  label: string;
  path: string;
}
