import { sqlMigration } from '../src/sql-migration.js';

const TO_ENGLISH = `CASE status WHEN 'en_cours' THEN 'pending' WHEN 'pris_en_compte' THEN 'accepted'
  WHEN 'refuse' THEN 'refused' ELSE status END`;

/**
 * Request statuses as identifiers in English (`pending`, `accepted`, `refused`), like the outbox's;
 * the French words stay in the UI (« En cours de traitement », « Pris en compte », « Refusé »).
 * Existing requests and their history are converted; the audit log keeps what it recorded.
 */
export const m015RequestStatuses = sqlMigration([
  'ALTER TABLE core.requests DROP CONSTRAINT IF EXISTS requests_status_check',
  'ALTER TABLE core.requests DROP CONSTRAINT IF EXISTS requests_check',
  `UPDATE core.requests SET status = ${TO_ENGLISH}`,
  `UPDATE core.request_events SET status = ${TO_ENGLISH}`,
  `ALTER TABLE core.requests ALTER COLUMN status SET DEFAULT 'pending'`,
  `ALTER TABLE core.requests ADD CONSTRAINT requests_status_check
    CHECK (status IN ('pending', 'accepted', 'refused'))`,
  `ALTER TABLE core.requests ADD CONSTRAINT requests_refusal_reason_check
    CHECK (status <> 'refused' OR refusal_reason IS NOT NULL)`,
]);
