import { token } from '@portail/shared-design';
import { css } from 'lit';

/** The lists whose query is in the URL (C5, C6, G1): the count of results and the pager. */
export const listStyles = css`
  .results {
    margin: ${token['space-4']} 0 ${token['space-2']};
    font-weight: 600;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token['space-3']};
    margin-block: ${token['space-4']};
  }
  .pager p {
    margin: 0;
  }
`;
