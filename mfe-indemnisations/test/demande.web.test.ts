import { expect } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import {
  deepQuery,
  deepQueryAll,
  deepText,
  memberDocument,
  mountAndUnmount,
  openSection,
  problem,
  useSectionApi,
  waitForRow,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { INDEMNISATIONS_PAGES } from '../contract/index.js';
import { bootstrap, mount, unmount } from '../web/index.js';

function section(path: string): Promise<HTMLElement> {
  return openSection('ind-section', path);
}

describe('ind-section (SPEC C, G)', () => {
  useSectionApi();

  it('C1 Demande d’indemnisation: the blank claim forms to download, without the Employeur column', async () => {
    worker.use(
      http.get('/api/indemnisations/formulaires', () =>
        HttpResponse.json({
          items: [
            memberDocument('f1', { title: "Formulaire de demande d'indemnisation", fileName: 'demande.pdf' }),
          ],
        }),
      ),
    );
    const el = await section('/indemnisations/demande');
    await waitForRow(el, 'f1');
    expect(deepQuery(el, 'h1')?.textContent).to.equal("Demande d'indemnisation");
    expect(deepQuery(el, 'h2')?.textContent).to.equal('Formulaires à télécharger');
    const headers = deepQueryAll(el, 'thead th').map((th) => th.textContent?.trim());
    expect(headers).to.include('Libellé document').and.not.include('Employeur');
    expect(deepText(el))
      .to.include("Formulaire de demande d'indemnisation")
      .and.not.include('Mairie de Lyon');
    await expect(el).to.be.accessible();
  });

  it('A6: when the employer does not allow online claims (403), shows why, without « Réessayer »', async () => {
    const detail = "Votre employeur n'autorise pas la demande d'indemnisation en ligne.";
    worker.use(http.get('/api/indemnisations/formulaires', () => problem(403, detail)));
    const el = await section('/indemnisations');
    await waitForText(el, detail);
    expect(deepQuery(el, 'pa-alert')).to.exist;
    expect(deepQuery(el, 'table')).to.equal(undefined);
    expect(deepQuery(el, 'pa-button')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('the other prévoyance pages are placeholders', async () => {
    const others = INDEMNISATIONS_PAGES.filter(
      (p) => p.group === 'indemnisations' && p.id !== 'indemnisations.demande',
    );
    for (const page of others) {
      const el = await section(page.path);
      expect(deepQuery(el, 'h1')?.textContent, page.path).to.equal(page.label);
      expect(deepQuery(el, 'pa-empty-state'), page.path).to.exist;
    }
    await expect(await section('/indemnisations/justificatifs')).to.be.accessible();
    expect(deepQuery(await section('/services/xyz'), 'h1')?.textContent).to.equal('Page introuvable');
    expect(deepQuery(await section('/services/reglements/p1/actes'), 'h1')?.textContent).to.equal(
      'Page introuvable',
    );
  });

  it('single-spa lifecycles mount ind-section into the given element and remove it', async () => {
    await mountAndUnmount(
      'ind-section',
      '/indemnisations/justificatifs',
      { bootstrap, mount, unmount },
      (el) => waitForText(el, 'Envoi de justificatifs'),
    );
  });
});
