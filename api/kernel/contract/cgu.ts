import { z } from 'zod';
import { boundedInt, INT4_MAX } from './inputs.js';

export interface CguSection {
  heading: string;
  paragraphs: string[];
}

/** `GET /api/cgu/current`: public; `accepted` is null when nobody is logged in. */
export interface CguDocument {
  version: number;
  publishedAt: string;
  title: string;
  sections: CguSection[];
  accepted: boolean | null;
}

export const cguAcceptSchema = z.object({
  version: boundedInt(1, INT4_MAX, 'Version des conditions générales manquante.'),
});
export type CguAccept = z.infer<typeof cguAcceptSchema>;
