import { expect, fixture, html } from '@open-wc/testing';
import {
  define,
  formatDate,
  formatFileSize,
  formatLongDate,
  installTokens,
  PaButton,
  tokenDefaults,
  tokensCss,
  unreadText,
} from '../src/index.js';
import '../src/define.js';
import { inShadow } from './helpers.js';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

describe('define', () => {
  it('does not throw when a name is defined twice with the same class', () => {
    expect(() => define('pa-button', PaButton)).not.to.throw();
    expect(customElements.get('pa-button')).to.equal(PaButton);
  });

  it('keeps the first class and warns when another class claims the name', () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => define('pa-button', class extends HTMLElement {})).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('pa-button')).to.equal(PaButton);
    expect(warnings).to.have.length(1);
  });

  it('defines a new name', () => {
    class Probe extends HTMLElement {}
    define('pa-test-probe', Probe);
    expect(customElements.get('pa-test-probe')).to.equal(Probe);
  });
});

describe('tokens', () => {
  it('meet the contrasts of RGAA 3.2/3.3 on white', () => {
    expect(contrast(tokenDefaults['color-unread'], '#ffffff')).to.be.at.least(3);
    expect(contrast(tokenDefaults['color-border-strong'], '#ffffff')).to.be.at.least(3);
    for (const name of [
      'color-text',
      'color-text-muted',
      'color-primary',
      'color-error',
      'color-success',
    ] as const) {
      expect(contrast(tokenDefaults[name], '#ffffff'), name).to.be.at.least(4.5);
    }
    expect(contrast('#ffffff', tokenDefaults['color-unread-strong'])).to.be.at.least(4.5);
    expect(contrast(tokenDefaults['color-text-muted'], tokenDefaults['color-surface-alt'])).to.be.at.least(
      4.5,
    );
  });

  it('installs the defaults on :root through an adopted sheet, once, and removes them', () => {
    const root = document.documentElement;
    const before = document.adoptedStyleSheets.length;
    const uninstall = installTokens();
    installTokens();
    expect(document.adoptedStyleSheets.length).to.equal(before + 1);
    expect(getComputedStyle(root).getPropertyValue('--pa-color-unread').trim()).to.equal('#e35d00');
    expect(root.hasAttribute('style')).to.equal(false);
    uninstall();
    expect(document.adoptedStyleSheets.length).to.equal(before);
    expect(getComputedStyle(root).getPropertyValue('--pa-color-unread').trim()).to.equal('');
  });

  it("lose against the page's own :root values", () => {
    const own = new CSSStyleSheet();
    own.replaceSync(':root { --pa-color-primary: #123456; }');
    document.adoptedStyleSheets = [own, ...document.adoptedStyleSheets];
    const uninstall = installTokens();
    try {
      expect(
        getComputedStyle(document.documentElement).getPropertyValue('--pa-color-primary').trim(),
      ).to.equal('#123456');
    } finally {
      uninstall();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== own);
    }
  });

  it('let an ancestor theme a component, which falls back to the defaults otherwise', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><pa-button>Défaut</pa-button><div style="--pa-color-primary: #008000"><pa-button>Thème</pa-button></div></div>`,
    );
    const [plain, themed] = [...wrapper.querySelectorAll('pa-button')] as [PaButton, PaButton];
    await plain.updateComplete;
    await themed.updateComplete;
    expect(getComputedStyle(inShadow(plain, 'button')).backgroundColor).to.equal('rgb(26, 68, 128)');
    expect(getComputedStyle(inShadow(themed, 'button')).backgroundColor).to.equal('rgb(0, 128, 0)');
  });

  it('tokensCss declares every token on :host', () => {
    expect(tokensCss.cssText).to.match(/^:host \{/);
    expect(tokensCss.cssText).to.contain('--pa-color-unread: #e35d00;');
  });
});

describe('formatting', () => {
  it('gives file sizes the French way', () => {
    expect(formatFileSize(500)).to.equal('500 octets');
    expect(formatFileSize(120 * 1024)).to.equal('120 Ko');
    expect(formatFileSize(1.5 * 1024 * 1024)).to.equal('1,5 Mo');
  });

  it('writes dates as dd/mm/yyyy, calendar dates unshifted and instants in French time', () => {
    expect(formatDate('2026-05-17')).to.equal('17/05/2026');
    expect(formatDate('2026-01-01')).to.equal('01/01/2026');
    expect(formatDate('2026-05-17T22:30:00Z')).to.equal('18/05/2026');
    expect(formatDate('2026-05-17T08:00:00.000Z')).to.equal('17/05/2026');
    expect(formatDate('bientôt')).to.equal('bientôt');
  });

  it('writes dates in words with « 1er » for the first of a month (calendar dates unshifted, instants in French time)', () => {
    expect(formatLongDate('2026-10-01')).to.equal('1er octobre 2026');
    expect(formatLongDate('2026-05-17')).to.equal('17 mai 2026');
    expect(formatLongDate('2026-10-11')).to.equal('11 octobre 2026');
    expect(formatLongDate('2026-10-21')).to.equal('21 octobre 2026');
    expect(formatLongDate('2026-10-01T08:00:00Z')).to.equal('1er octobre 2026');
    expect(formatLongDate('2026-09-30T22:30:00Z')).to.equal('1er octobre 2026');
    expect(formatLongDate(new Date('2026-01-01T12:00:00Z'))).to.equal('1er janvier 2026');
    expect(formatLongDate('bientôt')).to.equal('bientôt');
  });

  it('spells unread counts', () => {
    expect(unreadText(1)).to.equal('1 nouveau document');
    expect(unreadText(2)).to.equal('2 nouveaux documents');
  });
});
