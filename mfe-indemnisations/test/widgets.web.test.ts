import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import {
  cellTexts,
  deepQueryAll,
  deepText,
  links,
  preventDownloads,
  problem,
  waitForRow,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { connectWidget, offersLogin, PORTAL, useWidgetApi } from '../../shared-design/test/widget-helpers.js';
import type { IndemnityPayment, TaxCertificateList } from '../contract/index.js';
import '../web/widgets/define.js';
import type { IndDeclarerSinistre, IndHistoriqueIndemnisations } from '../web/widgets/define.js';
import { draft, overview } from './claim-fixtures.js';

const CLAIMS = `${PORTAL}/api/indemnisations/demandes`;
const PAYMENTS = `${PORTAL}/api/indemnisations/paiements`;
const CERTIFICATES = `${PORTAL}/api/indemnisations/attestations-fiscales`;
const NO_CERTIFICATE = () => HttpResponse.json({ items: [] } satisfies TaxCertificateList);

function indemnity(id: string, paidOn: string): IndemnityPayment {
  return {
    id,
    reference: `RG-${id.toUpperCase().padEnd(8, '0')}`,
    nature: 'Maladie ordinaire',
    eventDate: '2025-01-20',
    periodStart: '2025-02-01',
    periodEnd: '2025-02-28',
    paidOn,
    method: 'virement',
    employer: 'Mairie de Bourges',
    contract: 'Prévoyance complémentaire',
    membershipNumber: '0451237',
    netCents: 123456,
    detailUrl: `/api/indemnisations/paiements/${id}`,
  };
}

describe('W2 widgets of Mes indemnisations (prévoyance)', () => {
  const popup = useWidgetApi();

  it('ind-declarer-sinistre lists the online forms and drafts; the portal opens in a new tab', async () => {
    worker.use(http.get(CLAIMS, () => HttpResponse.json(overview([draft('d1')]))));
    const el = await fixture<IndDeclarerSinistre>(
      html`<ind-declarer-sinistre api-base=${PORTAL}></ind-declarer-sinistre>`,
    );
    await waitUntil(() => offersLogin(el), 'no « Se connecter »');
    await connectWidget(el, popup());
    const row = await waitForRow(el, 'd1');
    expect(deepText(el)).to.include("Demande d'indemnisation — Arrêt de travail");
    // Each form opens its new claim on the portal: nothing is stored until the member saves it there.
    const declare = links(el, 'Déclarer un sinistre')[0]!;
    expect(declare.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      "Déclarer un sinistre : Demande d'indemnisation — Arrêt de travail sur le Portail Adhérent (nouvelle fenêtre)",
    );
    expect(declare.getAttribute('href')).to.equal(`${PORTAL}/indemnisations/demande/nouvelle/arret-travail`);
    expect(declare.target).to.equal('_blank');
    expect(links(row, 'Poursuivre')[0]?.getAttribute('href')).to.equal(`${PORTAL}/indemnisations/demande/d1`);
    await expect(el).to.be.accessible();
  });

  it('ind-declarer-sinistre says why when the employer does not take online claims (403)', async () => {
    const refused = "Le service « Demande d'indemnisation en ligne » n'est pas ouvert par votre employeur.";
    worker.use(http.get(CLAIMS, () => problem(403, refused)));
    const el = await fixture<IndDeclarerSinistre>(
      html`<ind-declarer-sinistre api-base=${PORTAL}></ind-declarer-sinistre>`,
    );
    await connectWidget(el, popup());
    await waitForText(el, refused);
    expect(deepText(el)).not.to.include('Réessayer');
    expect(links(el, 'Déclarer un sinistre')).to.have.length(0);
  });

  it('ind-historique-indemnisations shows the 5 latest payments and links to the whole history', async () => {
    const items = [1, 2, 3, 4, 5, 6].map((n) => indemnity(`i${n}`, `2026-0${10 - n}-05`));
    worker.use(
      http.get(PAYMENTS, () => HttpResponse.json({ items, page: 1, pageSize: 20, total: 6 })),
      http.get(CERTIFICATES, NO_CERTIFICATE),
    );
    const el = await fixture<IndHistoriqueIndemnisations>(
      html`<ind-historique-indemnisations api-base=${PORTAL}></ind-historique-indemnisations>`,
    );
    await waitUntil(() => offersLogin(el), 'no « Se connecter »');
    expect(deepText(el)).to.include(
      "Connectez-vous au Portail Adhérent pour consulter l'historique de vos indemnisations.",
    );
    await connectWidget(el, popup());
    const first = await waitForRow(el, 'i1');
    expect(deepQueryAll(el, 'tbody tr')).to.have.length(5);
    expect(cellTexts(first)).to.deep.equal([
      '05/09/2026',
      'Prestations pour la Maladie ordinaire du 01/02/2025 - 28/02/2025',
      '1 234,56 €',
    ]);
    expect(links(el, "Voir tout l'historique")[0]?.getAttribute('href')).to.equal(
      `${PORTAL}/indemnisations/historique-indemnisations`,
    );
    await expect(el).to.be.accessible();
  });

  it('widgets of one portal share the connection: one « Se connecter » serves both', async () => {
    worker.use(
      http.get(CLAIMS, () => HttpResponse.json(overview())),
      http.get(PAYMENTS, () => HttpResponse.json({ items: [], page: 1, pageSize: 20, total: 0 })),
      http.get(CERTIFICATES, NO_CERTIFICATE),
    );
    const page = await fixture<HTMLElement>(html`<div>
      <ind-declarer-sinistre api-base=${PORTAL}></ind-declarer-sinistre>
      <ind-historique-indemnisations api-base=${PORTAL}></ind-historique-indemnisations>
    </div>`);
    const history = page.querySelector('ind-historique-indemnisations')!;
    await waitUntil(() => offersLogin(history), 'no « Se connecter »');
    await connectWidget(page.querySelector('ind-declarer-sinistre')!, popup());
    await waitForText(history, 'Aucune indemnisation pour le moment');
  });
  it('P4 ind-historique-indemnisations offers the attestations fiscales, downloaded with the token', async () => {
    let authorization: string | null = null;
    worker.use(
      http.get(PAYMENTS, () =>
        HttpResponse.json({ items: [indemnity('i1', '2025-12-11')], page: 1, pageSize: 20, total: 1 }),
      ),
      http.get(CERTIFICATES, () =>
        HttpResponse.json({
          items: [
            {
              year: 2025,
              paymentCount: 3,
              taxableNetCents: 186_234,
              downloadUrl: '/api/indemnisations/attestations-fiscales/2025',
              fileName: 'attestation-fiscale-2025.pdf',
            },
          ],
        } satisfies TaxCertificateList),
      ),
      http.get(`${CERTIFICATES}/2025`, ({ request }) => {
        authorization = request.headers.get('authorization');
        return new HttpResponse(new Blob(['%PDF-1.7']), { headers: { 'Content-Type': 'application/pdf' } });
      }),
    );
    const el = await fixture<IndHistoriqueIndemnisations>(
      html`<ind-historique-indemnisations api-base=${PORTAL}></ind-historique-indemnisations>`,
    );
    await connectWidget(el, popup());
    const row = await waitForRow(el, '2025');
    expect(deepQueryAll(el, 'h3').map((h) => h.textContent)).to.deep.equal(['Attestations fiscales']);
    expect(cellTexts(row).map((c) => c.replace(/[\s\u00a0\u202f]+/g, ' '))).to.deep.equal([
      '2025',
      '3 règlements',
      '1 862,34 €',
      "Télécharger l'attestation fiscale 2025 (PDF)",
    ]);
    const link = links(el, "Télécharger l'attestation fiscale 2025 (PDF)")[0]!;
    expect(link.getAttribute('href')).to.equal(`${CERTIFICATES}/2025`);
    await expect(el).to.be.accessible();
    const saved: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return createObjectURL.call(URL, blob);
    };
    const stop = preventDownloads();
    try {
      link.click();
      await waitUntil(() => saved.length > 0, 'the attestation was not saved');
    } finally {
      URL.createObjectURL = createObjectURL;
      stop();
    }
    expect(authorization).to.equal('Bearer jeton-1');
    expect(await saved[0]!.text()).to.equal('%PDF-1.7');
  });

  it('P4 the latest payments stay shown when the attestations cannot be read', async () => {
    worker.use(
      http.get(PAYMENTS, () =>
        HttpResponse.json({ items: [indemnity('i1', '2025-12-11')], page: 1, pageSize: 20, total: 1 }),
      ),
      http.get(CERTIFICATES, () => problem(503, 'Service momentanément indisponible')),
    );
    const el = await fixture<IndHistoriqueIndemnisations>(
      html`<ind-historique-indemnisations api-base=${PORTAL}></ind-historique-indemnisations>`,
    );
    await connectWidget(el, popup());
    await waitForRow(el, 'i1');
    expect(deepQueryAll(el, 'h3')).to.have.length(0);
    expect(deepText(el)).not.to.include('Service momentanément indisponible');
  });
});
