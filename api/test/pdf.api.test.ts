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
});
