import { expect, fixture, html } from '@open-wc/testing';
import { visuallyHidden } from '@portail/shared-design';
import { LitElement } from 'lit';
import type { ClaimValues, PeriodRow, PeriodsField } from '../contract/claim-form.js';
import { periodsStyles, renderPeriods } from '../web/pages/claim-periods.js';

const FIELD: PeriodsField = { type: 'periods', name: 'periodes', label: "Période(s) d'arrêt", maxRows: 2 };

/** The claim form's « Périodes » table alone, in the styles the wizard gives it. */
class TestPeriods extends LitElement {
  static override styles = [visuallyHidden, periodsStyles];
  values: ClaimValues = { periodes: [{ start: '2026-01-05', end: '2026-01-20', rate: 'plein' }] };
  changes: PeriodRow[][] = [];

  override render() {
    return renderPeriods(
      FIELD,
      {
        values: this.values,
        errors: {},
        locked: false,
        onValue: (_name, value) => this.changes.push(value as PeriodRow[]),
      },
      true,
    );
  }
}
customElements.define('test-claim-periods', TestPeriods);

async function periodsIn(width: number): Promise<TestPeriods> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><test-claim-periods></test-claim-periods></div>`,
  );
  const el = wrapper.querySelector<TestPeriods>('test-claim-periods')!;
  await el.updateComplete;
  return el;
}

const all = (el: TestPeriods, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

describe('claim form « Périodes » on small widths', () => {
  it('is a table of inputs where it fits', async () => {
    const el = await periodsIn(900);
    expect(getComputedStyle(all(el, 'table')[0]!).display).to.equal('table');
    expect(getComputedStyle(all(el, '.rate-text')[0]!).display).to.equal('none');
  });

  it('stacks each period at 320 px: nothing cut, the dates labelled, the rates clickable by their words', async () => {
    const el = await periodsIn(288);
    const right = el.parentElement!.getBoundingClientRect().right;
    const controls = all(el, 'input');
    expect(controls).to.have.length(8);
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      expect(box.width, control.getAttribute('aria-label') ?? '').to.be.above(0);
      expect(box.right, control.getAttribute('aria-label') ?? '').to.be.at.most(right);
    }
    expect(all(el, '.table-scroll')[0]!.scrollWidth).to.be.at.most(288);
    // The card's title, then the dates under their labels (shown, not read twice).
    const [start] = all(el, 'td[data-label]');
    expect(getComputedStyle(start!, '::before').content).to.match(/^"Début"/);
    expect(all(el, 'thead')[0]!.getBoundingClientRect().height).to.be.at.most(1);
    // The rates with their words, each clickable (44 px high).
    const [full, half] = all(el, 'tbody tr:first-child .rate-option');
    expect(full!.getBoundingClientRect().height).to.be.at.least(44);
    expect(half!.textContent?.trim()).to.equal('Demi-traitement');
    half!.querySelector<HTMLElement>('.rate-text')!.click();
    expect(el.changes.at(-1)?.[0]?.rate).to.equal('demi');
    // Still a table with its headers for screen readers.
    expect(all(el, 'table')[0]!.getAttribute('role')).to.equal('table');
    expect(all(el, 'tbody td').every((cell) => cell.getAttribute('role') === 'cell')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
