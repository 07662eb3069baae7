import { expect, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
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
  links,
  openSection,
  problem,
  useSectionApi,
  waitForFocusIn,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { MESSAGE_MAX_LENGTH, MESSAGE_SUBJECTS, QUESTION_THEMES } from '../contract/index.js';
import '../web/define.js';
import { created, expectNoScriptIn, memberRequest, recordPosts } from './contact-fixtures.js';

const FLOODING =
  'Vous avez envoyé beaucoup de demandes en peu de temps : réessayez dans une heure, ou appelez le service adhérents.';
const MESSAGE_SENT = 'Votre message a bien été envoyé. Vous pouvez suivre sa prise en charge dans « Suivi ».';

function labels(el: Element): string[] {
  return deepQueryAll(el, 'label').map((label) => (label.textContent ?? '').replace(/\s+/g, ' ').trim());
}

function options(el: Element, name: string): [string, string][] {
  return [...field(el, name).shadowRoot!.querySelectorAll('option')].map((o) => [
    o.value,
    (o.textContent ?? '').trim(),
  ]);
}

function buttons(el: Element): string[] {
  return deepQueryAll(el, 'form pa-button').map((b) => (b.textContent ?? '').trim());
}

describe('E1 Envoyer un message', () => {
  useSectionApi();
  const page = () => openSection('ctc-section', '/contact/message');

  it('shows the subject list, the message with its counter and both buttons, required fields marked', async () => {
    const el = await page();
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Envoyer un message');
    expect(labels(el)).to.deep.equal(['Sujet *', 'Message *']);
    expect(deepText(el)).to.include("Les champs marqués d'un astérisque (*) sont obligatoires.");
    expect(options(el, 'subject')).to.deep.equal([
      ['', 'Sélectionnez un sujet...'],
      ...Object.entries(MESSAGE_SUBJECTS),
    ]);
    const textarea = control(el, 'message') as HTMLTextAreaElement;
    expect(textarea.localName).to.equal('textarea');
    expect(textarea.maxLength).to.equal(MESSAGE_MAX_LENGTH);
    expect(describedBy(el, 'message')).to.deep.equal(['3 000 caractères restants']);
    expect(buttons(el)).to.deep.equal(['Effacer le message', 'Envoyer']);
    await expect(el).to.be.accessible();
  });

  it('checks both fields first, with the server’s messages tied to them, focus on the first; nothing is sent', async () => {
    const posts = recordPosts('/api/contact/messages', () => HttpResponse.json({}, { status: 500 }));
    const el = await page();
    clickButton(el, 'Envoyer');
    await waitUntil(() => field(el, 'subject').error, 'no required error');
    expect(describedBy(el, 'subject')).to.deep.equal(['Sélectionnez un sujet.']);
    expect(describedBy(el, 'message')).to.deep.equal([
      'Saisissez votre message.',
      '3 000 caractères restants',
    ]);
    expect(control(el, 'message').getAttribute('aria-invalid')).to.equal('true');
    await waitForFocusIn(field(el, 'subject'), 'Sujet');
    await expect(el).to.be.accessible();

    // Blanks only are no message either.
    await fill(el, 'subject', 'cotisation');
    await fill(el, 'message', '   \n  ');
    clickButton(el, 'Envoyer');
    await waitUntil(() => field(el, 'subject').error === '', 'subject error kept');
    expect(field(el, 'message').error).to.equal('Saisissez votre message.');
    await waitForFocusIn(field(el, 'message'), 'Message');
    expect(posts).to.deep.equal([]);
  });

  it('shows the server’s field messages under their fields, focus on the first; what was typed stays', async () => {
    recordPosts('/api/contact/messages', () =>
      problem(400, 'Vérifiez les champs signalés.', {
        errors: [{ field: 'message', detail: 'Votre texte dépasse 3000 caractères : raccourcissez-le.' }],
      }),
    );
    const el = await page();
    await fill(el, 'subject', 'autre');
    await fill(el, 'message', 'Un texte que le serveur refuse.');
    clickButton(el, 'Envoyer');
    await waitUntil(() => field(el, 'message').error, 'server error not shown');
    expect(describedBy(el, 'message')[0]).to.equal('Votre texte dépasse 3000 caractères : raccourcissez-le.');
    expect(field(el, 'subject').error).to.equal('');
    await waitForFocusIn(field(el, 'message'), 'the field in error');
    expect(field(el, 'subject').value).to.equal('autre');
    expect(field(el, 'message').value).to.equal('Un texte que le serveur refuse.');
    expect(deepQuery(el, 'pa-alert')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('on 201 sends exactly what was typed (HTML as plain text), confirms with a link to Suivi and empties the form', async () => {
    const typed = 'Bonjour <script>alert(1)</script> <b>merci</b>';
    const posts = recordPosts(
      '/api/contact/messages',
      created(memberRequest('r1', { memberText: typed, label: 'Message : Mes cotisations' })),
    );
    const el = await page();
    await fill(el, 'subject', 'cotisation');
    await fill(el, 'message', typed);
    // Shown as typed, never turned into elements.
    expect(control(el, 'message').value).to.equal(typed);
    expectNoScriptIn(el);
    expect(deepQueryAll(el, 'b')).to.have.length(0);
    clickButton(el, 'Envoyer');
    await waitForText(el, MESSAGE_SENT);
    expect(posts).to.deep.equal([{ subject: 'cotisation', message: typed }]);
    const alert = deepQuery(el, 'pa-alert.sent')!;
    expect(alert.getAttribute('variant')).to.equal('success');
    expect(links(alert, '« Suivi »')[0]?.getAttribute('href')).to.equal('/contact/suivi');
    await waitForFocusIn(alert, 'the confirmation');
    expect(field(el, 'subject').value).to.equal('');
    expect(field(el, 'message').value).to.equal('');
    expect(describedBy(el, 'message')).to.deep.equal(['3 000 caractères restants']);
    expectNoScriptIn(el);
    await expect(el).to.be.accessible();
  });

  it('P1 the confirmation gives the estimated processing date the server answered', async () => {
    recordPosts('/api/contact/messages', created(memberRequest('r2', { estimatedAt: '2026-05-18' })));
    const el = await page();
    await fill(el, 'subject', 'cotisation');
    await fill(el, 'message', 'Bonjour');
    clickButton(el, 'Envoyer');
    await waitForText(el, MESSAGE_SENT);
    const alert = deepQuery(el, 'pa-alert.sent')!;
    expect(deepQuery(alert, '.estimate')?.textContent).to.equal('Traitement estimé le 18/05/2026');
    await waitForFocusIn(alert, 'the confirmation');
    await expect(el).to.be.accessible();
  });

  it('says why when flooding is refused (429), in an alert that takes the focus; the text stays', async () => {
    recordPosts('/api/contact/messages', () => problem(429, FLOODING, { code: 'rate-limited' }));
    const el = await page();
    await fill(el, 'subject', 'adhesion');
    await fill(el, 'message', 'Encore moi.');
    clickButton(el, 'Envoyer');
    await waitForText(el, FLOODING);
    const alert = deepQuery(el, 'pa-alert.form-error')!;
    expect(alert.getAttribute('variant')).to.equal('error');
    await waitForFocusIn(alert, 'the error');
    expect(field(el, 'message').value).to.equal('Encore moi.');
    expect(findButtons(el, 'Envoyer')[0]?.busy).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('"Effacer le message" empties the form and its messages', async () => {
    const el = await page();
    clickButton(el, 'Envoyer');
    await waitUntil(() => field(el, 'subject').error, 'no required error');
    await fill(el, 'subject', 'donnees');
    await fill(el, 'message', 'Brouillon');
    clickButton(el, 'Effacer le message');
    await waitUntil(() => field(el, 'message').value === '', 'message not cleared');
    expect(field(el, 'subject').value).to.equal('');
    expect(field(el, 'subject').error).to.equal('');
    expect(field(el, 'message').error).to.equal('');
    expect(control(el, 'message').value).to.equal('');
  });
});

describe('E2 Vous avez une question', () => {
  useSectionApi();
  const page = () => openSection('ctc-section', '/contact/question');

  it('shows the four themes and the question, required fields marked, one button', async () => {
    const el = await page();
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Vous avez une question');
    expect(labels(el)).to.deep.equal(['Thème *', 'Votre question *']);
    expect(options(el, 'theme')).to.deep.equal([
      ['', 'Sélectionnez un thème...'],
      ['remboursements', 'Remboursements'],
      ['cotisations', 'Cotisations'],
      ['garanties', 'Garanties'],
      ['adhesion', 'Adhésion'],
    ]);
    expect(Object.keys(QUESTION_THEMES)).to.have.length(4);
    expect((control(el, 'question') as HTMLTextAreaElement).maxLength).to.equal(MESSAGE_MAX_LENGTH);
    expect(buttons(el)).to.deep.equal(['Envoyer']);
    await expect(el).to.be.accessible();
  });

  it('checks both fields first with the server’s messages, focus on the first', async () => {
    const posts = recordPosts('/api/contact/questions', () => HttpResponse.json({}, { status: 500 }));
    const el = await page();
    await fill(el, 'theme', 'garanties');
    clickButton(el, 'Envoyer');
    await waitUntil(() => field(el, 'question').error, 'no required error');
    expect(field(el, 'theme').error).to.equal('');
    expect(describedBy(el, 'question')[0]).to.equal('Saisissez votre question.');
    await waitForFocusIn(field(el, 'question'), 'Votre question');

    await fill(el, 'theme', '');
    clickButton(el, 'Envoyer');
    await waitUntil(() => field(el, 'theme').error, 'no theme error');
    expect(describedBy(el, 'theme')).to.deep.equal(['Choisissez le thème de votre question.']);
    await waitForFocusIn(field(el, 'theme'), 'Thème');
    expect(posts).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows the server’s field messages under their fields', async () => {
    recordPosts('/api/contact/questions', () =>
      problem(400, 'Vérifiez les champs signalés.', {
        errors: [{ field: 'theme', detail: 'Choisissez le thème de votre question.' }],
      }),
    );
    const el = await page();
    await fill(el, 'theme', 'cotisations');
    await fill(el, 'question', 'Quand suis-je prélevé ?');
    clickButton(el, 'Envoyer');
    await waitUntil(() => field(el, 'theme').error, 'server error not shown');
    expect(describedBy(el, 'theme')).to.deep.equal(['Choisissez le thème de votre question.']);
    await waitForFocusIn(field(el, 'theme'), 'Thème');
    expect(field(el, 'question').value).to.equal('Quand suis-je prélevé ?');
  });

  it('on 201 says the answer comes by e-mail and in Suivi, and empties the form', async () => {
    const posts = recordPosts(
      '/api/contact/questions',
      created(memberRequest('q1', { kind: 'question', label: 'Question : Garanties' })),
    );
    const el = await page();
    await fill(el, 'theme', 'garanties');
    await fill(el, 'question', 'Les lunettes sont-elles couvertes ?');
    clickButton(el, 'Envoyer');
    await waitForText(el, 'Votre question a bien été envoyée.');
    expect(posts).to.deep.equal([{ theme: 'garanties', question: 'Les lunettes sont-elles couvertes ?' }]);
    const alert = deepQuery(el, 'pa-alert.sent')!;
    expect(deepText(alert)).to.include(
      'Vous recevrez la réponse par e-mail ; elle sera aussi consultable dans « Suivi ».',
    );
    expect(links(alert, '« Suivi »')[0]?.getAttribute('href')).to.equal('/contact/suivi');
    await waitForFocusIn(alert, 'the confirmation');
    expect(field(el, 'theme').value).to.equal('');
    expect(field(el, 'question').value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says why when flooding is refused (429)', async () => {
    worker.use(http.post('/api/contact/questions', () => problem(429, FLOODING, { code: 'rate-limited' })));
    const el = await page();
    await fill(el, 'theme', 'adhesion');
    await fill(el, 'question', 'Encore une ?');
    clickButton(el, 'Envoyer');
    await waitForText(el, FLOODING);
    await waitForFocusIn(deepQuery(el, 'pa-alert.form-error'), 'the error');
    expect(field(el, 'question').value).to.equal('Encore une ?');
  });
});
