import { msg, str } from '@lit/localize';
import { api } from '@portail/runtime';
import { formatDate, formatEuros, sectionPageStyles, token } from '@portail/shared-design';
import { LoadController, type TableColumn, type TableRow } from '@portail/shared-design/section';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import {
  CONTRIBUTION_PAYMENT_MODES,
  type Contribution,
  type ContributionHistory,
} from '../../contract/index.js';

const intro = () =>
  msg(
    'Retrouvez le détail de vos cotisations santé : montant dû et payé pour chaque période, date et mode de paiement, et le solde de votre compte.',
  );

/** The note shown for a collective contract (in French; the page writes it with `msg()`, SPEC P6). */
export const COLLECTIVE_NOTE =
  "Vos cotisations sont prélevées par votre employeur sur votre salaire : elles n'apparaissent pas ici.";
const collectiveNote = () =>
  msg("Vos cotisations sont prélevées par votre employeur sur votre salaire : elles n'apparaissent pas ici.");

const columns = (): TableColumn[] => [
  { key: 'period', label: msg('Période'), rowHeader: true },
  { key: 'due', label: msg('Montant dû'), align: 'end' },
  { key: 'paid', label: msg('Montant payé'), align: 'end' },
  { key: 'paidOn', label: msg('Date de paiement') },
  { key: 'mode', label: msg('Mode de paiement') },
];

function row(contribution: Contribution): TableRow {
  return {
    id: contribution.id,
    cells: {
      period: contribution.periodLabel,
      due: formatEuros(contribution.dueCents),
      paid: formatEuros(contribution.paidCents),
      paidOn: contribution.paidOn ? formatDate(contribution.paidOn) : msg('Non payée'),
      mode: CONTRIBUTION_PAYMENT_MODES[contribution.paymentMode] ?? contribution.paymentMode,
    },
  };
}

/** "Solde : 0,00 €", "Reste à payer : 45,20 €" (the member owes it) or "Trop-perçu : 12,00 €". */
export function balanceText(balanceCents: number): string {
  if (balanceCents > 0) return msg(str`Reste à payer : ${formatEuros(balanceCents)}`);
  if (balanceCents < 0) return msg(str`Trop-perçu : ${formatEuros(-balanceCents)}`);
  return msg(str`Solde : ${formatEuros(0)}`);
}

/**
 * G3 Cotisations — the contributions of the member's individual santé contract, newest first, and
 * the balance. A collective contract's contributions are taken from the salary by the employer:
 * the page says so instead of showing an empty table.
 */
export class SanContributionsPage extends LitElement {
  static override styles = [
    sectionPageStyles,
    css`
      .contract {
        margin-block: ${token['space-4']};
      }
      .balance {
        margin-block: ${token['space-4']};
        font-size: ${token['font-size-lg']};
        font-weight: 700;
      }
    `,
  ];

  @property() heading = msg('Cotisations');

  private readonly history = new LoadController(this, () =>
    api<ContributionHistory>('/api/sante/cotisations'),
  );

  private renderHistory({ contractLabel, collective, items, balanceCents }: ContributionHistory) {
    const contract = html`<p class="contract">${msg('Contrat :')} <strong>${contractLabel}</strong></p>`;
    if (collective) return html`${contract}<pa-alert variant="info">${collectiveNote()}</pa-alert>`;
    return html`${contract}
      <pa-data-table
        caption=${this.heading}
        caption-hidden
        empty-text=${msg('Aucune cotisation pour le moment')}
        .columns=${columns()}
        .rows=${items.map(row)}
      ></pa-data-table>
      <p class="balance amount">${balanceText(balanceCents)}</p>`;
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${intro()}</p>
      ${this.history.render((history) => this.renderHistory(history))}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'san-contributions-page': SanContributionsPage;
  }
}
