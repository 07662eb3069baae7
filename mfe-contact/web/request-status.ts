import type { RequestStatus } from '@portail/kernel/contract/requests';
import type { AlertVariant } from '@portail/shared-design';

/** Badge of each status of a request (E4): its own icon and colour besides its text. */
export const STATUS_VARIANTS: Record<RequestStatus, AlertVariant> = {
  pending: 'info',
  accepted: 'success',
  refused: 'error',
  withdrawn: 'warning',
};
