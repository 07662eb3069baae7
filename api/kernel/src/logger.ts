import pino from 'pino';

/** Structured logs; never log passwords, tokens, IBANs or document contents. */
export function createLogger(
  level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  destination?: pino.DestinationStream,
) {
  const options = {
    level,
    redact: ['password', 'token', 'req.headers.cookie', '*.password', '*.token', '*.iban'],
  };
  return destination ? pino(options, destination) : pino(options);
}
export type Logger = ReturnType<typeof createLogger>;
