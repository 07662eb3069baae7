/**
 * Errors that say the database cannot be reached now, not that the request is wrong: the connection
 * refused, cut or timed out (postgres.js and the socket's codes), the server shutting down or
 * terminating the backend (SQLSTATE 57P01–57P03), connection exceptions (class 08), too many
 * connections (53300), a statement cancelled by its timeout (57014).
 */
const UNAVAILABLE_CODES = new Set([
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '57014',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause: unknown = error, depth = 0; cause && depth < 4; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)))
      return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

export const SERVICE_UNAVAILABLE_DETAIL =
  'Service momentanément indisponible : réessayez dans quelques instants.';
