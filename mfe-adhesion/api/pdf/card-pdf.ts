import { msg, str } from '@lit/localize';
import { frenchDate, pdfSafe } from '@portail/kernel';
import { ORGANISATION } from '@portail/kernel/contract';
import { intlLocale } from '@portail/kernel/contract/i18n';
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { relationshipLabel } from '../../contract/index.js';
import type { CardBeneficiary } from '../tables.js';

export interface CardData {
  cardNumber: string;
  memberName: string;
  membershipNumber: string;
  validFrom: string;
  validTo: string;
  /** Set when a newer card replaced this one: it is no longer valid. */
  replacedOn?: string | null;
  beneficiaries: CardBeneficiary[];
}

/** ID-1 card size (85.6 × 54 mm) scaled ×2 for legibility when printed or shown on a phone. */
const CARD = { width: 485, height: 306 };
const NAVY = rgb(0.06, 0.22, 0.42);

function text(
  page: PDFPage,
  value: string,
  x: number,
  y: number,
  font: PDFFont,
  size: number,
  color = rgb(0.1, 0.1, 0.12),
) {
  page.drawText(pdfSafe(value), { x, y, size, font, color });
}

/**
 * B6: the third-party payment card, recto (identity, numbers, validity) and verso (beneficiaries), in
 * the language being written in (the member's: `kernel.members.inLocaleOf`).
 */
export async function cardPdf(data: CardData): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(pdfSafe(msg(str`Carte de tiers payant ${data.cardNumber}`)));
  pdf.setLanguage(intlLocale());
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);

  const recto = pdf.addPage([CARD.width, CARD.height]);
  recto.drawRectangle({ x: 0, y: CARD.height - 60, width: CARD.width, height: 60, color: NAVY });
  text(recto, ORGANISATION.name, 20, CARD.height - 28, bold, 16, rgb(1, 1, 1));
  text(recto, msg('Carte de tiers payant — Recto'), 20, CARD.height - 48, regular, 11, rgb(1, 1, 1));
  const validFrom = frenchDate(data.validFrom);
  const validTo = frenchDate(data.validTo);
  const lines: [string, string][] = [
    [msg('Adhérent'), data.memberName],
    [msg("N° d'adhésion"), data.membershipNumber],
    [msg('N° organisme (AMC)'), ORGANISATION.amcNumber],
    [msg('N° de carte'), data.cardNumber],
    [msg('Validité'), msg(str`du ${validFrom} au ${validTo}`)],
  ];
  lines.forEach(([label, value], i) => {
    const y = CARD.height - 95 - i * 30;
    text(recto, label, 20, y, regular, 11);
    text(recto, value, 170, y, bold, 13);
  });
  text(
    recto,
    data.replacedOn
      ? msg(str`Remplacée le ${frenchDate(data.replacedOn)} par une nouvelle carte : ne la présentez plus.`)
      : msg('Présentez cette carte avec votre carte Vitale.'),
    20,
    20,
    data.replacedOn ? bold : regular,
    10,
    data.replacedOn ? rgb(0.6, 0.1, 0.1) : rgb(0.3, 0.3, 0.3),
  );

  const verso = pdf.addPage([CARD.width, CARD.height]);
  text(verso, msg('Carte de tiers payant — Verso'), 20, CARD.height - 30, bold, 13, NAVY);
  text(verso, msg('Bénéficiaires'), 20, CARD.height - 58, bold, 11);
  data.beneficiaries.forEach((b, i) => {
    const y = CARD.height - 80 - i * 20;
    text(verso, `${b.firstName} ${b.lastName}`, 20, y, regular, 11);
    const born = frenchDate(b.birthDate);
    text(verso, msg(str`né(e) le ${born}`), 200, y, regular, 11);
    text(verso, relationshipLabel(b.relationship), 340, y, regular, 11);
  });
  text(
    verso,
    msg(
      str`Professionnels de santé : tiers payant sur la part complémentaire, organisme n° ${ORGANISATION.amcNumber}.`,
    ),
    20,
    40,
    regular,
    8.5,
  );
  text(
    verso,
    `${ORGANISATION.name}, ${ORGANISATION.address} — ${ORGANISATION.phone}`,
    20,
    22,
    regular,
    8.5,
    rgb(0.3, 0.3, 0.3),
  );
  return pdf.save();
}
