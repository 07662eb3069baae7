import type { SectionManifest } from '@portail/kernel/contract/section';

export declare const root: string;
/** `{ dir, manifest }` of each section folder of the repository `base` (sorted by folder name). */
export declare function readSections(base?: string): Promise<{ dir: string; manifest: SectionManifest }[]>;
