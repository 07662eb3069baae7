import { z } from 'zod';

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
  version: z.number({ error: 'Version des conditions générales manquante.' }).int().positive(),
});
export type CguAccept = z.infer<typeof cguAcceptSchema>;
