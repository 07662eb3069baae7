import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Employer, EmployerUpdate } from '@portail/kernel/contract';
import { HttpResponse, http } from 'msw';
import {
  clickButton,
  deepQuery,
  deepText,
  describedBy,
  field,
  fill,
  focused,
  problem,
  useSectionApi,
  waitForFocusIn,
  waitForRow,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { setManagerSession } from '../src/api.js';
import '../src/define.js';
import { type BoEmployeursPage, EMPLOYER_MESSAGES, originOf } from '../src/pages/employeurs.js';

const BOURGES: Employer = {
  id: 'e-1',
  name: 'Mairie de Bourges',
  adhesionCode: 'BOURGES2026',
  features: { demande_indemnisation: true },
  widgetOrigins: ['https://intranet.mairie-bourges.fr'],
  memberCount: 12,
};
const CHER: Employer = {
  id: 'e-2',
  name: 'Conseil départemental du Cher',
  adhesionCode: null,
  features: { demande_indemnisation: false },
  widgetOrigins: [],
  memberCount: 1,
};

function serveEmployers(items: Employer[] = [BOURGES, CHER]): void {
  worker.use(http.get('/api/gestion/employeurs', () => HttpResponse.json({ items })));
}

interface Put {
  id: string;
  csrf: string | null;
  body: EmployerUpdate;
}

function recordPuts(answer: (put: Put) => Response): Put[] {
  const puts: Put[] = [];
  worker.use(
    http.put('/api/gestion/employeurs/:id', async ({ request, params }) => {
      const put = {
        id: String(params['id']),
        csrf: request.headers.get('X-CSRF-Token'),
        body: (await request.json()) as EmployerUpdate,
      };
      puts.push(put);
      return answer(put);
    }),
  );
  return puts;
}

function cells(row: HTMLTableRowElement): string[] {
  return [...row.cells].map((cell) => deepText(cell).trim());
}

async function page(): Promise<BoEmployeursPage> {
  const el = await fixture<BoEmployeursPage>(html`<bo-employeurs-page></bo-employeurs-page>`);
  await waitForRow(el, BOURGES.id);
  return el;
}

async function openEdit(el: Element, name: string): Promise<void> {
  clickButton(el, `Modifier ${name}`);
  await waitForText(el, `Modifier l'employeur ${name}`);
}

function featureBox(el: Element): HTMLInputElement {
  return deepQuery<HTMLInputElement>(el, 'input[name="features.demande_indemnisation"]')!;
}

describe('H6 Employeurs (bo-employeurs-page)', () => {
  useSectionApi();
  beforeEach(() => {
    setManagerSession({
      manager: { id: 'g-1', login: 'gestion', displayName: 'Camille Martin' },
      csrfToken: 'jeton-csrf',
    });
  });
  afterEach(() => setManagerSession(null));

  it('takes only bare origins', () => {
    expect(originOf('https://intranet.mairie-bourges.fr')).to.equal('https://intranet.mairie-bourges.fr');
    expect(originOf('https://intranet.mairie-bourges.fr/')).to.equal('https://intranet.mairie-bourges.fr');
    expect(originOf('http://localhost:8080')).to.equal('http://localhost:8080');
    expect(originOf('https://intranet.fr/portail')).to.equal(null);
    expect(originOf('https://intranet.fr?x=1')).to.equal(null);
    expect(originOf('ftp://intranet.fr')).to.equal(null);
    expect(originOf('intranet.fr')).to.equal(null);
  });

  it('lists the employers with their identifier, authorisations, origins and members', async () => {
    serveEmployers();
    const el = await page();
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Employeurs');
    const headers = [...deepQuery(el, 'pa-data-table')!.shadowRoot!.querySelectorAll('thead th')].map((th) =>
      deepText(th).trim(),
    );
    expect(headers).to.deep.equal([
      'Nom',
      "Identifiant d'adhésion",
      "Demande d'indemnisation en ligne",
      'Origines des widgets',
      'Adhérents',
      'Modifier',
    ]);
    expect(cells(await waitForRow(el, 'e-1')).slice(0, 5)).to.deep.equal([
      'Mairie de Bourges',
      'BOURGES2026',
      'Oui',
      'https://intranet.mairie-bourges.fr',
      '12',
    ]);
    expect(cells(await waitForRow(el, 'e-2')).slice(0, 5)).to.deep.equal([
      'Conseil départemental du Cher',
      'Aucun',
      'Non',
      'Aucune',
      '1',
    ]);
    await expect(el).to.be.accessible();
  });

  it('edits an employer: PUT with the CSRF token, the table updated, a confirmation', async () => {
    serveEmployers();
    const puts = recordPuts(({ body }) => HttpResponse.json({ ...CHER, ...body }));
    const el = await page();
    await openEdit(el, CHER.name);
    await waitForFocusIn(deepQuery(el, '.edit h2'), 'the form title');
    expect(field(el, 'adhesionCode').value).to.equal('');
    expect(featureBox(el).checked).to.equal(false);
    await expect(el).to.be.accessible();

    await fill(el, 'adhesionCode', ' CHER18 ');
    featureBox(el).click();
    await fill(el, 'widgetOrigins', 'https://intranet.cher.fr\n\nhttp://localhost:8080/\n');
    clickButton(el, 'Enregistrer');
    await waitForText(el, 'Employeur enregistré : Conseil départemental du Cher.');
    expect(puts).to.deep.equal([
      {
        id: 'e-2',
        csrf: 'jeton-csrf',
        body: {
          adhesionCode: 'CHER18',
          features: { demande_indemnisation: true },
          widgetOrigins: ['https://intranet.cher.fr', 'http://localhost:8080'],
        },
      },
    ]);
    const row = await waitForRow(el, 'e-2');
    expect(cells(row)[1]).to.equal('CHER18');
    expect(cells(row)[2]).to.equal('Oui');
    expect([...row.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'https://intranet.cher.fr',
      'http://localhost:8080',
    ]);
    expect(deepQuery(el, '.edit')).to.equal(undefined);
    await waitForFocusIn(deepQuery(el, '.saved'), 'the confirmation');
  });

  it('an empty identifier removes it, and no origin is no origin', async () => {
    serveEmployers();
    const puts = recordPuts(({ body }) => HttpResponse.json({ ...BOURGES, ...body }));
    const el = await page();
    await openEdit(el, BOURGES.name);
    expect(field(el, 'widgetOrigins').value).to.equal('https://intranet.mairie-bourges.fr');
    await fill(el, 'adhesionCode', '');
    await fill(el, 'widgetOrigins', '');
    clickButton(el, 'Enregistrer');
    await waitForText(el, 'Employeur enregistré : Mairie de Bourges.');
    expect(puts[0]?.body).to.deep.equal({
      adhesionCode: null,
      features: { demande_indemnisation: true },
      widgetOrigins: [],
    });
  });

  it('refuses an origin with a path before sending, saying which line', async () => {
    serveEmployers();
    const puts = recordPuts(({ body }) => HttpResponse.json({ ...BOURGES, ...body }));
    const el = await page();
    await openEdit(el, BOURGES.name);
    await fill(
      el,
      'widgetOrigins',
      'https://intranet.mairie-bourges.fr\nhttps://rh.mairie-bourges.fr/portail',
    );
    clickButton(el, 'Enregistrer');
    const expected = `Ligne 2 (https://rh.mairie-bourges.fr/portail) : ${EMPLOYER_MESSAGES.origin}`;
    await waitUntil(() => field(el, 'widgetOrigins').error === expected, 'no origin error');
    expect(describedBy(el, 'widgetOrigins')[0]).to.equal(expected);
    await waitForFocusIn(field(el, 'widgetOrigins'), 'the origins');
    await expect(el).to.be.accessible();
    expect(puts).to.deep.equal([]);
  });

  it("marks the server's field errors", async () => {
    serveEmployers();
    recordPuts(() =>
      problem(400, 'Certaines informations sont incorrectes.', {
        errors: [
          { field: 'adhesionCode', detail: 'Cet identifiant est déjà celui d’un autre employeur.' },
          { field: 'widgetOrigins.0', detail: EMPLOYER_MESSAGES.origin },
        ],
      }),
    );
    const el = await page();
    await openEdit(el, CHER.name);
    await fill(el, 'adhesionCode', 'BOURGES2026');
    await fill(el, 'widgetOrigins', 'https://intranet.cher.fr');
    clickButton(el, 'Enregistrer');
    await waitForText(el, 'Certaines informations sont incorrectes.');
    expect(field(el, 'adhesionCode').error).to.equal('Cet identifiant est déjà celui d’un autre employeur.');
    expect(field(el, 'widgetOrigins').error).to.equal(
      `Ligne 1 (https://intranet.cher.fr) : ${EMPLOYER_MESSAGES.origin}`,
    );
    await waitForFocusIn(field(el, 'adhesionCode'), 'the identifier');
    // Nothing changed in the table.
    expect(cells(await waitForRow(el, 'e-2'))[1]).to.equal('Aucun');
  });

  it('« Annuler » closes the form and gives the focus back to « Modifier »', async () => {
    serveEmployers();
    const el = await page();
    await openEdit(el, BOURGES.name);
    clickButton(el, 'Annuler');
    await waitUntil(() => !deepQuery(el, '.edit'), 'the form stayed');
    const table = deepQuery(el, 'pa-data-table')!;
    await waitUntil(
      () => table.shadowRoot!.activeElement?.closest('tr')?.getAttribute('data-row-id') === 'e-1',
      `focus is on <${focused()?.localName}>`,
      { timeout: 3000 },
    );
  });

  it('says when the employers cannot be loaded', async () => {
    worker.use(http.get('/api/gestion/employeurs', () => problem(503, 'Service indisponible.')));
    const el = await fixture<BoEmployeursPage>(html`<bo-employeurs-page></bo-employeurs-page>`);
    await waitForText(el, 'Service indisponible.');
    expect(deepText(el)).to.include('Réessayer');
  });
});
