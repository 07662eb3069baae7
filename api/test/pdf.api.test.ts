import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { pdfSafe, renderTextPdf } from '@portail/kernel';

describe('Generated PDFs', () => {
  test('text the standard font cannot draw (emoji, Cyrillic) is replaced, never a failure', async () => {
    assert.equal(pdfSafe('Merci 🙏 — Документ'), 'Merci ? — ????????');
    assert.equal(
      pdfSafe('1\u202f234,56\u00a0€ œuvre « Noël » Erdős'),
      '1\u00a0234,56\u00a0€ œuvre « Noël » Erdos',
    );
    // A negative amount's minus sign (U+2212, not in the font): an en dash, never « ? ».
    assert.equal(pdfSafe('CSG : \u221243,24\u00a0€'), 'CSG : –43,24\u00a0€');
    const pdf = await renderTextPdf({
      title: 'Bordereau 😢',
      sections: [{ heading: 'Message', paragraphs: ['Chute 😢 à vélo'] }],
    });
    const text = execFileSync('pdftotext', ['-', '-'], { input: Buffer.from(pdf) }).toString('utf8');
    assert.match(text, /Chute \? à vélo/);
  });

  test('a table: its header on every page it runs onto, amounts aligned to the right, a total row', async () => {
    // Amounts from 1 000,00 € to 8 100 000,00 €: of very different widths.
    const rows = Array.from({ length: 90 }, (_, i) => [
      `Ligne ${i + 1}`,
      `${((i + 1) ** 2 * 1000).toLocaleString('fr-FR')},00\u00a0€`,
    ]);
    const pdf = await renderTextPdf({
      title: 'Relevé',
      sections: [
        {
          heading: 'Règlements',
          paragraphs: [],
          table: {
            columns: [
              { label: 'Libellé', width: 3 },
              { label: 'Montant', width: 1, align: 'end' },
            ],
            rows,
            total: ['Total', '247\u202f065\u202f000,00\u00a0€'],
          },
        },
      ],
    });
    const pages = execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(pdf) })
      .toString('utf8')
      .split('\f')
      .filter((page) => page.trim());
    assert.ok(pages.length >= 2, 'the table runs onto a second page');
    for (const page of pages) assert.match(page, /Libellé\s+Montant/, 'the header on each page');
    const all = pages.join('\n');
    for (const [label] of rows)
      assert.match(all, new RegExp(`^\\s*${label}\\s+[\\d\\s\u00a0]+,00\\s€\\s*$`, 'm'));
    // Right-aligned: on each page, the amounts' last characters line up (pdftotext places them
    // within a character).
    for (const page of pages) {
      const ends = page
        .split('\n')
        .filter((line) => /,00\s€\s*$/.test(line))
        .map((line) => line.trimEnd().length);
      assert.ok(
        Math.max(...ends) - Math.min(...ends) <= 1,
        `amounts end in one column: ${[...new Set(ends)]}`,
      );
    }
    assert.match(all, /Total\s+247\s065\s000,00\s€/);
  });
});
