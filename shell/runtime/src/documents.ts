import type { DocumentReadAnswer } from '@portail/kernel/contract';
import { api } from './api.js';
import { emit, PORTAIL_EVENTS } from './events.js';

/** Marks a document opened (SPEC A5): the server clears its unread marker, the menu refreshes. */
export async function markDocumentRead(id: string): Promise<DocumentReadAnswer> {
  const answer = await api<DocumentReadAnswer>(`/api/documents/${encodeURIComponent(id)}/read`, {
    method: 'POST',
  });
  emit(PORTAIL_EVENTS.documentsRead, { documentIds: [id] });
  return answer;
}
