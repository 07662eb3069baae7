import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MenuData, PaMenu, PaPage, PaPageFrame } from '../src/index.js';
import '../src/define.js';
import { allInShadow, inShadow, nextClickPrevented, text } from './helpers.js';

describe('pa-page', () => {
  it('renders the title as a focusable h1 with the content, accessible', async () => {
    const el = await fixture<PaPage>(
      html`<pa-page heading="Contrat"><p slot="intro">Vos documents contractuels.</p><p>Contenu</p></pa-page>`,
    );
    const h1 = inShadow(el, 'h1');
    expect(text(h1)).to.equal('Contrat');
    expect(h1.getAttribute('tabindex')).to.equal('-1');
    expect(inShadow<HTMLSlotElement>(el, 'slot[name="intro"]').assignedElements()).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('after an in-app navigation, moves the focus to its title and says it is ready', async () => {
    // (The first load's pages leave the focus alone: page-focus.web.test.ts.)
    const start = location.href;
    history.pushState(null, '', '/services/reglements');
    const ready = oneEvent(document, 'pa-page-ready');
    const el = await fixture<PaPage>(html`<pa-page heading="Mes règlements"></pa-page>`);
    const event = await ready;
    expect(event.detail).to.deep.equal({ heading: 'Mes règlements' });
    expect(event.target).to.equal(el);
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot?.activeElement).to.equal(inShadow(el, 'h1'));
    history.replaceState(null, '', start);
  });

  it('says it is ready again when its heading changes (a heading that arrives with the data)', async () => {
    const el = await fixture<PaPage>(html`<pa-page heading="Détail du règlement" no-autofocus></pa-page>`);
    const ready = oneEvent(document, 'pa-page-ready');
    el.heading = 'Remboursement du 14/06/2017';
    const event = await ready;
    expect(event.detail).to.deep.equal({ heading: 'Remboursement du 14/06/2017' });
    expect(event.target).to.equal(el);
  });

  it('leaves the focus alone with no-autofocus, until focusHeading()', async () => {
    const el = await fixture<PaPage>(html`<pa-page heading="Documents clés" no-autofocus></pa-page>`);
    expect(document.activeElement).not.to.equal(el);
    el.focusHeading();
    expect(el.shadowRoot?.activeElement).to.equal(inShadow(el, 'h1'));
  });
});

const frameMenu: MenuData = {
  groups: [
    {
      id: 'adhesion',
      label: 'Mon adhésion',
      entries: [{ id: 'contrat', label: 'Contrat', path: '/adhesion/contrat', unreadCount: 0 }],
    },
  ],
};

function frame(width: string, attrs: { hideMenu?: boolean } = {}) {
  return fixture<HTMLDivElement>(html`<div style="width: ${width}">
    <pa-page-frame ?hide-menu=${attrs.hideMenu ?? false}>
      <a slot="brand" href="/">Portail Adhérent</a>
      <span slot="identity">jdupont <button type="button">Se déconnecter</button></span>
      <pa-menu slot="menu" .menu=${frameMenu} current-path="/adhesion/contrat"></pa-menu>
      <p>Contenu de la page</p>
      <a slot="footer" href="/cgu">Conditions générales</a>
    </pa-page-frame>
  </div>`).then(async (wrapper) => {
    const el = wrapper.querySelector('pa-page-frame') as PaPageFrame;
    await el.updateComplete;
    return el;
  });
}

const visible = (element: Element) => element.checkVisibility();

/** The element that has the focus, through the shadow roots. */
function deepFocus(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The name a screen reader gives `element`: its `aria-label`, or its text without the parts hidden
 * from assistive technologies, white space folded.
 */
function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label;
  const walk = (node: Node): string => {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    return [...node.childNodes].map(walk).join('');
  };
  return walk(element).replace(/\s+/g, ' ').trim();
}

describe('pa-page-frame', () => {
  it('lays out banner, main and contentinfo landmarks, accessible', async () => {
    const el = await frame('64rem');
    expect(inShadow(el, 'header').getAttribute('role')).to.equal('banner');
    expect(inShadow(el, 'main').id).to.equal('contenu');
    expect(inShadow(el, 'footer').getAttribute('role')).to.equal('contentinfo');
    const slots = ['brand', 'identity', 'menu', 'footer'].map(
      (name) => inShadow<HTMLSlotElement>(el, `slot[name="${name}"]`).assignedElements().length,
    );
    expect(slots).to.deep.equal([1, 1, 1, 1]);
    expect(text(inShadow<HTMLSlotElement>(el, 'main slot').assignedElements()[0])).to.equal(
      'Contenu de la page',
    );
    await expect(el).to.be.accessible();
  });

  it('offers "Aller au contenu" as the first Tab stop, which focuses the main content', async () => {
    const el = await frame('64rem');
    await sendKeys({ press: 'Tab' });
    const skip = inShadow<HTMLAnchorElement>(el, 'a.skip');
    expect(el.shadowRoot?.activeElement).to.equal(skip);
    expect(text(skip)).to.equal('Aller au contenu');
    expect(visible(skip)).to.equal(true);
    const urlBefore = location.href;
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot?.activeElement).to.equal(inShadow(el, 'main'));
    expect(location.href).to.equal(urlBefore);
  });

  it('shows the menu and no "Menu" button on wide screens', async () => {
    const el = await frame('64rem');
    expect(visible(inShadow(el, '#menu'))).to.equal(true);
    expect(visible(inShadow(el, 'button.toggle'))).to.equal(false);
  });

  it('on small screens, Tab follows the screen: brand, "Menu" at its right, then the identity under them', async () => {
    const el = await frame('30rem');
    const stops: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(text(deepFocus()));
    }
    expect(stops).to.deep.equal(['Aller au contenu', 'Portail Adhérent', 'Menu', 'Se déconnecter']);
    const toggle = inShadow(el, 'button.toggle').getBoundingClientRect();
    const logout = el.querySelector('[slot="identity"] button')!.getBoundingClientRect();
    expect(logout.top).to.be.at.least(toggle.bottom - 1, '"Se déconnecter" under "Menu"');
  });

  it('counts the unread documents on the small-screen "Menu" button, in its name too', async () => {
    const el = await frame('30rem');
    const toggle = inShadow<HTMLButtonElement>(el, 'button.toggle');
    expect(toggle.querySelector('.badge')).to.equal(null);
    expect(accessibleName(toggle)).to.equal('Menu');
    el.unreadCount = 3;
    await el.updateComplete;
    const badge = toggle.querySelector('.badge')!;
    expect(text(badge)).to.equal('3');
    expect(badge.getAttribute('aria-hidden')).to.equal('true');
    expect(visible(badge)).to.equal(true);
    expect(accessibleName(toggle)).to.equal('Menu, 3 nouveaux documents');
    expect(text(toggle)).to.equal('Menu 3', 'the visible label starts the name (WCAG 2.5.3)');
    el.unreadCount = 1;
    await el.updateComplete;
    expect(accessibleName(toggle)).to.equal('Menu, 1 nouveau document');
    await expect(el).to.be.accessible();
  });

  it('hides the menu behind a "Menu" button next to the identity on small screens', async () => {
    const el = await frame('30rem');
    const toggle = inShadow<HTMLButtonElement>(el, 'button.toggle');
    const menuBox = inShadow(el, '#menu');
    expect(toggle.parentElement).to.equal(inShadow(el, 'header'));
    const toggleBox = toggle.getBoundingClientRect();
    const identityBox = inShadow(el, 'header .end').getBoundingClientRect();
    expect(toggleBox.right).to.be.closeTo(el.getBoundingClientRect().right, 40, 'at the right edge');
    expect(identityBox.top - toggleBox.bottom).to.be.below(40, 'the identity right under the button');
    expect(text(toggle)).to.equal('Menu');
    expect(toggle.getAttribute('aria-controls')).to.equal(menuBox.id);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(visible(toggle)).to.equal(true);
    expect(visible(menuBox)).to.equal(false);

    const toggled = oneEvent(el, 'pa-menu-toggle');
    toggle.click();
    expect((await toggled).detail).to.deep.equal({ open: true });
    await el.updateComplete;
    expect(el.hasAttribute('menu-open')).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(menuBox)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('closes the small-screen menu with Escape, back on the button', async () => {
    const el = await frame('30rem');
    const toggle = inShadow<HTMLButtonElement>(el, 'button.toggle');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.menuOpen).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.menuOpen).to.equal(false);
    expect(el.shadowRoot?.activeElement).to.equal(toggle);
  });

  it('closes the small-screen menu when a page is chosen in it', async () => {
    const el = await frame('30rem');
    el.menuOpen = true;
    await el.updateComplete;
    const pageMenu = el.querySelector('pa-menu') as PaMenu;
    await pageMenu.updateComplete;
    const toggled = oneEvent(el, 'pa-menu-toggle');
    inShadow<HTMLAnchorElement>(pageMenu, 'a').click();
    expect((await toggled).detail).to.deep.equal({ open: false });
    expect(el.menuOpen).to.equal(false);
  });

  it('has neither menu nor button on public pages', async () => {
    const el = await frame('30rem', { hideMenu: true });
    expect(el.shadowRoot?.querySelector('#menu')).to.equal(null);
    expect(el.shadowRoot?.querySelector('button.toggle')).to.equal(null);
  });

  it("keeps the footer below the fold on a member's page, whatever the page holds yet (no layout shift)", async () => {
    const member = await frame('30rem');
    const top = inShadow(member, 'footer').getBoundingClientRect().top;
    expect(top).to.be.at.least(window.innerHeight);
    expect(inShadow(member, 'main').getBoundingClientRect().height).to.be.at.least(window.innerHeight);
    // A public page (login…) keeps its footer in view.
    const visitor = await frame('30rem', { hideMenu: true });
    expect(inShadow(visitor, 'main').getBoundingClientRect().height).to.be.below(window.innerHeight);
  });
});

const menu: MenuData = {
  groups: [
    {
      id: 'adhesion',
      label: 'Mon adhésion',
      entries: [
        { id: 'contrat', label: 'Contrat', path: '/adhesion/contrat', unreadCount: 2 },
        { id: 'formulaires', label: 'Formulaires', path: '/adhesion/formulaires', unreadCount: 0 },
        { id: 'cles', label: 'Documents clés', path: '/adhesion/documents-cles', unreadCount: 1 },
      ],
    },
    {
      id: 'compte',
      label: 'Mon compte',
      entries: [{ id: 'donnees', label: 'Données personnelles', path: '/compte', unreadCount: 0 }],
    },
  ],
};

const link = (el: PaMenu, path: string) => inShadow<HTMLAnchorElement>(el, `a[href="${path}"]`);

describe('pa-menu', () => {
  it('renders a labelled navigation with its groups and links, accessible', async () => {
    const el = await fixture<PaMenu>(
      html`<pa-menu .menu=${menu} current-path="/adhesion/contrat"></pa-menu>`,
    );
    expect(inShadow(el, 'nav').getAttribute('aria-label')).to.equal('Menu principal');
    const lists = allInShadow(el, 'ul[aria-labelledby]');
    expect(
      lists.map((list) => text(el.shadowRoot?.getElementById(list.getAttribute('aria-labelledby') ?? ''))),
    ).to.deep.equal(['Mon adhésion', 'Mon compte']);
    expect(allInShadow<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal([
      '/adhesion/contrat',
      '/adhesion/formulaires',
      '/adhesion/documents-cles',
      '/compte',
    ]);
    await expect(el).to.be.accessible();
  });

  it('marks the entry of the current page, sub-pages included', async () => {
    const el = await fixture<PaMenu>(
      html`<pa-menu .menu=${menu} current-path="/compte/adresse?etape=2"></pa-menu>`,
    );
    expect(allInShadow(el, '[aria-current]')).to.deep.equal([link(el, '/compte')]);
    expect(link(el, '/compte').getAttribute('aria-current')).to.equal('page');
    el.currentPath = '/adhesion/contrat';
    await el.updateComplete;
    expect(allInShadow(el, '[aria-current="page"]')).to.deep.equal([link(el, '/adhesion/contrat')]);
    el.currentPath = '/adhesion/contrat-ancien';
    await el.updateComplete;
    expect(allInShadow(el, '[aria-current]')).to.have.length(0);
  });

  it('shows unread documents with the orange border, a badge and spoken text', async () => {
    const el = await fixture<PaMenu>(html`<pa-menu .menu=${menu}></pa-menu>`);
    const contrat = link(el, '/adhesion/contrat');
    expect(getComputedStyle(contrat).borderInlineStartColor).to.equal('rgb(227, 93, 0)');
    const badge = contrat.querySelector('.badge');
    expect(text(badge)).to.equal('2');
    expect(badge?.getAttribute('aria-hidden')).to.equal('true');
    expect(text(contrat.querySelector('.visually-hidden'))).to.equal('2 nouveaux documents');
    expect(text(link(el, '/adhesion/documents-cles').querySelector('.visually-hidden'))).to.equal(
      '1 nouveau document',
    );

    const formulaires = link(el, '/adhesion/formulaires');
    expect(formulaires.querySelector('.badge, .visually-hidden')).to.equal(null);
    expect(getComputedStyle(formulaires).borderInlineStartColor).to.equal('rgba(0, 0, 0, 0)');

    // Only the entries holding unread documents are marked, not their whole group.
    const groups = allInShadow(el, 'li.group');
    expect(groups.map((group) => getComputedStyle(group).borderInlineStartColor)).to.deep.equal([
      'rgba(0, 0, 0, 0)',
      'rgba(0, 0, 0, 0)',
    ]);
    const marked = allInShadow<HTMLAnchorElement>(el, 'a').filter(
      (a) => getComputedStyle(a).borderInlineStartColor === 'rgb(227, 93, 0)',
    );
    expect(marked.map((a) => a.getAttribute('href'))).to.deep.equal([
      '/adhesion/contrat',
      '/adhesion/documents-cles',
    ]);
    await expect(el).to.be.accessible();
  });

  it('clears the marker when the count drops to 0', async () => {
    const el = await fixture<PaMenu>(html`<pa-menu .menu=${menu}></pa-menu>`);
    el.menu = {
      groups: [{ ...menu.groups[0]!, entries: [{ ...menu.groups[0]!.entries[0]!, unreadCount: 0 }] }],
    };
    await el.updateComplete;
    const contrat = link(el, '/adhesion/contrat');
    expect(contrat.querySelector('.badge')).to.equal(null);
    expect(inShadow(el, 'li.group').classList.contains('unread')).to.equal(false);
  });

  it('asks for an in-app navigation on a plain click or Enter', async () => {
    const el = await fixture<PaMenu>(html`<pa-menu .menu=${menu}></pa-menu>`);
    let navigated = oneEvent(el, 'pa-navigate');
    let prevented = nextClickPrevented();
    link(el, '/compte').click();
    const event = await navigated;
    expect(event.detail).to.deep.equal({ path: '/compte' });
    expect(event.composed).to.equal(true);
    expect(await prevented).to.equal(true);

    navigated = oneEvent(el, 'pa-navigate');
    prevented = nextClickPrevented();
    link(el, '/adhesion/formulaires').focus();
    await sendKeys({ press: 'Enter' });
    expect((await navigated).detail).to.deep.equal({ path: '/adhesion/formulaires' });
    expect(await prevented).to.equal(true);
  });

  it('leaves a Ctrl+click (new tab) to the browser', async () => {
    const el = await fixture<PaMenu>(html`<pa-menu .menu=${menu}></pa-menu>`);
    let events = 0;
    el.addEventListener('pa-navigate', () => events++);
    const prevented = nextClickPrevented();
    link(el, '/compte').dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }),
    );
    expect(await prevented).to.equal(false);
    expect(events).to.equal(0);
  });
});
