// « Contact » (SPEC E): what a member sends there through the API when a journey needs it done.
import type { MemberRequest } from '@portail/kernel/contract';
import type { DocumentNatureId, MessageSubject, QuestionTheme } from '../mfe-contact/contract/index.js';
import type { PortalClient } from './api.js';
import type { NamedFile } from './files.js';

/** E1 « Envoyer un message »: a request answered by the back office. */
export function sendMessage(
  api: PortalClient,
  subject: MessageSubject,
  message: string,
): Promise<MemberRequest> {
  return api.call<MemberRequest>('/api/contact/messages', { json: { subject, message } });
}

/** E2 « Vous avez une question »: a request answered by the back office. */
export function askQuestion(
  api: PortalClient,
  theme: QuestionTheme,
  question: string,
): Promise<MemberRequest> {
  return api.call<MemberRequest>('/api/contact/questions', { json: { theme, question } });
}

/** E3 « Nous transmettre »: documents of a nature, with a comment. */
export function transmitDocuments(
  api: PortalClient,
  nature: DocumentNatureId,
  files: readonly NamedFile[],
  commentaire = '',
): Promise<MemberRequest> {
  return api.upload<MemberRequest>(
    '/api/contact/transmissions',
    { nature, ...(commentaire ? { commentaire } : {}) },
    files,
  );
}
