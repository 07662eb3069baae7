import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { PaConfirmDialog } from '@portail/shared-design/forms';
import { sendKeys } from '@web/test-runner-commands';
import { delay, HttpResponse, http } from 'msw';
import {
  clickButton,
  control,
  deepQuery,
  deepText,
  describedBy,
  field,
  fill,
  findButtons,
  focused,
  links,
  openSection,
  problem,
  useSectionApi,
  waitForFocusIn,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { CLAIM_MESSAGES, type ClaimValues } from '../contract/claim-form.js';
import { CLAIM_MESSAGES_SERVER, type Claim } from '../contract/prevoyance.js';
import { ENDED_STOP_RULE } from '../contract/sick-leave-form.js';
import '../web/index.js';
import { COMPLETE, claim, overview, PREFILLED, SICK_LEAVE_FORM } from './claim-fixtures.js';

const CLAIMS = '/api/indemnisations/demandes';
const CLAIM = '/api/indemnisations/demandes/c1';
const NEW_CLAIM = '/api/indemnisations/demandes/nouvelle/arret-travail';

/** Serves the claim c1 (`answer` may change between calls) and opens its form. */
async function open(answer: Claim | (() => Claim)): Promise<HTMLElement> {
  worker.use(http.get(CLAIM, () => HttpResponse.json(typeof answer === 'function' ? answer() : answer)));
  const el = await openSection('ind-section', '/indemnisations/demande/c1');
  await waitUntil(() => deepQuery(el, 'h1')?.textContent === SICK_LEAVE_FORM.title, 'the claim is not shown');
  return el;
}

/** Opens the form of a new claim (« Déclarer un sinistre »): nothing is stored yet. */
async function openNew(): Promise<HTMLElement> {
  worker.use(
    http.get(NEW_CLAIM, () =>
      HttpResponse.json({ formCode: 'arret-travail', form: SICK_LEAVE_FORM, values: PREFILLED }),
    ),
  );
  const el = await openSection('ind-section', '/indemnisations/demande/nouvelle/arret-travail');
  await waitUntil(
    () => deepQuery(el, 'h1')?.textContent === SICK_LEAVE_FORM.title,
    'the new claim is not shown',
  );
  return el;
}

/** The question asked before sending (the other dialog asks before deleting). */
function sendDialog(el: Element): PaConfirmDialog {
  return shadow(el).querySelector<PaConfirmDialog>('pa-confirm-dialog.send-dialog')!;
}

/** Answers the question « Envoyer la demande ? », and waits until the page has heard it. */
async function answerSend(el: Element, confirm: boolean): Promise<void> {
  const dialog = sendDialog(el);
  await waitUntil(() => dialog?.open, 'the question was not asked');
  const closed = oneEvent(dialog.shadowRoot!.querySelector('dialog')!, 'close');
  dialog
    .shadowRoot!.querySelector(confirm ? '.confirm' : '.cancel')!
    .shadowRoot!.querySelector('button')!
    .click();
  await closed;
}

function shadow(el: Element): ShadowRoot {
  return deepQuery(el, 'ind-claim-wizard')!.shadowRoot!;
}

/** The texts of the buttons at the top (Enregistrer, Supprimer, Envoyer). */
function actions(el: Element): string[] {
  return [...shadow(el).querySelectorAll('.actions pa-button')].map((b) => b.textContent?.trim() ?? '');
}

function tabs(el: Element): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
}

function tab(el: Element, label: string): HTMLButtonElement {
  const found = tabs(el).find((t) => t.textContent?.trim().startsWith(label));
  if (!found) throw new Error(`no tab ${label}`);
  return found;
}

function selectedTab(el: Element): string {
  return tabs(el)
    .find((t) => t.getAttribute('aria-selected') === 'true')!
    .textContent!.replace(/\s+/g, ' ')
    .trim();
}

/** The title of the panel shown (the others are hidden). */
function shownPanel(el: Element): string {
  const panels = [...shadow(el).querySelectorAll<HTMLElement>('[role="tabpanel"]')].filter((p) => !p.hidden);
  expect(panels).to.have.length(1);
  return panels[0]!.querySelector('h2')!.textContent!.trim();
}

/** Whether the text or date field `name` is read-only. */
function readOnly(el: Element, name: string): boolean {
  return (control(el, name) as HTMLInputElement).readOnly;
}

function input(el: Element, path: string): HTMLInputElement {
  const found = shadow(el).querySelector<HTMLInputElement>(`input[data-path="${path}"]`);
  if (!found) throw new Error(`no input ${path}`);
  return found;
}

/** Types a date of the periods table (`periodes.1.end`). */
async function setPeriod(el: Element, path: string, value: string): Promise<void> {
  const target = input(el, path);
  target.value = value;
  target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await deepQuery<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'ind-claim-wizard')!.updateComplete;
}

function choose(el: Element, name: string, value: string): void {
  shadow(el)
    .querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"][value="${value}"]`)!
    .click();
}

/** The texts an input of the wizard's own controls points to with aria-describedby. */
function descriptions(el: Element, path: string): string[] {
  const ids = (input(el, path).getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => shadow(el).getElementById(id)?.textContent?.trim() ?? '');
}

/** Records the bodies sent to `method path` and answers each with `answer(body)`. */
function record(
  method: 'put' | 'post',
  path: string,
  answer: (body: { version: number; values: ClaimValues }) => Response | Promise<Response>,
) {
  const bodies: { version: number; values: ClaimValues }[] = [];
  worker.use(
    http[method](path, async ({ request }) => {
      const body = (await request.json()) as { version: number; values: ClaimValues };
      bodies.push(body);
      return answer(body);
    }),
  );
  return bodies;
}

describe('C2 the online claim form (ind-claim-wizard)', () => {
  useSectionApi();

  it('shows the form of its definition: buttons on top, tabs, read-only prefilled fields, asterisks', async () => {
    const el = await open(claim('c1'));
    expect(actions(el)).to.deep.equal(['Enregistrer', 'Supprimer', 'Envoyer']);
    expect(tabs(el).map((t) => t.textContent?.trim())).to.deep.equal(
      SICK_LEAVE_FORM.tabs.map((t) => t.label),
    );
    expect(selectedTab(el)).to.equal('Employeur');
    expect(shownPanel(el)).to.equal('Employeur');
    expect(field(el, 'employeur').value).to.equal('Mairie de Lyon');
    expect(readOnly(el, 'employeur')).to.equal(true);
    expect(deepText(el)).to.include("Les champs marqués d'un astérisque (*) sont obligatoires.");
    await expect(el).to.be.accessible();

    tab(el, 'Adhérent').click();
    await waitUntil(() => shownPanel(el) === 'Adhérent');
    expect(readOnly(el, 'nom')).to.equal(true);
    expect(readOnly(el, 'telephone')).to.equal(false);
    expect(control(el, 'telephone').required).to.equal(true);
    expect(describedBy(el, 'telephone')).to.deep.equal(['10 chiffres, exemple : 02 48 12 34 56']);
  });

  it('Périodes présentées: Arrêt initial / Prolongation, date of origin, 4 rows of periods, « L’arrêt est-il terminé ? »', async () => {
    const el = await open(claim('c1'));
    tab(el, 'Périodes présentées').click();
    await waitUntil(() => shownPanel(el) === 'Périodes présentées');
    const panel = shadow(el).querySelector('#panel-periodes')!;
    expect(panel.textContent).to.include("Périodes présentées à l'indemnisation");
    const legends = [...panel.querySelectorAll('fieldset[role="radiogroup"] legend')].map((l) =>
      l.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(legends).to.deep.equal(["Type d'arrêt *", "L'arrêt est-il terminé ? *"]);
    expect([...panel.querySelectorAll('fieldset label')].map((l) => l.textContent?.trim())).to.deep.equal([
      'Arrêt initial',
      'Prolongation',
      'Oui',
      'Non',
    ]);
    expect(field(el, 'dateOrigine').getAttribute('type')).to.equal('date');
    const table = panel.querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim())).to.deep.equal([
      'Période',
      'Début',
      'Fin',
      'Plein traitement',
      'Demi-traitement',
    ]);
    expect(table.querySelectorAll('tbody tr')).to.have.length(4);
    expect(input(el, 'periodes.3.end').getAttribute('aria-label')).to.equal('Fin de la période 4');
    expect(input(el, 'periodes.0.rate').getAttribute('aria-label')).to.equal('Plein traitement, période 1');
    await expect(el).to.be.accessible();
  });

  it('goes from tab to tab by « Précédent » / « Suivant » and with the arrow keys', async () => {
    const el = await open(claim('c1'));
    const previous = () => findButtons(el, 'Précédent')[0]!;
    const next = () => findButtons(el, 'Suivant')[0]!;
    expect(previous().disabled).to.equal(true);
    clickButton(el, 'Suivant');
    await waitUntil(() => shownPanel(el) === 'Adhérent');
    await waitForFocusIn(shadow(el).querySelector('#panel-adherent h2')!, 'the title of the tab');
    clickButton(el, 'Suivant');
    clickButton(el, 'Suivant');
    clickButton(el, 'Suivant');
    await waitUntil(() => shownPanel(el) === 'Arrêt(s) précédent(s)');
    expect(next().disabled).to.equal(true);
    clickButton(el, 'Précédent');
    await waitUntil(() => selectedTab(el) === 'Périodes présentées');

    tab(el, 'Périodes présentées').focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => selectedTab(el) === 'Arrêt(s) précédent(s)');
    expect(focused()).to.equal(tab(el, 'Arrêt(s) précédent(s)'));
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => selectedTab(el) === 'Employeur', 'the arrows go round');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => selectedTab(el) === 'Arrêt(s) précédent(s)');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => selectedTab(el) === 'Employeur');
    await sendKeys({ press: 'End' });
    await waitUntil(() => selectedTab(el) === 'Arrêt(s) précédent(s)');
    expect(focused()).to.equal(tab(el, 'Arrêt(s) précédent(s)'));
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([-1, -1, -1, -1, 0]);
    expect(shownPanel(el)).to.equal('Arrêt(s) précédent(s)');
  });

  it('« Enregistrer » saves the claim even incomplete, with its version, then the next version', async () => {
    let version = 3;
    const bodies = record('put', CLAIM, () => {
      version += 1;
      return HttpResponse.json(claim('c1', { version, updatedAt: '2025-10-02T09:45:00Z' }));
    });
    const el = await open(claim('c1'));
    clickButton(el, 'Suivant');
    await fill(el, 'telephone', '06 12 34 56 78');
    tab(el, 'Périodes présentées').click();
    await waitUntil(() => shownPanel(el) === 'Périodes présentées');
    choose(el, 'typeArret', 'prolongation');
    await setPeriod(el, 'periodes.0.start', '2025-09-01');
    clickButton(el, 'Enregistrer');
    await waitForText(el, 'Demande enregistrée le 02/10/2025 à 11:45.');
    expect(deepQuery(el, 'pa-alert.notice')?.getAttribute('variant')).to.equal('success');
    expect(bodies).to.deep.equal([
      {
        version: 3,
        values: {
          ...PREFILLED,
          telephone: '06 12 34 56 78',
          typeArret: 'prolongation',
          periodes: [{ start: '2025-09-01', end: '', rate: '' }],
        },
      },
    ]);
    await expect(el).to.be.accessible();
    clickButton(el, 'Enregistrer');
    await waitUntil(() => bodies.length === 2);
    expect(bodies[1]!.version).to.equal(4);
  });

  it('« Envoyer » with a missing field sends nothing: the field in red, its tab marked, the focus on it', async () => {
    let posts = 0;
    worker.use(
      http.post(`${CLAIM}/envoi`, () => {
        posts += 1;
        return HttpResponse.json({});
      }),
    );
    const { telephone: _, ...withoutPhone } = COMPLETE;
    const el = await open(claim('c1', { values: withoutPhone }));
    clickButton(el, 'Envoyer');
    await waitForText(el, CLAIM_MESSAGES_SERVER.invalid);
    expect(posts).to.equal(0);
    expect(selectedTab(el)).to.equal('Adhérent ⚠ (erreurs)');
    expect(tab(el, 'Adhérent').classList.contains('has-errors')).to.equal(true);
    expect(tabs(el).filter((t) => t.textContent?.includes('(erreurs)'))).to.have.length(1);
    expect(field(el, 'telephone').error).to.equal(CLAIM_MESSAGES.required);
    await field(el, 'telephone').updateComplete;
    expect(control(el, 'telephone').getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(el, 'telephone')[0]).to.equal(CLAIM_MESSAGES.required);
    await waitForFocusIn(field(el, 'telephone'), 'the missing phone');
    await expect(el).to.be.accessible();

    // Corrected, the field is no longer red, nor its tab.
    await fill(el, 'telephone', '02 48 12 34 56');
    expect(field(el, 'telephone').error).to.equal('');
    await waitUntil(() => !tab(el, 'Adhérent').textContent?.includes('(erreurs)'));
  });

  it('checks the periods: end before start, overlaps, and the date of origin before the first period', async () => {
    const el = await open(
      claim('c1', {
        values: {
          ...COMPLETE,
          dateOrigine: '2025-09-05',
          periodes: [
            { start: '2025-09-01', end: '2025-09-14', rate: 'plein' },
            { start: '2025-09-10', end: '2025-09-20', rate: 'demi' },
            { start: '2025-10-10', end: '2025-10-01', rate: 'demi' },
          ],
        },
      }),
    );
    clickButton(el, 'Envoyer');
    await waitForText(el, CLAIM_MESSAGES.periodOverlap);
    expect(selectedTab(el)).to.equal('Périodes présentées ⚠ (erreurs)');
    expect(field(el, 'dateOrigine').error).to.equal(
      "La date d'origine de l'évènement ne peut pas être postérieure au début de la première période d'arrêt.",
    );
    await waitForFocusIn(field(el, 'dateOrigine'), 'the date of origin');
    expect(input(el, 'periodes.2.end').getAttribute('aria-invalid')).to.equal('true');
    expect(descriptions(el, 'periodes.2.end')).to.deep.equal([CLAIM_MESSAGES.periodOrder]);
    expect(input(el, 'periodes.0.start').getAttribute('aria-invalid')).to.equal('true');
    expect(descriptions(el, 'periodes.0.start')).to.deep.equal([CLAIM_MESSAGES.periodOverlap]);
    expect(input(el, 'periodes.1.start').hasAttribute('aria-invalid')).to.equal(false);
    await expect(el).to.be.accessible();

    await fill(el, 'dateOrigine', '2025-09-01');
    await setPeriod(el, 'periodes.1.start', '2025-09-15');
    await setPeriod(el, 'periodes.2.end', '2025-10-20');
    const bodies = record('post', `${CLAIM}/envoi`, () =>
      HttpResponse.json({
        id: 'c1',
        sentAt: '2025-10-02T10:00:00Z',
        pdfUrl: '/api/indemnisations/envois/s1/d1',
      }),
    );
    clickButton(el, 'Envoyer');
    await answerSend(el, true);
    await waitUntil(() => bodies.length === 1, 'still refused');
    expect(deepText(el)).not.to.include(CLAIM_MESSAGES.periodOverlap);
  });

  it('« Envoyer » asks first, the focus on « Annuler », saying what happens next; « Annuler » sends nothing', async () => {
    const bodies = record('post', `${CLAIM}/envoi`, () =>
      HttpResponse.json({
        id: 'c1',
        sentAt: '2025-10-02T10:00:00Z',
        pdfUrl: '/api/indemnisations/envois/s1/d1',
      }),
    );
    const el = await open(claim('c1', { values: COMPLETE }));
    // As the member does it: the focus on « Envoyer », which gets it back after « Annuler ».
    const send = findButtons(el, 'Envoyer')[0]!.shadowRoot!.querySelector('button')!;
    send.focus();
    send.click();
    const dialog = sendDialog(el);
    await waitUntil(() => dialog.open, 'the question was not asked');
    expect(dialog.heading).to.equal("Envoi de la demande d'indemnisation");
    const question = deepText(dialog).replace(/\s+/g, ' ');
    for (const part of [
      'Une fois envoyée, votre demande ne pourra plus être modifiée.',
      "Elle sera transmise au service de gestion, qui l'étudiera.",
      'Vous suivrez son traitement dans « Suivi » (rubrique Contact), et un e-mail vous informera de la décision.',
      'La demande envoyée (PDF) sera dans « Historique des envois ».',
    ]) {
      expect(question).to.include(part);
    }
    await waitForFocusIn(dialog.shadowRoot!.querySelector('.cancel')!, 'the safe choice, « Annuler »');
    expect(dialog.shadowRoot!.querySelector('.confirm')?.textContent?.trim()).to.equal('Envoyer la demande');
    await expect(el).to.be.accessible();
    await answerSend(el, false);
    expect(bodies).to.deep.equal([]);
    await waitForFocusIn(findButtons(el, 'Envoyer')[0]!, '« Envoyer » again');

    clickButton(el, 'Envoyer');
    await answerSend(el, true);
    await waitForText(el, "Votre demande d'indemnisation a été envoyée le 02/10/2025.");
    expect(bodies).to.have.length(1);
    const sent = deepQuery(el, 'pa-alert.sent')!;
    expect(deepText(sent).replace(/\s+/g, ' ')).to.include(
      'Elle a été transmise au service de gestion. Suivez son traitement dans « Suivi » ; un e-mail vous informera de la décision.',
    );
    expect(links(sent, 'Suivi')[0]?.getAttribute('href')).to.equal('/contact/suivi');
  });

  it('« L’arrêt est-il terminé ? » Oui with an end after today is refused on that end, before any question', async () => {
    const posts = record('post', `${CLAIM}/envoi`, () => HttpResponse.json({}));
    const el = await open(
      claim('c1', {
        values: { ...COMPLETE, periodes: [{ start: '2025-09-01', end: '2099-01-15', rate: 'plein' }] },
      }),
    );
    clickButton(el, 'Envoyer');
    await waitForText(el, ENDED_STOP_RULE.message);
    expect(selectedTab(el)).to.equal('Périodes présentées ⚠ (erreurs)');
    expect(descriptions(el, 'periodes.0.end')).to.deep.equal([ENDED_STOP_RULE.message]);
    await waitForFocusIn(input(el, 'periodes.0.end'), 'the end in the future');
    expect(sendDialog(el).open).to.equal(false);
    expect(posts).to.deep.equal([]);

    // « Non » (still running): it may end later.
    choose(el, 'arretTermine', 'non');
    clickButton(el, 'Envoyer');
    await waitUntil(() => sendDialog(el).open, 'the question was not asked');
  });

  it('a new claim: the first « Enregistrer » creates it once, with what was typed; the form stays, at its own address', async () => {
    const created = record('post', CLAIMS, () =>
      HttpResponse.json(claim('c7', { version: 1 }), { status: 201 }),
    );
    const saved = record('put', '/api/indemnisations/demandes/c7', () =>
      HttpResponse.json(claim('c7', { version: 2 })),
    );
    const el = await openNew();
    const wizard = deepQuery(el, 'ind-claim-wizard');
    clickButton(el, 'Suivant');
    await fill(el, 'telephone', '06 12 34 56 78');
    clickButton(el, 'Enregistrer');
    await waitForText(el, 'Demande enregistrée le 02/10/2025 à 10:30.');
    expect(created).to.deep.equal([
      { formCode: 'arret-travail', values: { ...PREFILLED, telephone: '06 12 34 56 78' } },
    ] as unknown[]);
    await waitUntil(() => location.pathname === '/indemnisations/demande/c7', 'not at its own address');
    expect(deepQuery(el, 'ind-claim-wizard')).to.equal(wizard, 'the same form, where the member was');
    expect(selectedTab(el)).to.equal('Adhérent');
    expect(field(el, 'telephone').value).to.equal('06 12 34 56 78');

    clickButton(el, 'Enregistrer');
    await waitUntil(() => saved.length === 1, 'the next save is not an update');
    expect(saved[0]!.version).to.equal(1);
    expect(created).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a new claim sent at once is created, then sent; « Supprimer » before any save deletes nothing', async () => {
    const created = record('post', CLAIMS, () =>
      HttpResponse.json(claim('c8', { version: 1, values: COMPLETE }), { status: 201 }),
    );
    const sent = record('post', '/api/indemnisations/demandes/c8/envoi', () =>
      HttpResponse.json({
        id: 'c8',
        sentAt: '2025-10-02T10:00:00Z',
        pdfUrl: '/api/indemnisations/envois/s8/d8',
      }),
    );
    worker.use(
      http.get(NEW_CLAIM, () =>
        HttpResponse.json({ formCode: 'arret-travail', form: SICK_LEAVE_FORM, values: COMPLETE }),
      ),
    );
    const el = await openSection('ind-section', '/indemnisations/demande/nouvelle/arret-travail');
    await waitUntil(() => deepQuery(el, 'h1')?.textContent === SICK_LEAVE_FORM.title, 'not shown');
    clickButton(el, 'Envoyer');
    await answerSend(el, true);
    await waitForText(el, "Votre demande d'indemnisation a été envoyée le 02/10/2025.");
    expect(created).to.have.length(1);
    expect(sent).to.deep.equal([{ version: 1, values: COMPLETE }]);
    await waitUntil(() => location.pathname === '/indemnisations/demande/c8', 'not at its own address');

    let deletes = 0;
    worker.use(
      http.delete(`${CLAIMS}/:id`, () => {
        deletes += 1;
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(CLAIMS, () => HttpResponse.json(overview())),
      http.get('/api/indemnisations/formulaires', () => HttpResponse.json({ items: [] })),
    );
    const other = await openNew();
    clickButton(other, 'Supprimer');
    const dialog = shadow(other).querySelector<PaConfirmDialog>('pa-confirm-dialog.delete-dialog')!;
    await waitUntil(() => dialog.open, 'the question was not asked');
    const closed = oneEvent(dialog.shadowRoot!.querySelector('dialog')!, 'close');
    dialog.shadowRoot!.querySelector('.confirm')!.shadowRoot!.querySelector('button')!.click();
    await closed;
    await waitUntil(() => location.pathname === '/indemnisations/demande', 'not back to the list');
    await waitForText(other, 'Déclarer un sinistre');
    expect(deletes).to.equal(0);
  });

  it('« Envoyer » sends a valid claim once, even on a double click, then shows it sent with its PDF', async () => {
    const bodies = record('post', `${CLAIM}/envoi`, async () => {
      await delay(200);
      return HttpResponse.json({
        id: 'c1',
        sentAt: '2025-10-02T10:00:00Z',
        pdfUrl: '/api/indemnisations/envois/s1/d1',
      });
    });
    const el = await open(claim('c1', { values: COMPLETE }));
    clickButton(el, 'Envoyer');
    clickButton(el, 'Envoyer');
    await answerSend(el, true);
    await waitUntil(() => findButtons(el, 'Envoyer')[0]?.busy, 'Envoyer not busy while sending');
    clickButton(el, 'Envoyer');
    await waitForText(el, "Votre demande d'indemnisation a été envoyée le 02/10/2025.");
    expect(bodies).to.deep.equal([{ version: 3, values: COMPLETE }]);
    const sent = deepQuery(el, 'pa-alert.sent')!;
    expect(links(sent, 'Télécharger la demande envoyée (PDF)')[0]?.getAttribute('href')).to.equal(
      '/api/indemnisations/envois/s1/d1',
    );
    expect(links(sent, 'Historique des envois')[0]?.getAttribute('href')).to.equal(
      '/indemnisations/historique-envois',
    );
    await waitForFocusIn(sent, 'the confirmation');
    expect(actions(el)).to.deep.equal([]);
    expect(readOnly(el, 'employeur')).to.equal(true);
    tab(el, 'Adhérent').click();
    await waitUntil(() => shownPanel(el) === 'Adhérent');
    expect(readOnly(el, 'telephone')).to.equal(true);
    expect(input(el, 'periodes.0.start').readOnly).to.equal(true);
    expect(input(el, 'periodes.0.rate').disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the server’s refusal of fields (400) like its own', async () => {
    worker.use(
      http.post(`${CLAIM}/envoi`, () =>
        problem(400, CLAIM_MESSAGES_SERVER.invalid, {
          errors: [{ field: 'periodes.1.rate', detail: CLAIM_MESSAGES.choice }],
        }),
      ),
    );
    const el = await open(claim('c1', { values: COMPLETE }));
    clickButton(el, 'Envoyer');
    await answerSend(el, true);
    await waitForText(el, CLAIM_MESSAGES.choice);
    expect(selectedTab(el)).to.equal('Périodes présentées ⚠ (erreurs)');
    expect(descriptions(el, 'periodes.1.rate')).to.deep.equal([CLAIM_MESSAGES.choice]);
    await waitForFocusIn(input(el, 'periodes.1.rate'), 'the pay rate of period 2');
  });

  it('a claim changed elsewhere (409) says so, and « Recharger la demande » loads its last version', async () => {
    let loads = 0;
    worker.use(http.put(CLAIM, () => problem(409, CLAIM_MESSAGES_SERVER.stale)));
    const el = await open(() => {
      loads += 1;
      return loads === 1
        ? claim('c1')
        : claim('c1', { version: 5, values: { ...PREFILLED, telephone: '0248123456' } });
    });
    clickButton(el, 'Enregistrer');
    await waitForText(el, CLAIM_MESSAGES_SERVER.stale);
    const alert = deepQuery(el, 'pa-alert.notice')!;
    await waitForFocusIn(alert, 'the conflict');
    await expect(el).to.be.accessible();
    clickButton(alert, 'Recharger la demande');
    await waitUntil(() => loads === 2 && !deepText(el).includes(CLAIM_MESSAGES_SERVER.stale), 'not reloaded');
    await waitUntil(() => deepQuery(el, 'pa-text-field[name="telephone"]'), 'the form is not shown again');
    expect(field(el, 'telephone').value).to.equal('0248123456');
    const bodies = record('put', CLAIM, () => HttpResponse.json(claim('c1', { version: 6 })));
    clickButton(el, 'Enregistrer');
    await waitUntil(() => bodies.length === 1);
    expect(bodies[0]!.version).to.equal(5);
  });

  it('a claim already sent opens read-only, with its sent date', async () => {
    const el = await open(
      claim('c1', { status: 'envoyee', sentAt: '2025-10-03T09:00:00Z', values: COMPLETE }),
    );
    await waitForText(
      el,
      "Cette demande d'indemnisation a été envoyée le 03/10/2025 : elle ne peut plus être modifiée.",
    );
    expect(actions(el)).to.deep.equal([]);
    expect(deepQuery(el, 'pa-confirm-dialog')).to.equal(undefined);
    expect(readOnly(el, 'telephone')).to.equal(true);
    expect(
      shadow(el).querySelector<HTMLInputElement>('input[name="nature"][value="maladie"]')!.checked,
    ).to.equal(true);
    expect(shadow(el).querySelector<HTMLInputElement>('input[name="nature"]')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('« Supprimer » asks, deletes the claim, and goes back to Demande d’indemnisation', async () => {
    const deleted: string[] = [];
    worker.use(
      http.delete(CLAIM, () => {
        deleted.push('c1');
        return new HttpResponse(null, { status: 204 });
      }),
      http.get('/api/indemnisations/demandes', () => HttpResponse.json(overview())),
      http.get('/api/indemnisations/formulaires', () => HttpResponse.json({ items: [] })),
    );
    const el = await open(claim('c1'));
    const dialog = shadow(el).querySelector<PaConfirmDialog>('pa-confirm-dialog.delete-dialog')!;
    clickButton(el, 'Supprimer');
    await waitUntil(() => dialog.open, 'the question was not asked');
    await expect(el).to.be.accessible();
    const closed = oneEvent(dialog.shadowRoot!.querySelector('dialog')!, 'close');
    dialog.shadowRoot!.querySelector('.confirm')!.shadowRoot!.querySelector('button')!.click();
    await closed;
    await waitUntil(() => location.pathname === '/indemnisations/demande', 'not back to the list');
    await waitForText(el, 'Déclarer un sinistre');
    expect(deleted).to.deep.equal(['c1']);
  });

  it('the page tells the shell its form’s title (the document’s title), again at its address once saved', async () => {
    // The shell titles a page with no menu entry after the heading its pa-page tells (pa-page-ready).
    const told: { path: string; heading: string }[] = [];
    const listener = (event: Event) => {
      const { heading } = (event as CustomEvent<{ heading: string }>).detail;
      told.push({ path: location.pathname, heading });
    };
    document.addEventListener('pa-page-ready', listener);
    try {
      const created = record('post', CLAIMS, () =>
        HttpResponse.json(claim('c7', { version: 1 }), { status: 201 }),
      );
      const el = await openNew();
      await waitUntil(() => told.length > 0, 'no heading told');
      expect(told.at(-1)).to.deep.equal({
        path: '/indemnisations/demande/nouvelle/arret-travail',
        heading: SICK_LEAVE_FORM.title,
      });
      clickButton(el, 'Enregistrer');
      await waitUntil(() => created.length === 1 && location.pathname === '/indemnisations/demande/c7');
      // The same page at its new address: it tells its heading again.
      await waitUntil(
        () => told.at(-1)?.path === '/indemnisations/demande/c7',
        `told: ${JSON.stringify(told)}`,
      );
      expect(told.at(-1)?.heading).to.equal(SICK_LEAVE_FORM.title);
    } finally {
      document.removeEventListener('pa-page-ready', listener);
    }
  });

  it('a claim that is not the member’s (404) shows the reason and the way back', async () => {
    worker.use(http.get(CLAIM, () => problem(404, "Cette demande d'indemnisation n'existe pas.")));
    const el = await openSection('ind-section', '/indemnisations/demande/c1');
    await waitForText(el, "Cette demande d'indemnisation n'existe pas.");
    expect(deepQuery(el, 'h1')?.textContent).to.equal("Demande d'indemnisation");
    expect(links(el, "Retour à mes demandes d'indemnisation")[0]?.getAttribute('href')).to.equal(
      '/indemnisations/demande',
    );
    await expect(el).to.be.accessible();
  });
});
