import { css } from 'lit';
import { token } from '../tokens.js';

/** Lists whose query is in the URL (UrlQueryController): the count of results and the pager. */
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
