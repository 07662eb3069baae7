import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import {
  deepQuery,
  deepQueryAll,
  deepText,
  findButtons,
  links,
  preventDownloads,
  problem,
  useSectionApi,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import type { MemberNotification, NotificationList } from '../contract/index.js';
import '../web/pages/define-notifications.js';
import { NO_NOTIFICATION } from '../web/pages/notifications.js';

const ENDPOINT = '/api/compte/notifications';

const NOTIFICATIONS: MemberNotification[] = [
  {
    kind: 'adresse_npai',
    title: 'Adresse postale erronée',
    text: "Le dernier courrier vous concernant nous est revenu avec la mention NPAI (n'habite pas à l'adresse indiquée) de La Poste.",
    link: { label: 'Modification de votre adresse postale', href: '/compte/donnees-personnelles#adresse' },
  },
  {
    kind: 'certificat_scolarite',
    title: 'Certificat de scolarité manquant',
    text: 'Afin de mettre à jour les droits de CHRISTOPHE, nous vous remercions de bien vouloir nous transmettre les justificatifs de scolarité.',
    link: {
      label: 'Transmettre un certificat de scolarité',
      href: '/contact/transmettre/certificat-de-scolarite',
    },
  },
  {
    kind: 'reglement_sante_cheque',
    title: 'Règlement de vos prestations santé',
    text: 'Vos prestations santé vous sont réglées par chèque.',
    link: {
      label: 'Modification de votre mode de règlement',
      href: '/compte/donnees-personnelles#coordonnees-bancaires',
    },
  },
  {
    kind: 'noemie',
    title: "Échanges informatiques avec votre caisse d'assurance maladie",
    text: "La liaison informatique (Noémie) avec votre caisse d'assurance maladie n'est pas en place.",
    link: {
      label: "Transmettre votre attestation d'assurance maladie",
      href: '/contact/transmettre/attestation-assurance-maladie',
    },
  },
  {
    kind: 'mode_cotisation',
    title: 'Règlement de vos cotisations',
    text: 'Vous réglez vos cotisations par chèque. Optez pour le prélèvement automatique.',
    link: {
      label: 'Modification du mode de règlement de vos cotisations',
      href: '/compte/donnees-personnelles#mode-cotisation',
    },
  },
];

function serve(answer: () => Response): { calls: number } {
  const counter = { calls: 0 };
  worker.use(
    http.get(ENDPOINT, () => {
      counter.calls += 1;
      return answer();
    }),
  );
  return counter;
}

const list = (items: MemberNotification[]) => () => HttpResponse.json({ items } satisfies NotificationList);

async function page(): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(html`<cpt-notifications-page></cpt-notifications-page>`);
  await waitUntil(() => !deepQuery(el, '.loading'), 'still loading', { timeout: 3000 });
  return el;
}

describe('D5 Notifications', () => {
  useSectionApi();

  it('lists each finding with its title, its text and the link that fixes it', async () => {
    const served = serve(list(NOTIFICATIONS));
    const el = await page();
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Notifications');
    const items = deepQueryAll(el, 'li.notification');
    expect(items).to.have.length(5);
    expect(items.map((item) => item.querySelector('h2')?.textContent?.trim())).to.deep.equal(
      NOTIFICATIONS.map((n) => n.title),
    );
    items.forEach((item, index) => {
      const notification = NOTIFICATIONS[index]!;
      expect(deepText(item)).to.include(notification.text);
      const link = item.querySelector('a')!;
      expect(link.textContent?.trim()).to.equal(notification.link.label);
      expect(link.getAttribute('href')).to.equal(notification.link.href);
    });
    expect(served.calls).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('a click on a link goes to its page through the portal router, anchor included', async () => {
    serve(list(NOTIFICATIONS));
    const el = await page();
    const routeChanges: string[] = [];
    const onRoute = () => routeChanges.push(location.pathname + location.hash);
    window.addEventListener('portail:route-change', onRoute);
    const allowDefault = preventDownloads();
    try {
      const link = links(el, 'Modification de votre mode de règlement')[0]!;
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0 });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
      expect(location.pathname + location.hash).to.equal(
        '/compte/donnees-personnelles#coordonnees-bancaires',
      );
      expect(routeChanges).to.deep.equal(['/compte/donnees-personnelles#coordonnees-bancaires']);

      // To another section, without anchor.
      links(el, 'Transmettre un certificat de scolarité')[0]!.click();
      expect(location.pathname).to.equal('/contact/transmettre/certificat-de-scolarite');
      expect(routeChanges).to.have.length(2);

      // A modified click (new tab) is left to the browser.
      const before = location.href;
      links(el, 'Modification de votre adresse postale')[0]!.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }),
      );
      expect(location.href).to.equal(before);
      expect(routeChanges).to.have.length(2);
    } finally {
      allowDefault();
      window.removeEventListener('portail:route-change', onRoute);
    }
  });

  it('says the file is up to date when there is no finding', async () => {
    serve(list([]));
    const el = await page();
    const empty = deepQuery(el, 'pa-empty-state');
    expect(empty).to.exist;
    expect(deepText(empty!)).to.include(NO_NOTIFICATION);
    expect(deepQueryAll(el, 'li.notification')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says in French when the notifications cannot be loaded, and tries again', async () => {
    const served = serve(() => HttpResponse.json({}, { status: 503 }));
    const el = await page();
    await waitForText(el, 'Le service est momentanément indisponible. Réessayez dans quelques instants.');
    expect(deepQuery(el, 'pa-alert[variant="error"]')).to.exist;
    await expect(el).to.be.accessible();

    worker.resetHandlers();
    serve(list(NOTIFICATIONS.slice(0, 1)));
    const retry = findButtons(el, 'Réessayer')[0]!;
    (retry.shadowRoot?.querySelector('button') ?? retry).click();
    await waitUntil(() => deepQueryAll(el, 'li.notification').length === 1, 'not loaded again');
    expect(served.calls).to.equal(1);
  });

  it('a refusal (feature off, 403) is explained without "Réessayer"', async () => {
    serve(() => problem(403, "Cette fonctionnalité n'est pas disponible pour votre contrat."));
    const el = await page();
    await waitForText(el, "Cette fonctionnalité n'est pas disponible pour votre contrat.");
    expect(findButtons(el, 'Réessayer')).to.have.length(0);
  });
});
