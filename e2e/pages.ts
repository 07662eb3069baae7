// What the journeys read in a page: the menu, a field's state, the focus, a text with its spaces folded.
import type { Locator, Page } from 'playwright-core';

/** The portal's menu (the member's, or the back office's « Gestion »). */
export const menu = (page: Page) => page.locator('pa-menu');

/** Follows the menu entry named `link` and waits for the page's title, `heading`. */
export async function openFromMenu(page: Page, link: RegExp | string, heading: string): Promise<void> {
  await menu(page)
    .getByRole('link', typeof link === 'string' ? { name: link, exact: true } : { name: link })
    .click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

/** A regular expression matching exactly `text`. */
export const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')}$`);

/** The text of an element with its white space folded (narrow no-break spaces of euros included). */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** `color-error` of the design tokens (#c0262d). */
export const ERROR_RED = 'rgb(192, 38, 45)';

/** How a control shows its state: aria-invalid, its descriptions (error first) and their colours. */
export async function fieldState(control: Locator) {
  return control.evaluate((el) => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const described = ids.map((id) => root.getElementById(id));
    const options = el.querySelector('.options');
    return {
      invalid: el.getAttribute('aria-invalid'),
      border: getComputedStyle(el).borderTopColor,
      /** A radio group's answers are underlined in red on their left. */
      optionsBorder: options ? getComputedStyle(options).borderLeftColor : null,
      description: described.map((d) => d?.textContent?.trim() ?? ''),
      descriptionColor: described.map((d) => (d ? getComputedStyle(d).color : '')),
      value: (el as HTMLInputElement).value,
    };
  });
}

/** What a message of the mailbox says it was sent to: « À : <address> ». */
export const sentTo = (address: string) =>
  new RegExp(`À : ${address.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')}`);
