import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';

export interface PdfSection {
  heading?: string;
  paragraphs: string[];
  /** A table after the paragraphs (payments of a statement, lines of an attestation…). */
  table?: PdfTable;
}

export interface PdfTableColumn {
  label: string;
  /** Its share of the page's width, relative to the other columns' (e.g. 1, 2, 1.5). */
  width: number;
  /** `end` for amounts and counts. */
  align?: 'start' | 'end';
}

/**
 * A table of text: a bold header (repeated on each page the table runs onto), one row per entry, and
 * an optional bold total row under a rule. Cells wrap within their column.
 */
export interface PdfTable {
  columns: PdfTableColumn[];
  rows: string[][];
  total?: string[];
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
const CP1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'); // i18n-ignore

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
  pdf.setProducer('Portail Adhérent'); // i18n-ignore
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const width = A4.width - 2 * MARGIN;
  const ink = rgb(0.1, 0.1, 0.12);
  const newPage = () => {
    page = pdf.addPage([A4.width, A4.height]);
    y = A4.height - MARGIN;
  };
  const write = (text: string, font: PDFFont, size: number, gapAfter = 4) => {
    for (const line of wrap(pdfSafe(text), font, size, width)) {
      if (y < MARGIN + size) newPage();
      page.drawText(line, { x: MARGIN, y: y - size, size, font, color: ink });
      y -= size * 1.35;
    }
    y -= gapAfter;
  };
  const table = (spec: PdfTable) => {
    const size = 8.5;
    const lineHeight = size * 1.3;
    const padding = 3;
    const weights = spec.columns.reduce((sum, column) => sum + column.width, 0);
    const widths = spec.columns.map((column) => (column.width / weights) * width);
    const rowOf = (cells: string[], font: PDFFont) => {
      const lines = spec.columns.map((_, i) =>
        wrap(pdfSafe(cells[i] ?? ''), font, size, (widths[i] ?? 0) - 2 * padding),
      );
      return { lines, height: Math.max(1, ...lines.map((l) => l.length)) * lineHeight + 2 * padding };
    };
    const draw = (row: ReturnType<typeof rowOf>, font: PDFFont) => {
      let x = MARGIN;
      row.lines.forEach((lines, i) => {
        const columnWidth = widths[i] ?? 0;
        lines.forEach((line, n) => {
          const lineWidth = font.widthOfTextAtSize(line, size);
          const left = spec.columns[i]?.align === 'end' ? x + columnWidth - padding - lineWidth : x + padding;
          page.drawText(line, { x: left, y: y - padding - size - n * lineHeight, size, font, color: ink });
        });
        x += columnWidth;
      });
      y -= row.height;
    };
    const rule = (thickness: number) =>
      page.drawLine({
        start: { x: MARGIN, y },
        end: { x: MARGIN + width, y },
        thickness,
        color: rgb(0.35, 0.35, 0.4),
      });
    const header = rowOf(
      spec.columns.map((column) => column.label),
      bold,
    );
    const drawHeader = () => {
      draw(header, bold);
      rule(0.8);
    };
    if (y - header.height - lineHeight < MARGIN + 12) newPage();
    drawHeader();
    for (const cells of spec.rows) {
      const row = rowOf(cells, regular);
      if (y - row.height < MARGIN + 12) {
        newPage();
        drawHeader();
      }
      draw(row, regular);
    }
    if (spec.total) {
      const total = rowOf(spec.total, bold);
      if (y - total.height < MARGIN + 12) newPage();
      rule(0.8);
      draw(total, bold);
    }
    y -= 8;
  };
  write(doc.title, bold, 18, 6);
  if (doc.subtitle) write(doc.subtitle, regular, 11, 14);
  for (const section of doc.sections) {
    if (section.heading) write(section.heading, bold, 12, 4);
    for (const paragraph of section.paragraphs) write(paragraph, regular, 10.5, 6);
    if (section.table) table(section.table);
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
