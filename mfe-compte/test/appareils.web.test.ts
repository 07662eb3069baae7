// SPEC P8 « Appareils de confiance »: the member's remembered devices, each revocable.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TrustedDeviceList } from '@portail/kernel/contract/second-factor';
import { HttpResponse, http } from 'msw';
import {
  clickButton,
  deepQuery,
  deepText,
  findButtons,
  problem,
  useSectionApi,
  waitForText,
  worker,
} from '../../shared-design/test/section-helpers.js';
import { NO_DEVICE } from '../web/pages/appareils.js';
import '../web/pages/define-appareils.js';

const ENDPOINT = '/api/auth/appareils';

const LIST: TrustedDeviceList = {
  devices: [
    {
      id: '0b5f3c1e-8d1a-4c1e-9f0a-3d2b1c4e5f60',
      label: 'Firefox sur Windows',
      addedAt: '2026-11-30T09:15:00.000Z',
      lastUsedAt: '2026-12-05T17:40:00.000Z',
      expiresAt: '2027-02-28T09:15:00.000Z',
      current: true,
    },
    {
      id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      label: 'Safari sur iPhone',
      addedAt: '2026-10-02T08:00:00.000Z',
      lastUsedAt: '2026-10-20T12:00:00.000Z',
      expiresAt: '2026-12-31T08:00:00.000Z',
      current: false,
    },
  ],
};

async function loadPage() {
  const el = await fixture(html`<cpt-appareils-page></cpt-appareils-page>`);
  await waitUntil(() => !deepQuery(el, '.loading'), 'still loading', { timeout: 3000 });
  return el;
}

function dialogOf(root: Element): HTMLDialogElement | undefined {
  return deepQuery<HTMLDialogElement>(root, 'dialog');
}

describe('cpt-appareils-page — P8 remembered devices', () => {
  useSectionApi();

  it('lists each device with its browser and system, when added, its last use, this one marked', async () => {
    worker.use(http.get(ENDPOINT, () => HttpResponse.json(LIST)));
    const el = await loadPage();
    const text = deepText(el);
    expect(deepQuery(el, 'h1')?.textContent).to.equal('Appareils de confiance');
    expect(text).to.include('Firefox sur Windows (cet appareil)');
    expect(text).to.include('Safari sur iPhone');
    expect(text).to.match(/Ajouté le 30\/11\/2026/);
    expect(text).to.match(/dernière utilisation le 05\/12\/2026/);
    expect(text).to.include('Un changement de mot de passe les retire tous.');
    expect(el.shadowRoot!.querySelectorAll('.device pa-button')).to.have.length(2);
    expect(findButtons(el, 'Retirer').length).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });

  it('says how to add one when there is none', async () => {
    worker.use(http.get(ENDPOINT, () => HttpResponse.json({ devices: [] })));
    const el = await loadPage();
    await waitForText(el, NO_DEVICE);
  });

  it('« Retirer » after a confirmation, then lists what remains; « Annuler » removes nothing', async () => {
    const deleted: string[] = [];
    let list = LIST;
    worker.use(
      http.get(ENDPOINT, () => HttpResponse.json(list)),
      http.delete(`${ENDPOINT}/:id`, ({ params }) => {
        deleted.push(String(params.id));
        list = { devices: LIST.devices.slice(1) };
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const el = await loadPage();
    clickButton(el, 'Retirer');
    await waitUntil(() => dialogOf(el)?.open, 'no confirmation asked');
    expect(deepText(dialogOf(el)!)).to.include(
      'Retirer « Firefox sur Windows » de vos appareils de confiance ?',
    );
    clickButton(dialogOf(el)!, 'Annuler');
    await waitUntil(() => !dialogOf(el)?.open, 'dialog still open');
    expect(deleted).to.deep.equal([]);

    clickButton(el, 'Retirer');
    await waitUntil(() => dialogOf(el)?.open, 'no confirmation asked');
    clickButton(dialogOf(el)!, 'Retirer');
    await waitForText(el, "L'appareil « Firefox sur Windows » est retiré");
    expect(deleted).to.deep.equal([LIST.devices[0]?.id]);
    await waitForText(el, 'Safari sur iPhone');
    expect(deepText(el)).not.to.include('Firefox sur Windows (cet appareil)');
  });

  it('says why when the portal refuses, and keeps the list', async () => {
    worker.use(
      http.get(ENDPOINT, () => HttpResponse.json(LIST)),
      http.delete(`${ENDPOINT}/:id`, () =>
        problem(404, 'Cet appareil ne figure pas parmi vos appareils de confiance.'),
      ),
    );
    const el = await loadPage();
    clickButton(el, 'Retirer');
    await waitUntil(() => dialogOf(el)?.open, 'no confirmation asked');
    clickButton(dialogOf(el)!, 'Retirer');
    await waitForText(el, 'Cet appareil ne figure pas parmi vos appareils de confiance.');
    expect(deepText(el)).to.include('Safari sur iPhone');
  });
});
