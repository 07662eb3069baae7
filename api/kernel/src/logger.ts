import pino from 'pino';

/** Structured logs; never log passwords, tokens, IBANs or document contents. */
export function createLogger(
  level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
) {
  return pino({
    level,
    redact: ['password', 'token', 'req.headers.cookie', '*.password', '*.token', '*.iban'],
  });
}
export type Logger = ReturnType<typeof createLogger>;
