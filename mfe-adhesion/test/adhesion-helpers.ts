// Helpers of the section's component tests: the shared ones, plus an exact-label button lookup.
import { deepQueryAll } from '../../shared-design/test/section-helpers.js';

export {
  clickButton,
  describedBy,
  field,
  fill,
  focused,
  links,
  problem as problemWith,
  waitForFocusIn,
} from '../../shared-design/test/section-helpers.js';

/** The pa-button whose text is exactly `label`. */
export function findButton(root: Element, label: string): (HTMLElement & { disabled: boolean }) | undefined {
  return deepQueryAll<HTMLElement & { disabled: boolean }>(root, 'pa-button').find(
    (b) => b.textContent?.trim() === label,
  );
}
