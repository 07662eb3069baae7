import { HttpResponse, http } from 'msw';
import {
  deepText,
  memberDocument,
  openSection,
  useSectionApi,
  worker,
} from '../../shared-design/test/section-helpers.js';
import '../web/index.js';
import { draft, overview } from './claim-fixtures.js';

describe('debug', () => {
  useSectionApi();
  it('c1', async () => {
    worker.use(
      http.get('/api/indemnisations/demandes', () => HttpResponse.json(overview([draft('d1')]))),
      http.get('/api/indemnisations/formulaires', () => HttpResponse.json({ items: [memberDocument('f1')] })),
    );
    console.log('open');
    const el = await openSection('ind-section', '/indemnisations/demande');
    console.log('opened');
    await new Promise((r) => setTimeout(r, 500));
    console.log(deepText(el).slice(0, 500));
  });
});
