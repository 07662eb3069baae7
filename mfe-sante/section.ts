import { defineSection } from '@portail/kernel/contract/section';
import { SANTE_PAGES } from './contract/index.js';

/** SPEC G — « Mes services santé », for members holding a santé contract. */
export const santeSection = defineSection({
  name: 'sante',
  package: '@portail/mfe-sante',
  label: 'Mes services santé',
  paths: ['/services'],
  pages: SANTE_PAGES,
  requestKinds: { devis: 'Devis santé' },
  web: { app: 'web/index.ts', widgets: 'web/widgets/define.ts', backOffice: 'web/gestion/define.ts' },
  widgets: {
    elements: ['san-remboursements'],
    purposes: ['vos remboursements santé'],
    // The read of san-remboursements.
    memberRoutes: ['/reglements'],
  },
  backOffice: {
    paymentForms: [
      // i18n-ignore (the back office's)
      { label: 'Remboursement santé', contractKind: 'sante', element: 'san-reimbursement-form' },
    ],
    // P5: a quote sent is answered (H3) with the estimate made again from the member's guarantees.
    answerForms: [{ kind: 'devis', element: 'san-quote-answer' }],
  },
  home: {
    blocks: [
      {
        element: 'san-home-latest-reimbursement',
        title: 'Dernier remboursement',
        page: 'sante.reglements',
        link: 'Voir tous mes règlements',
      },
    ],
    shortcuts: [{ label: 'Mes règlements', page: 'sante.reglements' }],
  },
});
