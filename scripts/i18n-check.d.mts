/** A French text outside msg() and the catalogs, where it is. */
export interface FrenchLiteral {
  text: string;
  at: string;
}

/** Each translated package: the folders of its texts and its catalog. */
export declare function translatedPackages(): { name: string; folders: string[]; catalog: string }[];

/** Every problem found, and each package's French literals not yet in msg() or its catalog. */
export declare function checkTranslations(): {
  problems: string[];
  todo: Record<string, FrenchLiteral[]>;
};
