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
  id: string;
  label: string;
  entries: MenuEntry[];
}

export interface Menu {
  groups: MenuGroup[];
}

/** Group ids and labels, in the order of the manuals. */
export const MENU_GROUPS = [
  { id: 'adhesion', label: 'Mon adhésion' },
  { id: 'indemnisations', label: 'Mes indemnisations' },
  { id: 'services', label: 'Mes services santé' },
  { id: 'compte', label: 'Mon compte' },
  { id: 'contact', label: 'Contact' },
] as const;
export type MenuGroupId = (typeof MENU_GROUPS)[number]['id'];
