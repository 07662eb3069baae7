// SPEC P4 « Attestation fiscale »: Claire Martin (prévoyance, demo payments every year up to last
// year) downloads last year's attestation from Historique des indemnisations; each line and the
// total are her payments' net taxable amounts to the cent. Sophie Petit, prévoyance without a
// payment, has none and cannot read Claire's.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { taxableAmounts } from '../mfe-indemnisations/contract/index.js';
import { formatDate, todayIso } from './dates.js';
import { download, formatOf, pdfLayoutText, pdfText } from './files.js';
import { expectAccessible, type RunningPortal, startPortal } from './harness.js';
import { PAYMENTS_LINK } from './indemnisations.js';
import { memberPage } from './members.js';
import { openFromMenu } from './pages.js';

let running: RunningPortal;

before(async () => {
  running = await startPortal();
});
after(() => running.close());

const lastYear = Number(todayIso().slice(0, 4)) - 1;

/** "1 234,56 €" (any spaces; an en dash or a minus sign for a negative amount) → 123456. */
const cents = (text: string) => (/^[−–-]/.test(text.trim()) ? -1 : 1) * Number(text.replace(/[^\d]/g, ''));

const AMOUNT = '([\\d\\s\\u00a0]+,\\d{2}\\s€)';

/** The member's payments of `year`, oldest first, as the database holds them. */
async function paymentsOf(identifier: string, year: number) {
  const memberId = await running.kernel.members.idByIdentifier(identifier);
  const { rows } = await sql<{
    paid_on: string;
    period_start: string;
    period_end: string;
    days: number;
    gross_cents: number;
    deductions: { label: string; amountCents: number }[];
  }>`SELECT to_char(paid_on, 'YYYY-MM-DD') AS paid_on, to_char(period_start, 'YYYY-MM-DD') AS period_start,
       to_char(period_end, 'YYYY-MM-DD') AS period_end, full_pay_days + half_pay_days AS days,
       gross_cents, deductions
     FROM indemnisations.indemnity_payments
     WHERE member_id = ${memberId} AND paid_on >= ${`${year}-01-01`} AND paid_on <= ${`${year}-12-31`}
     ORDER BY paid_on, period_start, id`.execute(running.kernel.db);
  return rows;
}

test('P4 Attestation fiscale: last year’s PDF from Historique des indemnisations, each line and the total to the cent', async (t) => {
  const payments = await paymentsOf('A100001', lastYear);
  assert.ok(payments.length > 0, `the demo file has payments in ${lastYear}`);
  const expected = payments.map((p) =>
    taxableAmounts({ grossCents: p.gross_cents, deductions: p.deductions }),
  );
  const total = expected.reduce((sum, p) => sum + p.taxableNetCents, 0);

  const { page } = await memberPage(t, running, { identifier: 'A100001' });
  await openFromMenu(page, PAYMENTS_LINK, 'Historique des indemnisations');
  const block = page.getByRole('region', { name: 'Attestations fiscales' });
  await block.getByRole('heading', { level: 2, name: 'Attestations fiscales' }).waitFor();
  const row = block.getByRole('row', { name: new RegExp(`^${lastYear}\\b`) });
  await row.waitFor();
  const cells = (await row.getByRole('cell').allTextContents()).map((c) =>
    c.replace(/[\s\u00a0\u202f]+/g, ' ').trim(),
  );
  assert.equal(cells[0], `${payments.length} ${payments.length > 1 ? 'règlements' : 'règlement'}`);
  assert.equal(cents(cells[1] ?? ''), total, 'the net taxable total shown');
  assert.equal(
    await block.getByRole('row', { name: new RegExp(`^${lastYear + 1}\\b`) }).count(),
    0,
    'not this year',
  );
  await expectAccessible(page, 'Historique des indemnisations, attestations fiscales');

  const link = block.getByRole('link', { name: `Télécharger l'attestation fiscale ${lastYear} (PDF)` });
  const { download: file, path, bytes } = await download(page, link);
  assert.equal(file.suggestedFilename(), `attestation-fiscale-${lastYear}.pdf`);
  assert.equal(formatOf(bytes), 'pdf');
  const text = pdfText(path);
  for (const words of [
    `Attestation fiscale ${lastYear}`,
    'Mutuelle Territoriale du Centre',
    "Numéro d'adhérent : A100001",
    'souscrit par Mairie de Bourges',
    `Montant à reporter sur votre déclaration de revenus ${lastYear + 1} (revenus de ${lastYear}), rubrique « Traitements, salaires », case 1AJ`,
    `Document établi le ${formatDate(todayIso())}.`,
  ]) {
    assert.ok(text.includes(words), `the PDF says « ${words} »:\n${text}`);
  }
  const layout = pdfLayoutText(path);
  const lines = [
    ...layout.matchAll(
      new RegExp(
        `^\\s*(\\d{2}/\\d{2}/\\d{4})\\s+du (\\d{2}/\\d{2}/\\d{4}) au (\\d{2}/\\d{2}/\\d{4})\\s+(\\d+)\\s+${AMOUNT}\\s+${AMOUNT}\\s+${AMOUNT}\\s+${AMOUNT}\\s*$`,
        'gmu',
      ),
    ),
  ];
  assert.equal(lines.length, payments.length, layout);
  lines.forEach((line, i) => {
    const payment = payments[i]!;
    assert.deepEqual(
      [line[1], line[2], line[3], Number(line[4]), cents(line[5]!), cents(line[7]!), cents(line[8]!)],
      [
        formatDate(payment.paid_on),
        formatDate(payment.period_start),
        formatDate(payment.period_end),
        payment.days,
        payment.gross_cents,
        expected[i]!.deductibleCsgCents,
        expected[i]!.taxableNetCents,
      ],
    );
  });
  const totalLine = new RegExp(`^\\s*Total ${lastYear}\\s+.*?${AMOUNT}\\s*$`, 'mu').exec(layout);
  assert.ok(totalLine, layout);
  assert.equal(cents(totalLine[1]!), total, 'the PDF’s total');
  assert.ok(text.includes(`Montant net imposable ${lastYear} :`), text);
});

test('P4 another member: no attestation of her own, none of Claire’s', async (t) => {
  const { page, context } = await memberPage(t, running, { identifier: 'A300003' });
  await openFromMenu(page, PAYMENTS_LINK, 'Historique des indemnisations');
  const block = page.getByRole('region', { name: 'Attestations fiscales' });
  await block
    .getByText('Aucune attestation fiscale : aucune indemnité ne vous a été versée les années passées', {
      exact: true,
    })
    .waitFor();
  await expectAccessible(page, 'Historique des indemnisations, sans attestation fiscale');
  const claires = await context.request.get(
    `${running.url}/api/indemnisations/attestations-fiscales/${lastYear}`,
  );
  assert.equal(claires.status(), 404);
  assert.match(claires.headers()['content-type'] ?? '', /^application\/problem\+json/);
  const thisYear = await context.request.get(
    `${running.url}/api/indemnisations/attestations-fiscales/${lastYear + 1}`,
  );
  assert.equal(thisYear.status(), 404);
  assert.match(
    ((await thisYear.json()) as { detail: string }).detail,
    /sera disponible à partir du 1er janvier/,
  );
});
