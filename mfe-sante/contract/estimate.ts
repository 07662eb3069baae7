/**
 * SPEC P5 — « Estimer un remboursement »: the guarantee table of a santé contract (data per contract
 * and version, `sante.guarantee_tables`) and THE computation of an estimate from a price or the lines
 * of a quote: the Sécurité sociale part, the organisme's part, the reste à charge, the rule applied in
 * French, and what is used of the yearly forfaits and ceilings. The member's page, the API (the quote
 * sent) and the back office's answer form all run this module. Amounts are integer cents. Pure:
 * browser-safe.
 */
import { msg, str } from '@lit/localize';
import { formatEuros } from '@portail/kernel/contract/format';
import { currentLocale } from '@portail/kernel/contract/i18n';

/** The kinds of care a guarantee table covers (the choice of the estimate form). */
export const CARE_KINDS = [
  'gp-consultation',
  'specialist-consultation',
  'pharmacy-65',
  'pharmacy-30',
  'optical-frame',
  'optical-lenses',
  'dental-care',
  'dental-crown',
  'hospital-daily-fee',
  'hospital-private-room',
] as const;
export type CareKind = (typeof CARE_KINDS)[number];

export function isCareKind(value: unknown): value is CareKind {
  return typeof value === 'string' && (CARE_KINDS as readonly string[]).includes(value);
}

/** What the organisme pays for a care, beyond the Sécurité sociale. */
export type OrganisationRule =
  /** Sécurité sociale and organisme together up to `percent` % of the base de remboursement (BR). */
  | { kind: 'percent-of-base'; percent: number }
  /** The costs left after the Sécurité sociale, within the yearly forfait(s) of its `pools`. */
  | { kind: 'real-cost' }
  /** A fixed amount per day (hospital), within the costs. */
  | { kind: 'per-day'; cents: number };

/** One care of a guarantee table. */
export interface Guarantee {
  care: CareKind;
  /** « Consultation médecin généraliste ». */
  label: string;
  /** Its heading in the care choice: « Soins courants », « Optique »… */
  group: string;
  socialSecurity: {
    /** The base de remboursement of one act, or null when it is the price itself (médicaments). */
    baseCents: number | null;
    /** The share of the base the Sécurité sociale pays. */
    ratePercent: number;
    /** The participation forfaitaire it keeps (2 € on a consultation), never paid by the organisme. */
    deductionCents: number;
  };
  organisation: OrganisationRule;
  /** The yearly forfaits or ceilings (per beneficiary and calendar year) its organisme part counts against. */
  pools: string[];
}

/** A forfait or ceiling per beneficiary and calendar year, shared by the cares naming it. */
export interface GuaranteePool {
  id: string;
  /** « forfait optique », « dont monture », « plafond prothèses dentaires ». */
  label: string;
  yearlyCents: number;
}

/** A contract's guarantee table, as published (JSON per contract and version). */
export interface GuaranteeTableDefinition {
  /** « Formule Confort ». */
  title: string;
  guarantees: Guarantee[];
  pools: GuaranteePool[];
  /** Rules shown with every estimate (the 100 % Santé baskets…). */
  notes: string[];
}

/** One line of a quote (or a single price): a care, its price, the days of a stay for a per-day care. */
export interface QuoteLine {
  care: CareKind;
  priceCents: number;
  /** Only for a per-day care (hospital): the days of the stay, 1 at least. */
  days?: number;
}

export interface EstimatedLine {
  care: CareKind;
  label: string;
  priceCents: number;
  days: number | null;
  /** The base de remboursement taken for this line. */
  baseCents: number;
  socialSecurityCents: number;
  organisationCents: number;
  remainingCents: number;
  /** The rule applied, in French sentences the member reads. */
  rule: string[];
}

export interface PoolUse {
  id: string;
  label: string;
  yearlyCents: number;
  /** Already paid this year, from the beneficiary's reimbursements (G1). */
  usedBeforeCents: number;
  /** Taken by this estimate. */
  usedByEstimateCents: number;
  /** Left after this estimate, 0 at least. */
  leftAfterCents: number;
}

export interface Estimate {
  year: number;
  lines: EstimatedLine[];
  totals: {
    priceCents: number;
    socialSecurityCents: number;
    organisationCents: number;
    remainingCents: number;
  };
  /** The forfaits and ceilings the lines count against, in the table's order. */
  pools: PoolUse[];
  notes: string[];
}

/** Cents paid by the organisme this year for each care (the G1 acts of one beneficiary). */
export type CareUsage = Partial<Record<CareKind, number>>;

/** The most lines a quote may have. */
export const QUOTE_MAX_LINES = 10;
/** The highest price of a line: 100 000 €. */
export const QUOTE_MAX_PRICE_CENTS = 10_000_000;
/** The longest stay of a per-day care. */
export const QUOTE_MAX_DAYS = 365;

/** The messages of the estimate form and of a quote sent, in the language being written in (getters). */
export const ESTIMATE_MESSAGES = {
  get care() {
    return msg('Choisissez le soin.');
  },
  get careUnknown() {
    return msg("Ce soin n'est pas couvert par votre tableau de garanties.");
  },
  get price() {
    return msg('Saisissez le prix, en euros (par exemple 120,50).');
  },
  get priceInvalid() {
    return msg('Prix invalide : saisissez un montant en euros, par exemple 120,50.');
  },
  get priceNegative() {
    return msg('Le prix doit être positif.');
  },
  get priceTooHigh() {
    return msg('Le prix ne peut pas dépasser 100 000 €.');
  },
  get days() {
    return msg('Saisissez le nombre de jours (de 1 à 365).');
  },
  get lines() {
    return msg('Ajoutez au moins un soin.');
  },
  get tooManyLines() {
    return msg(str`Un devis compte ${QUOTE_MAX_LINES} lignes au plus.`);
  },
  get beneficiary() {
    return msg('Choisissez le bénéficiaire.');
  },
};

/** The guarantee of a care in a table, if the table covers it. */
export function guaranteeOf(table: GuaranteeTableDefinition, care: CareKind): Guarantee | undefined {
  return table.guarantees.find((g) => g.care === care);
}

/** Whether a care is paid per day (its lines need a number of days). */
export function isPerDay(table: GuaranteeTableDefinition, care: CareKind): boolean {
  return guaranteeOf(table, care)?.organisation.kind === 'per-day';
}

/** What each pool has already paid this year, from the organisme's part paid per care. */
export function poolUsage(table: GuaranteeTableDefinition, usage: CareUsage): Record<string, number> {
  const used: Record<string, number> = {};
  for (const pool of table.pools) used[pool.id] = 0;
  for (const guarantee of table.guarantees) {
    const paid = Math.max(0, usage[guarantee.care] ?? 0);
    for (const pool of guarantee.pools) used[pool] = (used[pool] ?? 0) + paid;
  }
  return used;
}

/** "65 %" in French, "65%" in English. */
const percentText = (n: number) => (currentLocale() === 'en' ? `${n}%` : `${String(n).replace('.', ',')} %`);

/**
 * THE estimate: for each line in order, the Sécurité sociale part (rate × base, less its
 * participation forfaitaire), then the organisme's part by the care's rule, never more than the price
 * left nor than what is left of each yearly forfait or ceiling of the care after what the beneficiary
 * used this year (`usage`, from G1) and the lines before; the reste à charge is the rest. The three
 * parts add up to the price, none is negative, no forfait is exceeded.
 */
export function estimate(
  table: GuaranteeTableDefinition,
  lines: readonly QuoteLine[],
  usage: CareUsage,
  year: number,
): Estimate {
  const usedBefore = poolUsage(table, usage);
  const takenHere: Record<string, number> = {};
  const pools = new Map(table.pools.map((p) => [p.id, p]));
  const left = (id: string) => {
    const pool = pools.get(id);
    if (!pool) return 0;
    return Math.max(0, pool.yearlyCents - (usedBefore[id] ?? 0) - (takenHere[id] ?? 0));
  };
  const touched = new Set<string>();

  const estimated = lines.map((line): EstimatedLine => {
    const price = Math.max(0, Math.round(line.priceCents));
    const guarantee = guaranteeOf(table, line.care);
    if (!guarantee) {
      return {
        care: line.care,
        label: line.care,
        priceCents: price,
        days: null,
        baseCents: 0,
        socialSecurityCents: 0,
        organisationCents: 0,
        remainingCents: price,
        rule: [ESTIMATE_MESSAGES.careUnknown],
      };
    }
    const { socialSecurity: ss, organisation: rule } = guarantee;
    const days = rule.kind === 'per-day' ? Math.max(1, Math.round(line.days ?? 1)) : null;
    const base = Math.min(price, ss.baseCents === null ? price : ss.baseCents * (days ?? 1));
    const ssGross = Math.round((base * ss.ratePercent) / 100);
    const ssPart = Math.min(price, Math.max(0, ssGross - ss.deductionCents));
    const text: string[] = [];
    if (ss.ratePercent > 0 && base > 0) {
      const rate = percentText(ss.ratePercent);
      const baseAmount = formatEuros(base);
      const paid = formatEuros(ssPart);
      const deduction = formatEuros(ss.deductionCents);
      const ofPrice = ss.baseCents === null;
      text.push(
        ss.deductionCents > 0
          ? ofPrice
            ? msg(
                str`La Sécurité sociale rembourse ${rate} de la base de remboursement (le prix, ${baseAmount}), moins la participation forfaitaire de ${deduction}, qui reste à votre charge : ${paid}.`,
              )
            : msg(
                str`La Sécurité sociale rembourse ${rate} de la base de remboursement (${baseAmount}), moins la participation forfaitaire de ${deduction}, qui reste à votre charge : ${paid}.`,
              )
          : ofPrice
            ? msg(
                str`La Sécurité sociale rembourse ${rate} de la base de remboursement (le prix, ${baseAmount}) : ${paid}.`,
              )
            : msg(
                str`La Sécurité sociale rembourse ${rate} de la base de remboursement (${baseAmount}) : ${paid}.`,
              ),
      );
    } else {
      text.push(msg('La Sécurité sociale ne rembourse pas ce soin.'));
    }
    // What the Sécurité sociale deducted (participation forfaitaire) stays the member's: never the organisme's.
    const afterSs = price - ssPart - (ssGross - ssPart);
    let wanted: number;
    switch (rule.kind) {
      case 'percent-of-base': {
        const total = Math.round((base * rule.percent) / 100);
        wanted = Math.max(0, total - ssGross);
        const percent = percentText(rule.percent);
        text.push(
          msg(
            str`Votre contrat complète jusqu'à ${percent} de la base de remboursement, Sécurité sociale comprise (${formatEuros(total)}).`,
          ),
        );
        break;
      }
      case 'real-cost':
        wanted = afterSs;
        text.push(msg('Votre contrat rembourse les frais restants, dans la limite de son forfait.'));
        break;
      case 'per-day':
        wanted = rule.cents * (days ?? 1);
        text.push(
          (days ?? 1) > 1
            ? msg(
                str`Votre contrat rembourse ${formatEuros(rule.cents)} par jour, soit ${formatEuros(wanted)} pour ${days} jours, dans la limite des frais.`,
              )
            : msg(
                str`Votre contrat rembourse ${formatEuros(rule.cents)} par jour, soit ${formatEuros(wanted)} pour ${days} jour, dans la limite des frais.`,
              ),
        );
        break;
    }
    let organisation = Math.max(0, Math.min(wanted, afterSs));
    for (const id of guarantee.pools) {
      const pool = pools.get(id);
      if (!pool) continue;
      touched.add(id);
      const available = left(id);
      const usedNow = (usedBefore[id] ?? 0) + (takenHere[id] ?? 0);
      text.push(
        msg(
          str`Limite : ${pool.label} de ${formatEuros(pool.yearlyCents)} par an et par bénéficiaire ; déjà utilisé : ${formatEuros(usedNow)}, reste ${formatEuros(available)}.`,
        ),
      );
      if (organisation > available) {
        organisation = available;
        text.push(
          msg(
            str`La part de votre contrat est limitée à ce qui reste de ce montant : ${formatEuros(available)}.`,
          ),
        );
      }
    }
    for (const id of guarantee.pools) {
      if (pools.has(id)) takenHere[id] = (takenHere[id] ?? 0) + organisation;
    }
    const remaining = price - ssPart - organisation;
    text.push(msg(str`Reste à votre charge : ${formatEuros(remaining)}.`));
    return {
      care: line.care,
      label: guarantee.label,
      priceCents: price,
      days,
      baseCents: base,
      socialSecurityCents: ssPart,
      organisationCents: organisation,
      remainingCents: remaining,
      rule: text,
    };
  });

  const sum = (key: 'priceCents' | 'socialSecurityCents' | 'organisationCents' | 'remainingCents') =>
    estimated.reduce((total, line) => total + line[key], 0);
  return {
    year,
    lines: estimated,
    totals: {
      priceCents: sum('priceCents'),
      socialSecurityCents: sum('socialSecurityCents'),
      organisationCents: sum('organisationCents'),
      remainingCents: sum('remainingCents'),
    },
    pools: table.pools
      .filter((p) => touched.has(p.id))
      .map((p) => ({
        id: p.id,
        label: p.label,
        yearlyCents: p.yearlyCents,
        usedBeforeCents: usedBefore[p.id] ?? 0,
        usedByEstimateCents: takenHere[p.id] ?? 0,
        leftAfterCents: left(p.id),
      })),
    notes: table.notes,
  };
}

/**
 * The estimate in a few lines of French (the quote's summary for the manager, the answer's draft):
 * the back office's, written by French-speaking staff, not translated.
 */
export function estimateSummary(result: Estimate): string[] {
  const lines = result.lines.map(
    (line) =>
      // i18n-ignore (the back office's)
      `${line.label}${line.days ? ` (${line.days} j)` : ''} : prix ${formatEuros(line.priceCents)}, Sécurité sociale ${formatEuros(line.socialSecurityCents)}, organisme ${formatEuros(line.organisationCents)}, reste à charge ${formatEuros(line.remainingCents)}.`,
  );
  const { totals } = result;
  return [
    ...lines,
    // i18n-ignore (the back office's)
    `Total : prix ${formatEuros(totals.priceCents)}, Sécurité sociale ${formatEuros(totals.socialSecurityCents)}, organisme ${formatEuros(totals.organisationCents)}, reste à charge ${formatEuros(totals.remainingCents)}.`,
    ...result.pools.map(
      (p) =>
        // i18n-ignore (the back office's)
        `${p.label.charAt(0).toUpperCase()}${p.label.slice(1)} ${result.year} : ${formatEuros(p.yearlyCents)}, déjà utilisé ${formatEuros(p.usedBeforeCents)}, pris par ce devis ${formatEuros(p.usedByEstimateCents)}, reste ${formatEuros(p.leftAfterCents)}.`,
    ),
  ];
}

/**
 * The care of a reimbursed act, from its label as statements write it (G1: « Optique — verres et
 * monture », « Dentaire — couronne céramique »…): what the yearly forfaits count. Null when no
 * guarantee of P5 covers it (radiologie, kinésithérapie…).
 */
export function careOfActLabel(label: string): CareKind | null {
  const text = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (/\b(consultation|visite)\b/.test(text)) {
    return /specialiste/.test(text) ? 'specialist-consultation' : 'gp-consultation';
  }
  if (/pharmacie|medicament/.test(text)) return /\b30 ?%/.test(text) ? 'pharmacy-30' : 'pharmacy-65';
  if (/optique|lunettes|verres|monture/.test(text)) {
    return /monture/.test(text) && !/verres/.test(text) ? 'optical-frame' : 'optical-lenses';
  }
  if (/dentaire|dent/.test(text)) {
    return /couronne|prothese|bridge|inlay/.test(text) ? 'dental-crown' : 'dental-care';
  }
  if (/hospitali|hopital|clinique|sejour/.test(text)) {
    return /chambre/.test(text) ? 'hospital-private-room' : 'hospital-daily-fee';
  }
  return null;
}
