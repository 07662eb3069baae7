import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { UPLOAD_MESSAGES } from '@portail/kernel/contract';
import type { PaConfirmDialog } from '@portail/shared-design/forms';
import { delay, HttpResponse, http } from 'msw';
import {
  clickButton,
  deepQuery,
  deepQueryAll,
  deepText,
  findButtons,
  links,
  memberDocument,
  mountAndUnmount,
  openSection,
  problem,
  useSectionApi,
  waitForFocusIn,
  waitForRow,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import {
  fileField,
  fileOf,
  keptNames,
  PDF,
  pick,
  recordUploads,
  waitForFileError,
} from '../../shared-design/test/upload-helpers.js';
import type { ClaimOverview } from '../contract/prevoyance.js';
import { bootstrap, mount, unmount } from '../web/index.js';
import { claim, draft, overview, PREFILLED, SICK_LEAVE_FORM } from './claim-fixtures.js';

const CLAIMS = '/api/indemnisations/demandes';
const BLANK_FORMS = '/api/indemnisations/formulaires';
const TRANSMISSION = '/api/indemnisations/formulaires/transmission';

function section(path = '/indemnisations/demande'): Promise<HTMLElement> {
  return openSection('ind-section', path);
}

/** Serves C1: the overview and the blank PDF forms. */
function serveC1(answer: ClaimOverview) {
  worker.use(
    http.get(CLAIMS, () => HttpResponse.json(answer)),
    http.get(BLANK_FORMS, () =>
      HttpResponse.json({
        items: [
          memberDocument('f1', { title: "Formulaire de demande d'indemnisation", fileName: 'demande.pdf' }),
        ],
      }),
    ),
  );
}

/** The titles of the page's parts (the question's title, in pa-confirm-dialog, left out). */
function headings(el: Element): string[] {
  const page = deepQuery(el, 'ind-claims-page')!;
  return [...page.shadowRoot!.querySelectorAll('h2, h3')].map((h) => h.textContent?.trim() ?? '');
}

/** The pa-button whose whole text (hidden parts included) contains `text`. */
function buttonWith(el: Element, text: string): HTMLElement | undefined {
  return deepQueryAll(el, 'pa-button').find((b) => b.textContent?.replace(/\s+/g, ' ').includes(text));
}

/** Focuses and clicks a pa-button, as the member would. */
function press(button: HTMLElement | undefined): void {
  if (!button) throw new Error('no such button');
  const native = button.shadowRoot!.querySelector('button')!;
  native.focus();
  native.click();
}

/** Answers the question, and waits until the page has heard the answer (the dialog's `close`). */
async function answerDialog(el: Element, confirm: boolean): Promise<void> {
  const dialog = deepQuery<PaConfirmDialog>(el, 'pa-confirm-dialog')!;
  await waitUntil(() => dialog.open, 'the question was not asked');
  const closed = oneEvent(dialog.shadowRoot!.querySelector('dialog')!, 'close');
  press(dialog.shadowRoot!.querySelector<HTMLElement>(confirm ? '.confirm' : '.cancel')!);
  await closed;
}

describe('C1 Demande d’indemnisation (ind-section)', () => {
  useSectionApi();

  it('shows the three parts: online forms, the drafts in progress, the PDF forms and their transmission', async () => {
    serveC1(overview([draft('d1'), draft('d2', { updatedAt: '2018-09-03T10:00:00Z' })]));
    const el = await section();
    await waitForRow(el, 'f1');
    expect(deepQuery(el, 'h1')?.textContent).to.equal("Demande d'indemnisation");
    expect(headings(el)).to.deep.equal([
      "Formulaire(s) en ligne de demande d'indemnisation",
      "Demande(s) d'indemnisation en cours",
      "Formulaire(s) PDF de demande d'indemnisation",
      "Transmission d'un formulaire PDF complété ou d'un formulaire papier numérisé",
    ]);
    expect(deepText(el)).to.include(SICK_LEAVE_FORM.title);
    expect(findButtons(el, 'Déclarer un sinistre')).to.have.length(1);

    const row = await waitForRow(el, 'd1');
    // To the minute (in France's time): two drafts of one day stay apart.
    expect(row.querySelector('th')?.textContent?.trim()).to.match(/^21\/08\/2018 à \d{2}:\d{2}$/);
    expect(row.textContent).to.include(SICK_LEAVE_FORM.title);
    const go = links(row, 'Poursuivre')[0]!;
    expect(go.getAttribute('href')).to.equal('/indemnisations/demande/d1');
    expect(go.textContent?.replace(/\s+/g, ' ')).to.include('Poursuivre la demande du 21/08/2018');
    expect(buttonWith(row, 'Supprimer la demande du 21/08/2018')).to.exist;
    expect(deepQuery(el, 'tr[data-row-id="d2"] th')?.textContent?.trim()).to.match(
      /^03\/09\/2018 à \d{2}:\d{2}$/,
    );

    expect(deepQuery(el, 'pa-file-field')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows no table of drafts when none is in progress', async () => {
    serveC1(overview([]));
    const el = await section();
    await waitForRow(el, 'f1');
    expect(headings(el)).not.to.include("Demande(s) d'indemnisation en cours");
    expect(deepQueryAll(el, 'table')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('✕ asks before deleting a draft; « Annuler » keeps it, « Supprimer » deletes it', async () => {
    serveC1(overview([draft('d1'), draft('d2', { updatedAt: '2018-09-03T10:00:00Z' })]));
    const deleted: string[] = [];
    worker.use(
      http.delete(`${CLAIMS}/:id`, ({ params }) => {
        deleted.push(String(params.id));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const el = await section();
    await waitForRow(el, 'd1');

    press(buttonWith(el, 'Supprimer la demande du 21/08/2018'));
    const dialog = deepQuery<PaConfirmDialog>(el, 'pa-confirm-dialog')!;
    await waitUntil(() => dialog.open, 'the question was not asked');
    expect(deepText(dialog)).to.include("Voulez-vous supprimer la demande d'indemnisation du 21/08/2018");
    await expect(el).to.be.accessible();
    await answerDialog(el, false);
    // The focus goes back to ✕ once the answer is given.
    await waitForFocusIn(buttonWith(el, 'Supprimer la demande du 21/08/2018'), '✕');
    expect(dialog.open).to.equal(false);
    expect(deleted).to.deep.equal([]);

    press(buttonWith(el, 'Supprimer la demande du 21/08/2018'));
    await answerDialog(el, true);
    await waitForText(el, 'La demande du 21/08/2018 a été supprimée.');
    expect(deleted).to.deep.equal(['d1']);
    expect(deepQuery(el, 'tr[data-row-id="d1"]')).to.equal(undefined);
    expect(deepQuery(el, 'tr[data-row-id="d2"]')).to.exist;
    await waitForFocusIn(deepQuery(el, 'pa-alert.notice'), 'the confirmation');

    press(buttonWith(el, 'Supprimer la demande du 03/09/2018'));
    await answerDialog(el, true);
    await waitUntil(() => !headings(el).includes("Demande(s) d'indemnisation en cours"), 'table still shown');
    expect(deleted).to.deep.equal(['d1', 'd2']);
    await expect(el).to.be.accessible();
  });

  it('« Déclarer un sinistre » opens the form of a new claim and stores nothing, however often', async () => {
    serveC1(overview());
    const posted: unknown[] = [];
    worker.use(
      http.post(CLAIMS, async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json(claim('c9'), { status: 201 });
      }),
      http.get(`${CLAIMS}/nouvelle/arret-travail`, () =>
        HttpResponse.json({ formCode: 'arret-travail', form: SICK_LEAVE_FORM, values: PREFILLED }),
      ),
    );
    for (let visit = 1; visit <= 5; visit += 1) {
      const el = await section();
      await waitForRow(el, 'f1');
      clickButton(el, 'Déclarer un sinistre');
      await waitUntil(
        () => location.pathname === '/indemnisations/demande/nouvelle/arret-travail',
        'did not open the form of a new claim',
      );
      await waitUntil(
        () => deepQuery(el, 'h1')?.textContent === SICK_LEAVE_FORM.title,
        'the claim form is not shown',
      );
      expect(deepQuery(el, 'ind-claim-wizard')).to.exist;
      expect(deepText(el)).to.include(
        "Elle sera conservée dans « Demande(s) d'indemnisation en cours » dès que vous l'enregistrerez.",
      );
    }
    expect(posted).to.deep.equal([], 'five visits, no draft');
  });

  it('A6: when the employer does not allow online claims, the blank paper form stays, with what to do with it', async () => {
    const detail = "Le service « Demande d'indemnisation en ligne » n'est pas ouvert par votre employeur.";
    worker.use(
      http.get(CLAIMS, () => problem(403, detail, { code: 'feature-disabled' })),
      http.get(BLANK_FORMS, () =>
        HttpResponse.json({
          items: [
            memberDocument('f1', { title: "Déclaration d'arrêt de travail", fileName: 'declaration.pdf' }),
          ],
        }),
      ),
    );
    const el = await section();
    await waitForText(el, detail);
    expect(deepText(el)).to.include(
      'Téléchargez le formulaire ci-dessous, complétez-le et renvoyez-le par courrier, avec la copie de votre arrêt de travail, à Mutuelle Territoriale du Centre, 12 rue Moyenne, 18000 Bourges.',
    );
    const row = await waitForRow(el, 'f1');
    expect(row.textContent).to.include("Déclaration d'arrêt de travail");
    expect(links(row, 'Télécharger')[0]?.getAttribute('href')).to.equal('/api/documents/f1');
    expect(headings(el)).to.deep.equal(["Formulaire(s) PDF de demande d'indemnisation"]);
    expect(findButtons(el, 'Déclarer un sinistre')).to.have.length(0);
    expect(deepQuery(el, 'pa-file-field'), 'no online transmission').to.equal(undefined);
    expect(deepText(el)).not.to.include('Réessayer');
    await expect(el).to.be.accessible();
  });

  it('another refusal of the page (403) shows why, without « Réessayer » nor the forms', async () => {
    const detail = "Le service « Demande d'indemnisation » n'est pas prévu par votre contrat.";
    worker.use(http.get(CLAIMS, () => problem(403, detail, { code: 'contract-kind' })));
    const el = await section('/indemnisations');
    await waitForText(el, detail);
    expect(deepQuery(el, 'pa-alert')).to.exist;
    expect(deepQuery(el, 'table')).to.equal(undefined);
    expect(deepQuery(el, 'pa-button')).to.equal(undefined);
    expect(deepQuery(el, 'pa-file-field')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  describe('transmission of a completed PDF or scanned paper form', () => {
    it('sends the file as multipart once, with its progress, then confirms with the way to Historique des envois', async () => {
      serveC1(overview());
      const posts = recordUploads(TRANSMISSION, async () => {
        await delay(300);
        return HttpResponse.json(
          {
            id: 's1',
            sentAt: '2026-03-02T10:00:00Z',
            kind: 'formulaire',
            kindLabel: 'Formulaire',
            documents: [],
          },
          { status: 201 },
        );
      });
      const el = await section();
      await waitForRow(el, 'f1');
      await pick(el, fileOf('demande-remplie.pdf'));
      clickButton(el, 'Envoyer');
      await waitUntil(() => deepQuery(el, 'pa-progress'), 'no progress shown');
      clickButton(el, 'Envoyer');
      await waitForText(el, 'Votre formulaire a bien été transmis.');
      expect(posts).to.deep.equal([{ multipart: true, files: [['demande-remplie.pdf', 2048]] }]);
      const alert = deepQuery(el, 'pa-alert.uploaded')!;
      expect(links(alert, 'Historique des envois')[0]?.getAttribute('href')).to.equal(
        '/indemnisations/historique-envois',
      );
      await waitForFocusIn(alert, 'the confirmation');
      expect(fileField(el).files).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('asks for a file before sending anything, and shows the server’s refusal', async () => {
      serveC1(overview());
      const posts = recordUploads(TRANSMISSION, () => problem(415, UPLOAD_MESSAGES.format));
      const el = await section();
      await waitForRow(el, 'f1');
      clickButton(el, 'Envoyer');
      await waitForFileError(el, UPLOAD_MESSAGES.required);
      expect(posts).to.have.length(0);
      await pick(el, fileOf('scan.pdf', PDF, 100));
      clickButton(el, 'Envoyer');
      await waitUntil(() => deepQuery(el, 'pa-alert.upload-error'), 'no refusal shown');
      const alert = deepQuery(el, 'pa-alert.upload-error')!;
      expect(deepText(alert)).to.include(UPLOAD_MESSAGES.format);
      expect(posts).to.have.length(1);
      await waitForFocusIn(alert, 'the refusal');
      expect(keptNames(el)).to.deep.equal(['scan.pdf']);
    });
  });

  it('an unknown page says « Page introuvable »', async () => {
    expect(deepQuery(await section('/services/xyz'), 'h1')?.textContent).to.equal('Page introuvable');
    expect(deepQuery(await section('/services/reglements/p1/actes'), 'h1')?.textContent).to.equal(
      'Page introuvable',
    );
  });

  it('single-spa lifecycles mount ind-section into the given element and remove it', async () => {
    serveC1(overview());
    await mountAndUnmount('ind-section', '/indemnisations/demande', { bootstrap, mount, unmount }, (el) =>
      waitForText(el, 'Déclarer un sinistre'),
    );
  });
});
