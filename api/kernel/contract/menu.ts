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
}
