import { expect, fixture, html } from '@open-wc/testing';
import type { PaBadge } from '../src/index.js';
import '../src/define.js';
import { inShadow, text } from './helpers.js';

/** The glyph the badge draws (CSS generated content, with an empty alternative text). */
function glyph(el: PaBadge): string {
  return getComputedStyle(inShadow(el, '.icon'), '::before').content;
}

describe('pa-badge', () => {
  it('shows its text with an icon that adds nothing to its text or its spoken name, accessible', async () => {
    const el = await fixture<PaBadge>(html`<pa-badge variant="success">Pris en compte</pa-badge>`);
    expect(text(el)).to.equal('Pris en compte');
    // The shadow root adds no text: copying, searching or reading the badge gives its status only.
    expect(text(inShadow(el, '.badge'))).to.equal('');
    expect(glyph(el)).to.equal('"✓" / ""');
    await expect(el).to.be.accessible();
  });

  it('differs by icon shape as well as by colour for each variant', async () => {
    const seen: [string, string, string][] = [];
    for (const variant of ['info', 'success', 'warning', 'error'] as const) {
      const el = await fixture<PaBadge>(html`<pa-badge variant=${variant}>Statut</pa-badge>`);
      seen.push([variant, glyph(el), getComputedStyle(inShadow(el, '.icon')).backgroundColor]);
      await expect(el).to.be.accessible();
    }
    expect(seen).to.deep.equal([
      ['info', '"i" / ""', 'rgb(26, 68, 128)'],
      ['success', '"✓" / ""', 'rgb(24, 117, 60)'],
      ['warning', '"!" / ""', 'rgb(138, 83, 0)'],
      ['error', '"✕" / ""', 'rgb(192, 38, 45)'],
    ]);
  });

  it('falls back to the info look for an unknown variant', async () => {
    const el = await fixture<PaBadge>(html`<pa-badge variant=${'other'}>Statut</pa-badge>`);
    expect(glyph(el)).to.equal('"i" / ""');
  });
});
