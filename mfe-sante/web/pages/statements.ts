import { msg, str } from '@lit/localize';
import { api } from '@portail/runtime';
import { formatDate, formatEuros, sectionPageStyles } from '@portail/shared-design';
import { LoadController, type TableColumn, type TableRow } from '@portail/shared-design/section';
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { type HealthStatement, type HealthStatementList, STATEMENT_KINDS } from '../../contract/index.js';
import { type PdfPrinter, printPdf } from '../print.js';

const intro = () =>
  msg(
    'Vos décomptes mensuels et ponctuels récapitulent les prestations santé qui vous ont été réglées. Ils sont classés du plus récent au plus ancien : téléchargez-les ou imprimez-les au format PDF.',
  );

const printFailed = () =>
  msg(
    "L'impression du décompte n'a pas pu être lancée. Téléchargez-le, puis imprimez-le depuis votre lecteur PDF.",
  );

const columns = (): TableColumn[] => [
  { key: 'kind', label: msg('Type'), rowHeader: true },
  { key: 'period', label: msg('Période') },
  { key: 'issuedOn', label: msg("Date d'émission") },
  { key: 'total', label: msg('Montant total'), align: 'end' },
  { key: 'actions', label: msg('Actions'), hiddenLabel: true },
];

/** "du 01/05/2026 au 31/05/2026": a statement's period. */
function periodText(statement: HealthStatement): string {
  return msg(str`du ${formatDate(statement.periodStart)} au ${formatDate(statement.periodEnd)}`);
}

/** "décompte mensuel du 01/05/2026 au 31/05/2026": what a row's link and button are about. */
function statementName(statement: HealthStatement): string {
  const kind = (STATEMENT_KINDS[statement.kind] ?? msg('Décompte')).toLowerCase();
  return `${kind} ${periodText(statement)}`;
}

/**
 * G2 Décomptes — the monthly and one-off statements, newest first, each a PDF to download or to
 * print: "Imprimer" loads the PDF in a hidden frame and opens the browser's print of it.
 */
export class SanStatementsPage extends LitElement {
  static override styles = sectionPageStyles;

  @property() heading = msg('Décomptes');
  /** How "Imprimer" prints a PDF (replaced in tests). */
  @property({ attribute: false }) printer: PdfPrinter = (url) => printPdf(url, this.renderRoot);
  /** The statement being prepared for printing. */
  @state() private printing = '';
  @state() private printError = '';
  @query('.print-error') private printErrorAlert?: HTMLElement;

  private readonly statements = new LoadController(this, () =>
    api<HealthStatementList>('/api/sante/decomptes'),
  );

  private async print(statement: HealthStatement): Promise<void> {
    if (this.printing) return;
    this.printing = statement.id;
    this.printError = '';
    try {
      await this.printer(statement.pdfUrl);
    } catch {
      this.printError = printFailed();
      await this.updateComplete;
      this.printErrorAlert?.focus();
    } finally {
      this.printing = '';
    }
  }

  private row(statement: HealthStatement): TableRow {
    const name = statementName(statement);
    return {
      id: statement.id,
      cells: {
        kind: STATEMENT_KINDS[statement.kind] ?? statement.kind,
        period: periodText(statement),
        issuedOn: formatDate(statement.issuedOn),
        total: formatEuros(statement.totalCents),
        actions: html`<a href=${statement.pdfUrl} download
>${msg('Télécharger')}<span class="visually-hidden"> ${msg(str`le ${name} (PDF)`)}</span></a
          ><span aria-hidden="true"> · </span><pa-button
            variant="link"
            ?busy=${this.printing === statement.id}
            @click=${() => this.print(statement)}
            >${msg('Imprimer')}<span class="visually-hidden"> ${msg(str`le ${name}`)}</span></pa-button
          >`,
      },
    };
  }

  private renderList({ items }: HealthStatementList) {
    return html`${
      this.printError
        ? html`<pa-alert class="print-error" variant="error" tabindex="-1">${this.printError}</pa-alert>`
        : nothing
    }
      <pa-data-table
        caption=${this.heading}
        caption-hidden
        empty-text=${msg('Aucun décompte pour le moment')}
        .columns=${columns()}
        .rows=${items.map((statement) => this.row(statement))}
      ></pa-data-table>`;
  }

  override render() {
    return html`<pa-page .heading=${this.heading}>
      <p slot="intro">${intro()}</p>
      ${this.statements.render((list) => this.renderList(list))}
    </pa-page>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'san-statements-page': SanStatementsPage;
  }
}
