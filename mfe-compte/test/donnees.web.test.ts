import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { UPLOAD_MESSAGES } from '@portail/kernel/contract';
import { delay, HttpResponse, http } from 'msw';
import {
  clickButton,
  control,
  deepQuery,
  deepQueryAll,
  deepText,
  describedBy,
  field,
  fill,
  findButtons,
  goTo,
  openSection,
  problem,
  useSectionApi,
  waitForFocusIn,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import {
  fileField,
  fileOf,
  pick,
  recordUploads,
  waitForFileError,
} from '../../shared-design/test/upload-helpers.js';
import {
  ADDRESS_LABELS,
  ADDRESS_LINE_MAX,
  type AlertPreferences,
  BANK_MESSAGES,
  CHANGE_CONFIRMATIONS,
  PENDING_CHANGE,
  type PendingChange,
  type PersonalData,
  type PhoneNumbers,
} from '../contract/index.js';
import '../web/define.js';
import { CHANGE_CANCELLED, CHANGE_SENT } from '../web/pages/change-form.js';
import { NO_BANK_DETAILS } from '../web/pages/donnees.js';
import { PHONES_SAVED } from '../web/pages/phones-form.js';
import { FULL_IBAN, MASKED_IBAN, pendingChange, personalData } from './donnees-fixtures.js';

const PATH = '/compte/donnees-personnelles';
const ADDRESS_PENDING = pendingChange({ summary: '3 place Gordaine, 18000 Bourges' });

/** The page at `path` (its hash included) with `data` served, once loaded. */
async function loadPage(data: PersonalData = personalData(), hash = ''): Promise<HTMLElement> {
  worker.use(http.get('/api/compte/donnees', () => HttpResponse.json(data)));
  goTo(PATH);
  if (hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  const el = await fixture<HTMLElement>(html`<cpt-section></cpt-section>`);
  await waitUntil(() => deepQuery(el, 'section#identite'), 'data never shown', { timeout: 3000 });
  return el;
}

function sectionOf(el: Element, id: string): HTMLElement {
  const found = deepQuery(el, `section#${id}`);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function dialogOf(root: Element): HTMLDialogElement | undefined {
  return deepQuery<HTMLDialogElement>(root, 'dialog');
}

async function waitForDialog(root: Element): Promise<HTMLDialogElement> {
  await waitUntil(() => dialogOf(root)?.open, 'no confirmation asked', { timeout: 3000 });
  return dialogOf(root)!;
}

/** Records the changes POSTed (kind, donnees, files) and answers each with `answer`. */
function recordChanges(answer: () => Response | Promise<Response>) {
  return recordUploads('/api/compte/modifications', answer, (body) => ({
    kind: body.get('kind'),
    donnees: JSON.parse(String(body.get('donnees'))) as unknown,
  }));
}

const created = (change: PendingChange) => () => HttpResponse.json(change, { status: 201 });

/** Records the JSON bodies PUT to `path` and answers each with `answer(body)`. */
function recordPuts<T>(path: string, answer: (body: T) => Response): T[] {
  const bodies: T[] = [];
  worker.use(
    http.put(path, async ({ request }) => {
      const body = (await request.json()) as T;
      bodies.push(body);
      return answer(body);
    }),
  );
  return bodies;
}

describe('D1 Données personnelles — what the file holds', () => {
  useSectionApi();

  it('shows identity, address, e-mail, phones, alerts, masked bank details and contribution mode', async () => {
    const el = await loadPage();
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Données personnelles');
    expect(deepQueryAll(el, 'section h2').map((h) => h.textContent)).to.deep.equal([
      'Identité',
      'Adresse postale',
      'Adresse e-mail',
      'Téléphones',
      'Alertes de paiement',
      'Coordonnées bancaires',
      'Mode de règlement des cotisations',
    ]);
    const identity = deepText(sectionOf(el, 'identite'));
    for (const text of ['Monsieur', 'Dupont', 'Jean', '12/04/1980']) expect(identity).to.include(text);
    expect(deepQuery(sectionOf(el, 'identite'), 'input')).to.equal(undefined);

    expect(field(el, 'line1').value).to.equal('12 rue des Lilas');
    expect(deepText(field(el, 'line2').shadowRoot!.querySelector('label')!)).to.equal(ADDRESS_LABELS.line2);
    // No maxlength on the input: a 39th character is kept, so that the member reads the rule's message.
    expect((control(el, 'line3') as HTMLInputElement).maxLength).to.equal(-1);
    expect(field(el, 'postalCode').hasAttribute('required')).to.equal(true);
    expect(field(el, 'city').value).to.equal('Bourges');
    expect(fileField(sectionOf(el, 'adresse')).required).to.equal(true);
    expect(deepText(fileField(sectionOf(el, 'adresse')))).to.include('Justificatif de domicile');
    expect(field(el, 'email').value).to.equal('jean.dupont@exemple.fr');
    expect(field(el, 'phone').value).to.equal('02 48 12 34 56');
    expect(field(el, 'mobile').value).to.equal('06 12 34 56 78');
    const switches = deepQueryAll<HTMLInputElement>(el, 'input[role="switch"]');
    expect(switches.map((s) => [s.name, s.checked])).to.deep.equal([
      ['email', true],
      ['sms', false],
    ]);

    const bank = sectionOf(el, 'coordonnees-bancaires');
    expect(deepText(bank)).to.include(MASKED_IBAN);
    expect(deepText(bank)).to.include('AGRIFRPP');
    expect(field(bank, 'iban').value).to.equal('');
    expect(deepText(fileField(bank))).to.include('RIB');
    expect(deepText(el)).not.to.include(FULL_IBAN);
    expect(deepText(el)).not.to.match(/3000\s?6000/);
    expect(deepText(sectionOf(el, 'mode-cotisation'))).to.include('Prélèvement automatique');
    expect(field(el, 'mode').value).to.equal('prelevement');
    await expect(el).to.be.accessible();
  });

  it('says when no bank details are on file, and has no contribution mode for a group contract', async () => {
    const el = await loadPage(personalData({ bank: null, contributionMode: null }));
    expect(deepText(sectionOf(el, 'coordonnees-bancaires'))).to.include(NO_BANK_DETAILS);
    expect(deepQuery(el, 'section#mode-cotisation')).to.equal(undefined);
    expect(deepText(el)).not.to.include('Mode de règlement des cotisations');
    await expect(el).to.be.accessible();
  });

  it('shows a change waiting for validation instead of its form', async () => {
    const el = await loadPage(personalData({ pending: [ADDRESS_PENDING] }));
    const address = sectionOf(el, 'adresse');
    expect(deepText(address)).to.include(PENDING_CHANGE);
    expect(deepText(address)).to.include('3 place Gordaine, 18000 Bourges');
    expect(deepText(address)).to.include('12/03/2026');
    expect(deepQuery(address, 'form')).to.equal(undefined);
    expect(deepQuery(sectionOf(el, 'email'), 'form')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('a pending change of address shows the current address beside it, and can be cancelled', async () => {
    const cancels: string[] = [];
    worker.use(
      http.delete('/api/compte/modifications/:id', ({ params }) => {
        cancels.push(String(params['id']));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const el = await loadPage(personalData({ pending: [ADDRESS_PENDING] }));
    const address = sectionOf(el, 'adresse');
    expect(deepText(deepQuery(address, '.current')!)).to.equal(
      'Adresse actuelle : 12 rue des Lilas, 18000 Bourges',
    );
    expect(deepText(deepQuery(address, 'pa-alert.pending')!)).to.include('3 place Gordaine, 18000 Bourges');
    await expect(el).to.be.accessible();

    // Asked first; « Conserver la demande » keeps it.
    clickButton(address, 'Annuler cette demande');
    let dialog = await waitForDialog(address);
    expect(deepText(dialog)).to.include(
      'Souhaitez-vous annuler votre demande « Modification de votre adresse postale » du 12/03/2026 ? Elle ne sera pas appliquée.',
    );
    clickButton(address, 'Conserver la demande');
    await waitUntil(() => !dialog.open, 'dialog still open');
    expect(cancels).to.deep.equal([]);

    clickButton(address, 'Annuler cette demande');
    dialog = await waitForDialog(address);
    clickButton(address, 'Annuler la demande');
    await waitForText(address, CHANGE_CANCELLED);
    expect(cancels).to.deep.equal(['r1']);
    await waitForFocusIn(deepQuery(address, 'pa-alert.cancelled'), 'the confirmation');
    expect(deepText(address)).not.to.include(PENDING_CHANGE);
    expect(field(address, 'line1').value).to.equal('12 rue des Lilas');
    await expect(el).to.be.accessible();
  });

  it('a change already handled cannot be cancelled: the server’s reason is said', async () => {
    const detail = 'Cette demande a déjà été traitée : elle ne peut plus être annulée.';
    worker.use(
      http.delete('/api/compte/modifications/:id', () => problem(409, detail, { code: 'already-decided' })),
    );
    const el = await loadPage(
      personalData({
        pending: [
          pendingChange({
            kind: 'email',
            label: 'Modification de votre adresse e-mail',
            summary: 'jean@nouveau.fr',
          }),
        ],
      }),
    );
    const email = sectionOf(el, 'email');
    expect(deepText(deepQuery(email, '.current')!)).to.equal(
      'Adresse e-mail actuelle : jean.dupont@exemple.fr',
    );
    clickButton(email, 'Annuler cette demande');
    await waitForDialog(email);
    clickButton(email, 'Annuler la demande');
    await waitUntil(() => deepQuery(email, 'pa-alert.cancel-error'), 'no error said');
    expect(deepText(deepQuery(email, 'pa-alert.cancel-error')!)).to.include(detail);
    await waitForFocusIn(deepQuery(email, 'pa-alert.cancel-error'), 'the error');
  });

  it('says in French when the data cannot be loaded', async () => {
    worker.use(http.get('/api/compte/donnees', () => HttpResponse.json({}, { status: 503 })));
    const el = await openSection('cpt-section', PATH);
    await waitForText(el, 'Le service est momentanément indisponible. Réessayez dans quelques instants.');
    expect(findButtons(el, 'Réessayer')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('#coordonnees-bancaires scrolls to that section and focuses its title, and so does a new hash', async () => {
    const el = await loadPage(personalData(), '#coordonnees-bancaires');
    await waitForFocusIn(deepQuery(sectionOf(el, 'coordonnees-bancaires'), 'h2'), 'the bank details title');
    location.hash = '#adresse';
    await waitForFocusIn(deepQuery(sectionOf(el, 'adresse'), 'h2'), 'the address title');
  });
});

describe('D2 changes with a justificatif', () => {
  useSectionApi();

  it('checks the address here first: too long a line, a 4-digit postal code; nothing is sent', async () => {
    const posts = recordChanges(created(ADDRESS_PENDING));
    const el = await loadPage();
    const address = sectionOf(el, 'adresse');
    await fill(address, 'line1', 'x'.repeat(ADDRESS_LINE_MAX + 1));
    await fill(address, 'postalCode', '1800');
    await pick(address, fileOf('facture.pdf'));
    clickButton(address, 'Enregistrer');
    await waitUntil(() => field(address, 'line1').error, 'no error on line 1');
    expect(describedBy(address, 'line1')[0]).to.equal("38 caractères au plus sur une ligne d'adresse.");
    expect(describedBy(address, 'postalCode')[0]).to.equal('Le code postal compte 5 chiffres.');
    await waitForFocusIn(field(address, 'line1'), 'line 1');
    expect(dialogOf(address)?.open).to.equal(false);
    expect(posts).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('without a justificatif says so on the file field and sends nothing', async () => {
    const posts = recordChanges(created(ADDRESS_PENDING));
    const el = await loadPage();
    const address = sectionOf(el, 'adresse');
    await fill(address, 'line1', '3 place Gordaine');
    clickButton(address, 'Enregistrer');
    await waitForFileError(address, UPLOAD_MESSAGES.required);
    await waitForFocusIn(fileField(address), 'the file field');
    expect(dialogOf(address)?.open).to.equal(false);
    expect(posts).to.deep.equal([]);
  });

  it('asks for confirmation; "Annuler" sends nothing and keeps what was typed', async () => {
    const posts = recordChanges(created(ADDRESS_PENDING));
    const el = await loadPage();
    const address = sectionOf(el, 'adresse');
    await fill(address, 'line1', '3 place Gordaine');
    await pick(address, fileOf('facture.pdf'));
    // As the member does: the button has the focus when pressed.
    findButtons(address, 'Enregistrer')[0]!.focus();
    clickButton(address, 'Enregistrer');
    const dialog = await waitForDialog(address);
    await waitForFocusIn(findButtons(dialog, 'Annuler')[0], 'Annuler (the safe choice first)');
    expect(deepText(dialog)).to.include(CHANGE_CONFIRMATIONS.adresse);
    await expect(el).to.be.accessible();
    clickButton(address, 'Annuler');
    await waitUntil(() => !dialog.open, 'dialog still open');
    await waitForFocusIn(findButtons(address, 'Enregistrer')[0], 'the Enregistrer button');
    expect(posts).to.deep.equal([]);
    expect(field(address, 'line1').value).to.equal('3 place Gordaine');
    expect(fileField(address).files).to.have.length(1);
  });

  it('"Valider" sends kind, donnees and the justificatif as multipart, then shows the pending change', async () => {
    const posts = recordChanges(async () => {
      await delay(300);
      return created(ADDRESS_PENDING)();
    });
    const el = await loadPage();
    const address = sectionOf(el, 'adresse');
    await fill(address, 'line1', '3 place Gordaine');
    await pick(address, fileOf('facture.pdf'));
    clickButton(address, 'Enregistrer');
    await waitForDialog(address);
    clickButton(address, 'Valider');
    await waitUntil(() => deepQuery(address, 'pa-progress'), 'no progress shown');
    await waitForText(address, CHANGE_SENT);
    expect(posts).to.deep.equal([
      {
        multipart: true,
        kind: 'adresse',
        donnees: { line1: '3 place Gordaine', line2: '', line3: '', postalCode: '18000', city: 'Bourges' },
        files: [['facture.pdf', 2048]],
      },
    ]);
    await waitForFocusIn(deepQuery(address, 'pa-alert.sent'), 'the confirmation');
    const pending = deepQuery(address, 'pa-alert.pending')!;
    expect(deepText(pending)).to.include(PENDING_CHANGE);
    expect(deepText(pending)).to.include('3 place Gordaine, 18000 Bourges');
    expect(deepText(pending)).to.include('12/03/2026');
    expect(deepQuery(address, 'form')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('a change of that kind already pending (409) shows the server’s detail; nothing is lost', async () => {
    const detail =
      "Une demande « Modification de votre adresse e-mail » est déjà en attente de validation : attendez son traitement avant d'en faire une autre.";
    recordChanges(() => problem(409, detail, { code: 'change-pending' }));
    const el = await loadPage();
    const email = sectionOf(el, 'email');
    await fill(email, 'email', 'jean.dupont@nouveau.fr');
    await pick(email, fileOf('identite.pdf'));
    clickButton(email, 'Enregistrer');
    expect(deepText(await waitForDialog(email))).to.include(CHANGE_CONFIRMATIONS.email);
    clickButton(email, 'Valider');
    await waitUntil(() => deepQuery(email, 'pa-alert.form-error'), 'no error alert', { timeout: 3000 });
    expect(deepText(deepQuery(email, 'pa-alert.form-error')!)).to.include(detail);
    await waitForFocusIn(deepQuery(email, 'pa-alert.form-error'), 'the error');
    expect(field(email, 'email').value).to.equal('jean.dupont@nouveau.fr');
    expect(fileField(email).files).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('bank details: the server’s IBAN message goes under the IBAN field', async () => {
    const posts = recordChanges(() =>
      problem(400, 'Vérifiez les champs signalés.', {
        code: 'validation',
        errors: [{ field: 'iban', detail: 'IBAN invalide : vérifiez-le sur votre RIB.' }],
      }),
    );
    const el = await loadPage();
    const bank = sectionOf(el, 'coordonnees-bancaires');
    // Well formed (the browser's check passes), refused by the server (its country's format).
    await fill(bank, 'iban', FULL_IBAN);
    await fill(bank, 'bic', 'AGRIFRPP');
    await pick(bank, fileOf('rib.pdf'));
    clickButton(bank, 'Enregistrer');
    expect(deepText(await waitForDialog(bank))).to.include(
      'Vous avez modifié vos coordonnées bancaires, souhaitez-vous les valider ?',
    );
    clickButton(bank, 'Valider');
    await waitUntil(() => field(bank, 'iban').error, 'no error on the IBAN');
    expect(describedBy(bank, 'iban')[0]).to.equal('IBAN invalide : vérifiez-le sur votre RIB.');
    expect(control(bank, 'iban').getAttribute('aria-invalid')).to.equal('true');
    expect(field(bank, 'bic').error).to.equal('');
    await waitForFocusIn(field(bank, 'iban'), 'the IBAN field');
    expect(posts.map((p) => [p.kind, p.donnees])).to.deep.equal([
      ['coordonnees_bancaires', { iban: FULL_IBAN, bic: 'AGRIFRPP' }],
    ]);
    await expect(el).to.be.accessible();
  });

  it('bank details: a wrong IBAN is said as soon as the field is left, and before any confirmation or upload', async () => {
    const posts = recordChanges(created(pendingChange({ kind: 'coordonnees_bancaires' })));
    const el = await loadPage();
    const bank = sectionOf(el, 'coordonnees-bancaires');
    // One digit mistyped: the check digits no longer match.
    await fill(bank, 'iban', 'FR76 3000 6000 0112 3456 7890 188');
    control(bank, 'iban').focus();
    control(bank, 'bic').focus();
    await waitUntil(() => field(bank, 'iban').error === BANK_MESSAGES.iban, 'not said on leaving the field');
    expect(describedBy(bank, 'iban')[0]).to.equal(BANK_MESSAGES.iban);
    // Leaving a field still empty says nothing yet.
    control(bank, 'iban').focus();
    expect(field(bank, 'bic').error).to.equal('');
    await fill(bank, 'bic', 'AGRIFRPP');
    await pick(bank, fileOf('rib.pdf'));
    clickButton(bank, 'Enregistrer');
    await waitForFocusIn(field(bank, 'iban'), 'the IBAN field');
    expect(dialogOf(bank)?.open).to.equal(false);
    expect(posts).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // Corrected (typed with spaces, in lower case): the message goes as the field is left.
    await fill(bank, 'iban', 'fr76 3000 6000 0112 3456 7890 189');
    control(bank, 'bic').focus();
    await waitUntil(() => field(bank, 'iban').error === '', 'the message stayed');
    await fill(bank, 'bic', 'AGRI');
    control(bank, 'iban').focus();
    await waitUntil(() => field(bank, 'bic').error === BANK_MESSAGES.bic, 'no message on the BIC');
  });

  it('bank details: once sent, the typed IBAN is shown nowhere, only its masked summary', async () => {
    const posts = recordChanges(
      created(
        pendingChange({
          requestId: 'r2',
          kind: 'coordonnees_bancaires',
          label: 'Modification de vos coordonnées bancaires',
          summary: `IBAN ${MASKED_IBAN} — BIC AGRIFRPP`,
        }),
      ),
    );
    const el = await loadPage(personalData({ bank: null }));
    const bank = sectionOf(el, 'coordonnees-bancaires');
    await fill(bank, 'iban', FULL_IBAN);
    await fill(bank, 'bic', 'AGRIFRPP');
    await pick(bank, fileOf('rib.pdf'));
    clickButton(bank, 'Enregistrer');
    await waitForDialog(bank);
    clickButton(bank, 'Valider');
    await waitForText(bank, CHANGE_SENT);
    expect(posts.map((p) => p.donnees)).to.deep.equal([{ iban: FULL_IBAN, bic: 'AGRIFRPP' }]);
    expect(deepText(bank)).to.include(`IBAN ${MASKED_IBAN} — BIC AGRIFRPP`);
    expect(deepText(el)).not.to.include(FULL_IBAN);
    const typed = deepQueryAll<HTMLInputElement>(el, 'input').filter((i) => i.value.includes('30006000'));
    expect(typed).to.have.length(0);
  });

  it('contribution mode: sends the chosen mode with its justificatif', async () => {
    const posts = recordChanges(
      created(pendingChange({ kind: 'mode_cotisation', label: 'Modification du mode', summary: 'Chèque' })),
    );
    const el = await loadPage();
    const mode = sectionOf(el, 'mode-cotisation');
    await fill(mode, 'mode', 'cheque');
    await pick(mode, fileOf('mandat.pdf'));
    clickButton(mode, 'Enregistrer');
    expect(deepText(await waitForDialog(mode))).to.include(CHANGE_CONFIRMATIONS.mode_cotisation);
    clickButton(mode, 'Valider');
    await waitForText(mode, PENDING_CHANGE);
    expect(posts.map((p) => [p.kind, p.donnees])).to.deep.equal([['mode_cotisation', { mode: 'cheque' }]]);
  });
});

describe('D1 phones and D3 alerts, applied at once', () => {
  useSectionApi();

  it('"Pas de Tel" empties and disables the phone; "Enregistrer" PUTs the numbers and confirms', async () => {
    const puts = recordPuts<PhoneNumbers>('/api/compte/telephones', (body) =>
      HttpResponse.json(personalData({ ...body })),
    );
    const el = await loadPage();
    const phones = sectionOf(el, 'telephones');
    deepQuery<HTMLInputElement>(phones, 'input[name="noPhone"]')!.click();
    await waitUntil(() => control(phones, 'phone').disabled, 'phone not disabled');
    expect(field(phones, 'phone').value).to.equal('');
    clickButton(phones, 'Enregistrer');
    await waitForText(phones, PHONES_SAVED);
    expect(puts).to.deep.equal([{ phone: '', noPhone: true, mobile: '06 12 34 56 78' }]);
    await waitForFocusIn(deepQuery(phones, 'pa-alert.saved'), 'the confirmation');
    await expect(el).to.be.accessible();
  });

  it('phones: a blank mobile is refused here; the server’s messages go under their fields', async () => {
    const puts = recordPuts<PhoneNumbers>('/api/compte/telephones', () =>
      problem(400, 'Vérifiez les champs signalés.', {
        errors: [{ field: 'mobile', detail: 'Numéro de mobile invalide (exemple : 06 12 34 56 78).' }],
      }),
    );
    const el = await loadPage();
    const phones = sectionOf(el, 'telephones');
    await fill(phones, 'mobile', '');
    clickButton(phones, 'Enregistrer');
    await waitUntil(() => field(phones, 'mobile').error, 'no required error');
    expect(describedBy(phones, 'mobile')[0]).to.equal('Saisissez votre numéro de mobile.');
    expect(puts).to.deep.equal([]);

    await fill(phones, 'mobile', '02 48 00 00 00');
    clickButton(phones, 'Enregistrer');
    await waitUntil(() => field(phones, 'mobile').error.startsWith('Numéro'), 'no server error');
    expect(describedBy(phones, 'mobile')[0]).to.equal(
      'Numéro de mobile invalide (exemple : 06 12 34 56 78).',
    );
    await waitForFocusIn(field(phones, 'mobile'), 'the mobile field');
    expect(puts).to.deep.equal([{ phone: '02 48 12 34 56', noPhone: false, mobile: '02 48 00 00 00' }]);
    await expect(el).to.be.accessible();
  });

  it('the SMS switch PUTs at once and confirms; a refusal puts it back with the reason', async () => {
    let fail = false;
    const puts = recordPuts<AlertPreferences>('/api/compte/alertes', (body) =>
      fail ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json(body),
    );
    const el = await loadPage();
    const alerts = sectionOf(el, 'alertes');
    const sms = deepQuery<HTMLInputElement>(alerts, 'input[name="sms"]')!;
    expect(deepText(sms.closest('label')!)).to.include(
      'Je souhaite être informé(e) par SMS du paiement de mes indemnités',
    );
    sms.click();
    await waitUntil(
      () => deepQuery(alerts, '[role="status"]')?.textContent?.includes('activée'),
      'no status',
    );
    expect(deepQuery(alerts, '[role="status"]')?.textContent).to.equal('Alerte par SMS activée.');
    expect(puts).to.deep.equal([{ email: true, sms: true }]);
    expect(sms.checked).to.equal(true);

    fail = true;
    sms.click();
    expect(sms.checked).to.equal(false);
    await waitUntil(() => deepQuery(alerts, 'pa-alert.form-error'), 'no error shown', { timeout: 3000 });
    expect(deepText(deepQuery(alerts, 'pa-alert.form-error')!)).to.include(
      "Votre choix d'alerte par SMS n'a pas pu être enregistré.",
    );
    expect(sms.checked).to.equal(true);
    expect(puts).to.deep.equal([
      { email: true, sms: true },
      { email: true, sms: false },
    ]);
    await expect(el).to.be.accessible();
  });
});
