import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PaRobotCheck } from '@portail/shared-design/forms';
import { HttpResponse, http } from 'msw';
import { FAKE_PAYLOAD, fakeAltchaOf, useFakeAltcha } from '../../shared-design/test/fake-altcha.js';
import {
  deepQuery,
  deepQueryAll,
  deepText,
  openSection,
  useSectionApi,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import type { KitAccess } from '../contract/index.js';
import '../web/define.js';
import { clickButton, field, fill, links, problemWith, waitForFocusIn } from './adhesion-helpers.js';

const KIT: KitAccess = {
  employer: 'Mairie de Bourges',
  expiresAt: '2026-11-23T10:15:00Z',
  documents: [
    {
      id: 'k1',
      title: "Bulletin d'adhésion",
      fileName: 'bulletin.pdf',
      sizeBytes: 120 * 1024,
      downloadUrl: '/api/adhesion/espace/documents/k1?acces=grant',
    },
    {
      id: 'k2',
      title: 'Notice information',
      fileName: 'notice.pdf',
      sizeBytes: 300 * 1024,
      downloadUrl: '/api/adhesion/espace/documents/k2?acces=grant',
    },
  ],
};

const UNKNOWN =
  "Identifiant non reconnu. Vérifiez l'identifiant fourni par votre employeur, en respectant les tirets.";
const ROBOT_REFUSED =
  'La vérification « Je ne suis pas un robot » a échoué ou a expiré : cochez à nouveau la case.';

function robot(root: Element): PaRobotCheck {
  const found = deepQuery<PaRobotCheck>(root, 'pa-robot-check');
  if (!found) throw new Error('no robot check');
  return found;
}

async function espace(): Promise<HTMLElement> {
  const el = await openSection('adh-section', '/espace-adhesion');
  await waitUntil(() => deepQuery(el, 'pa-robot-check'), 'no robot check');
  await fakeAltchaOf(robot(el));
  return el;
}

async function submit(el: HTMLElement, identifier = 'BOURGES-2026'): Promise<void> {
  await fill(el, 'identifier', identifier);
  (await fakeAltchaOf(robot(el))).tick();
  clickButton(el, 'Valider');
}

describe('B4 Espace Adhésion (public)', () => {
  before(useFakeAltcha);
  useSectionApi();

  it('shows the manual text, the identifier field, the robot check and « Valider »', async () => {
    const el = await espace();
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Espace Adhésion');
    expect(deepText(el)).to.include(
      "Si vous n'êtes pas encore adhérent, l'identifiant fourni par votre employeur donne accès aux documents du kit d'adhésion.",
    );
    const identifier = field(el, 'identifier');
    expect(identifier.shadowRoot?.querySelector('label')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Identifiant fourni par votre employeur *',
    );
    expect(identifier.hasAttribute('required')).to.equal(true);
    expect(robot(el).challengeUrl).to.equal('/api/adhesion/espace/challenge');
    expect(deepText(robot(el))).to.include('Je ne suis pas un robot');
    expect(deepQueryAll(el, 'pa-button').map((b) => b.textContent?.trim())).to.include('Valider');
    await expect(el).to.be.accessible();
  });

  it('asks for the identifier and the robot check before calling the server', async () => {
    let posts = 0;
    worker.use(
      http.post('/api/adhesion/espace/acces', () => {
        posts++;
        return HttpResponse.json(KIT);
      }),
    );
    const el = await espace();
    clickButton(el, 'Valider');
    await waitUntil(() => field(el, 'identifier').error, 'identifier not marked');
    expect(field(el, 'identifier').error).to.equal("Saisissez l'identifiant fourni par votre employeur.");
    expect(robot(el).error).to.equal('Cochez la case « Je ne suis pas un robot ».');
    await waitForFocusIn(field(el, 'identifier'), 'the identifier');

    await fill(el, 'identifier', 'BOURGES-2026');
    clickButton(el, 'Valider');
    await waitUntil(() => field(el, 'identifier').error === '', 'identifier still marked');
    expect(robot(el).error).to.equal('Cochez la case « Je ne suis pas un robot ».');
    await waitForFocusIn(robot(el), 'the robot check');
    expect(posts).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('sends the identifier with the widget payload, then lists the kit with its download links', async () => {
    let sent: unknown;
    worker.use(
      http.post('/api/adhesion/espace/acces', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(KIT);
      }),
    );
    const el = await espace();
    await submit(el, '  BOURGES-2026 ');
    await waitForText(el, "Kit d'adhésion — Mairie de Bourges");
    expect(sent).to.deep.equal({ identifier: 'BOURGES-2026', altcha: FAKE_PAYLOAD });
    const heading = deepQueryAll(el, 'h2').find((h) => h.textContent?.includes("Kit d'adhésion"));
    await waitForFocusIn(heading, 'the kit heading');
    const bulletin = deepQuery(el, 'tr[data-row-id="k1"]')!;
    expect(deepText(bulletin)).to.include("Bulletin d'adhésion");
    const link = bulletin.querySelector<HTMLAnchorElement>('a.download')!;
    expect(link.getAttribute('href')).to.equal('/api/adhesion/espace/documents/k1?acces=grant');
    expect(deepText(link)).to.include("Télécharger Bulletin d'adhésion (PDF, 120 Ko)");
    expect(deepQuery(el, 'tr[data-row-id="k2"]')).to.exist;
    expect(deepText(el)).to.include("Ces liens de téléchargement sont valables jusqu'à 11:15.");
    await expect(el).to.be.accessible();

    clickButton(el, 'Saisir un autre identifiant');
    await waitUntil(() => deepQuery(el, 'pa-text-field[name="identifier"]'), 'no form again');
  });

  it('shows the one neutral message for an unknown identifier, and asks for a new robot check', async () => {
    worker.use(
      http.post('/api/adhesion/espace/acces', () =>
        problemWith(404, UNKNOWN, {
          code: 'unknown-identifier',
          errors: [{ field: 'identifier', detail: UNKNOWN }],
        }),
      ),
    );
    const el = await espace();
    await submit(el, 'NANTES-2026');
    await waitUntil(() => field(el, 'identifier').error, 'identifier not marked');
    expect(field(el, 'identifier').error).to.equal(UNKNOWN);
    const input = field(el, 'identifier').shadowRoot!.querySelector('input')!;
    expect(
      field(el, 'identifier').shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)
        ?.textContent,
    ).to.equal(UNKNOWN);
    await waitForFocusIn(field(el, 'identifier'), 'the identifier');
    expect((await fakeAltchaOf(robot(el))).resets).to.equal(1);
    expect((await fakeAltchaOf(robot(el))).checked).to.equal(false);
    expect(deepText(el)).not.to.include("Kit d'adhésion —");
    await expect(el).to.be.accessible();

    // Without a new tick, no second try reaches the server.
    clickButton(el, 'Valider');
    await waitUntil(() => robot(el).error, 'robot check not asked again');
  });

  it('shows a refused robot check (403 captcha) at the check itself', async () => {
    worker.use(
      http.post('/api/adhesion/espace/acces', () =>
        problemWith(403, ROBOT_REFUSED, {
          code: 'captcha',
          errors: [{ field: 'altcha', detail: ROBOT_REFUSED }],
        }),
      ),
    );
    const el = await espace();
    await submit(el);
    await waitUntil(() => robot(el).error, 'robot check not marked');
    expect(robot(el).error).to.equal(ROBOT_REFUSED);
    expect(field(el, 'identifier').error).to.equal('');
    await waitForFocusIn(robot(el), 'the robot check');
    await expect(el).to.be.accessible();
  });

  it('shows the rate-limit message (429)', async () => {
    const detail = 'Trop de tentatives depuis votre connexion. Réessayez dans 15 minutes.';
    worker.use(
      http.post('/api/adhesion/espace/acces', () => problemWith(429, detail, { code: 'rate-limited' })),
    );
    const el = await espace();
    await submit(el);
    await waitForText(el, detail);
    expect(deepQuery(el, 'pa-alert')?.getAttribute('variant')).to.equal('error');
    await expect(el).to.be.accessible();
  });

  it('marks the fields of a 400', async () => {
    worker.use(
      http.post('/api/adhesion/espace/acces', () =>
        problemWith(400, 'Vérifiez les champs signalés.', {
          errors: [{ field: 'identifier', detail: "L'identifiant ne peut pas dépasser 64 caractères." }],
        }),
      ),
    );
    const el = await espace();
    await submit(el, 'X'.repeat(80));
    await waitUntil(() => field(el, 'identifier').error, 'identifier not marked');
    expect(field(el, 'identifier').error).to.equal("L'identifiant ne peut pas dépasser 64 caractères.");
  });

  it('as a widget, calls the portal at api-base and links the documents there', async () => {
    worker.use(http.post('https://portail.example/api/adhesion/espace/acces', () => HttpResponse.json(KIT)));
    const el = await fixture<HTMLElement>(
      html`<adh-kit-adhesion api-base="https://portail.example"></adh-kit-adhesion>`,
    );
    await waitUntil(() => deepQuery(el, 'pa-robot-check'), 'no robot check');
    await fakeAltchaOf(robot(el));
    expect(robot(el).challengeUrl).to.equal('https://portail.example/api/adhesion/espace/challenge');
    await submit(el);
    await waitForText(el, "Kit d'adhésion — Mairie de Bourges");
    expect(links(el, "Télécharger Bulletin d'adhésion")[0]?.getAttribute('href')).to.equal(
      'https://portail.example/api/adhesion/espace/documents/k1?acces=grant',
    );
    await expect(el).to.be.accessible();
  });
});
