import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';

export interface PdfSection {
  heading?: string;
  paragraphs: string[];
}

export interface TextPdf {
  title: string;
  subtitle?: string;
  sections: PdfSection[];
  footer?: string;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;

/** The characters of WinAnsi (CP1252) beyond Latin-1, which Helvetica can draw. */
const CP1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function winAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRAS.has(char);
}

/**
 * Helvetica is WinAnsi: the narrow no-break space `Intl` puts in French numbers becomes a no-break
 * space, the minus sign of negative amounts an en dash, accented letters outside the set lose their accent, and anything else the font cannot draw
 * (emoji, Cyrillic…) becomes « ? » rather than failing the whole document.
 */
export function pdfSafe(text: string): string {
  let safe = '';
  for (const char of text
    .replace(/\u202f/g, '\u00a0')
    .replace(/[\u2010-\u2011]/g, '-')
    .replace(/\u2212/g, '–')) {
    if (winAnsi(char)) safe += char;
    else if (char === '\n' || char === '\t') safe += ' ';
    else {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      safe += base && [...base].every(winAnsi) ? base : '?';
    }
  }
  return safe;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) > width && line) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A plain, accessible-text A4 document (real text, so `pdftotext` and screen readers read it). */
export async function renderTextPdf(doc: TextPdf): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(pdfSafe(doc.title));
  pdf.setLanguage('fr-FR');
  pdf.setProducer('Portail Adhérent');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const width = A4.width - 2 * MARGIN;
  const write = (text: string, font: PDFFont, size: number, gapAfter = 4) => {
    for (const line of wrap(pdfSafe(text), font, size, width)) {
      if (y < MARGIN + size) {
        page = pdf.addPage([A4.width, A4.height]);
        y = A4.height - MARGIN;
      }
      page.drawText(line, { x: MARGIN, y: y - size, size, font, color: rgb(0.1, 0.1, 0.12) });
      y -= size * 1.35;
    }
    y -= gapAfter;
  };
  write(doc.title, bold, 18, 6);
  if (doc.subtitle) write(doc.subtitle, regular, 11, 14);
  for (const section of doc.sections) {
    if (section.heading) write(section.heading, bold, 12, 4);
    for (const paragraph of section.paragraphs) write(paragraph, regular, 10.5, 6);
    y -= 6;
  }
  if (doc.footer) {
    for (const p of pdf.getPages()) {
      p.drawText(pdfSafe(doc.footer), {
        x: MARGIN,
        y: MARGIN / 2,
        size: 8,
        font: regular,
        color: rgb(0.3, 0.3, 0.3),
      });
    }
  }
  return pdf.save();
}
