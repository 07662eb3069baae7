import './setup-elements.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { navigate, type SectionProps, setSession } from '@portail/runtime';
import type { PortailApp } from '../src/app/portail-app.js';
import { startPortal } from '../src/start-portal.js';
import { deepText, goTo, memberRoutes, restoreUrl, startMsw, waitForText, worker } from './helpers.js';

/** A fake section module: puts a paragraph in its outlet. */
function fakeSection(text: string, failOnMount = false) {
  return {
    bootstrap: async () => {},
    mount: async ({ domElement }: SectionProps) => {
      if (failOnMount) throw new Error('boom');
      const paragraph = document.createElement('p');
      paragraph.textContent = text;
      domElement.append(paragraph);
    },
    unmount: async ({ domElement }: SectionProps) => domElement.replaceChildren(),
  };
}

const modules: Record<string, () => Promise<unknown>> = {
  '@portail/mfe-adhesion': async () => fakeSection('Section adhésion'),
  '@portail/mfe-contact': async () => fakeSection('Section contact'),
  '@portail/mfe-indemnisations': async () => fakeSection('jamais', true),
  '@portail/mfe-sante': async () => fakeSection('Section santé'),
  '@portail/mfe-compte': () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
};

describe('root config: sections in single-spa (W1)', () => {
  const logged: string[] = [];
  const consoleError = console.error;
  before(async () => {
    await startMsw();
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  });
  after(() => {
    console.error = consoleError;
    worker.resetHandlers();
    setSession(null);
    restoreUrl();
  });

  it('mounts sections in their outlets, and replaces a broken one by a message while the rest works', async () => {
    worker.use(...memberRoutes());
    goTo('/compte/donnees');
    const app = await fixture<PortailApp>(html`<portail-app></portail-app>`);
    startPortal({ host: app, importSection: (name) => modules[name]!() });
    const outlet = (name: string) =>
      app.querySelector<HTMLElement>(`.portail-outlet[data-section="@portail/${name}"]`)!;
    await waitUntil(() => outlet('mfe-compte'), 'outlets not rendered');

    await waitForText(outlet('mfe-compte'), 'La rubrique « Mon compte » est momentanément indisponible.');
    expect(deepText(outlet('mfe-compte')))
      .to.contain('le reste du portail reste accessible')
      .and.contain('Réessayer');
    expect(outlet('mfe-compte').parentElement?.localName).to.equal('pa-page-frame');
    await waitUntil(() => app.querySelector('pa-menu'), 'the menu went away');
    expect(app.querySelector('portail-identity')).to.exist;
    await expect(app).to.be.accessible();

    // single-spa patched history: a plain pushState reroutes (navigate() uses it).
    history.pushState(null, '', '/adhesion/contrat');
    await waitForText(outlet('mfe-adhesion'), 'Section adhésion');
    expect(outlet('mfe-compte').childElementCount).to.equal(0);

    navigate('/contact/message');
    await waitForText(outlet('mfe-contact'), 'Section contact');
    expect(outlet('mfe-adhesion').childElementCount).to.equal(0);

    navigate('/indemnisations/justificatifs');
    await waitForText(
      outlet('mfe-indemnisations'),
      'La rubrique « Mes indemnisations » est momentanément indisponible.',
    );

    navigate('/nulle-part');
    await waitUntil(() => app.querySelector('portail-not-found-page'), 'no 404 page');
    await waitUntil(() => outlet('mfe-indemnisations').childElementCount === 0, 'fallback not unmounted');
    expect(logged.join('\n')).to.contain('@portail/mfe-compte').and.contain('boom');
  });
});
