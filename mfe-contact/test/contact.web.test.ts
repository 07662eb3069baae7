import { expect, waitUntil } from '@open-wc/testing';
import { ORGANISATION } from '@portail/kernel/contract';
import { HttpResponse, http } from 'msw';
import {
  deepQuery,
  deepQueryAll,
  deepText,
  links,
  mountAndUnmount,
  openSection,
  useSectionApi,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { CONTACT_PAGES, type Faq } from '../contract/index.js';
import { bootstrap, mount, unmount } from '../web/index.js';

const FAQ: Faq = {
  items: [
    {
      id: 'f1',
      question: 'Comment obtenir ma carte de tiers payant ?',
      answer: 'Dans « Carte de tiers payant », téléchargez-la ou demandez-en une nouvelle.',
    },
    {
      id: 'f2',
      question: 'Quand suis-je remboursé ?',
      answer: 'Sous 48 heures après réception du décompte <b>Sécurité sociale</b>.\nVoir « Mes règlements ».',
    },
  ],
};

/** Calls the page makes to the API while the test runs. */
function recordFetches(): { urls: string[]; restore: () => void } {
  const realFetch = window.fetch;
  const urls: string[] = [];
  window.fetch = (input, init) => {
    urls.push(new URL(String(input instanceof Request ? input.url : input), location.href).pathname);
    return realFetch(input, init);
  };
  return { urls, restore: () => (window.fetch = realFetch) };
}

describe('ctc-section — Contact (SPEC E)', () => {
  useSectionApi();

  it('shows each page of the contract under its title', async () => {
    worker.use(
      http.get('/api/contact/suivi', () => HttpResponse.json({ items: [] })),
      http.get('/api/contact/faq', () => HttpResponse.json(FAQ)),
    );
    for (const page of CONTACT_PAGES) {
      const el = await openSection('ctc-section', page.path);
      expect(deepQuery(el, 'h1')?.textContent, page.path).to.equal(page.label);
      // Each load ends within the test, while its mock still answers.
      await waitUntil(() => !deepQuery(el, '.loading'), `${page.path} still loading`, { timeout: 3000 });
    }
  });

  it('/contact/transmettre (E3) lists the natures without calling the API; a nature has its own page', async () => {
    const fetches = recordFetches();
    try {
      const el = await openSection('ctc-section', '/contact/transmettre');
      expect(deepQuery(el, 'h1')?.textContent).to.equal('Nous transmettre');
      expect(deepQueryAll(el, 'section li a')).to.have.length(22);
      const deep = await openSection('ctc-section', '/contact/transmettre/certificat-de-scolarite');
      expect(deepQuery(deep, 'h1')?.textContent).to.equal('Nous envoyer un certificat de scolarité');
      await expect(el).to.be.accessible();
      expect(fetches.urls).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('an unknown page says "Page introuvable"', async () => {
    const el = await openSection('ctc-section', '/contact/xyz');
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Page introuvable');
  });

  it('single-spa lifecycles mount ctc-section into the given element and remove it', async () => {
    await mountAndUnmount('ctc-section', '/contact/nous-contacter', { bootstrap, mount, unmount });
  });
});

describe('E5 Questions fréquentes', () => {
  useSectionApi();

  it('shows each question as a disclosure widget, closed, whose answer is plain text', async () => {
    worker.use(http.get('/api/contact/faq', () => HttpResponse.json(FAQ)));
    const el = await openSection('ctc-section', '/contact/questions-frequentes');
    await waitUntil(() => deepQuery(el, 'details'), 'FAQ never loaded', { timeout: 3000 });
    const details = deepQueryAll<HTMLDetailsElement>(el, 'details');
    expect(details.map((d) => d.querySelector('summary')?.textContent?.trim())).to.deep.equal([
      'Comment obtenir ma carte de tiers payant ?',
      'Quand suis-je remboursé ?',
    ]);
    expect(details.map((d) => d.open)).to.deep.equal([false, false]);
    await expect(el).to.be.accessible();

    const second = details[1]!;
    second.querySelector('summary')!.click();
    await waitUntil(() => second.open, 'answer not opened');
    const answer = second.querySelector('.answer')!;
    expect(answer.textContent).to.equal(FAQ.items[1]!.answer);
    expect(answer.children).to.have.length(0);
    expect(links(el, 'Posez-nous votre question')[0]?.getAttribute('href')).to.equal('/contact/question');
    await expect(el).to.be.accessible();
  });

  it('says so when there is no question yet', async () => {
    worker.use(http.get('/api/contact/faq', () => HttpResponse.json({ items: [] })));
    const el = await openSection('ctc-section', '/contact/questions-frequentes');
    await waitForText(el, 'Aucune question fréquente pour le moment');
    await expect(el).to.be.accessible();
  });

  it('says in French when the questions cannot be loaded', async () => {
    worker.use(http.get('/api/contact/faq', () => HttpResponse.json({}, { status: 503 })));
    const el = await openSection('ctc-section', '/contact/questions-frequentes');
    await waitForText(el, 'Le service est momentanément indisponible. Réessayez dans quelques instants.');
    expect(deepQueryAll(el, 'pa-button').map((b) => b.textContent?.trim())).to.include('Réessayer');
  });
});

describe('E5 Nous contacter', () => {
  useSectionApi();

  it('gives the phone, hours, address, the message form and the supported browsers, without calling the API', async () => {
    const fetches = recordFetches();
    try {
      const el = await openSection('ctc-section', '/contact/nous-contacter');
      const text = deepText(el);
      expect(links(el, ORGANISATION.phone)[0]?.getAttribute('href')).to.equal('tel:0248000000');
      expect(text).to.include('du lundi au vendredi de 9 h à 17 h');
      const address = deepQuery(el, 'address')!;
      expect(deepText(address)).to.include(ORGANISATION.name).and.include(ORGANISATION.address);
      expect(links(el, 'Envoyer un message')[0]?.getAttribute('href')).to.equal('/contact/message');
      expect(links(el, 'navigateurs compatibles')[0]?.getAttribute('href')).to.equal('/navigateurs');
      expect(deepQueryAll(el, 'h2').map((h) => h.textContent?.trim())).to.deep.equal([
        'Par téléphone',
        'Par message',
        'Par courrier',
        'Navigateurs compatibles',
      ]);
      await expect(el).to.be.accessible();
      expect(fetches.urls.filter((url) => url.startsWith('/api/'))).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });
});
