/** A file of the built site, in memory: path relative to the output folder, with "/" separators. */
export interface OutputFile {
  path: string;
  contents: string | Uint8Array;
  /** A page rendered with a key (page-keys.ts): what the output manifest keeps so a later build can keep it. */
  page?: KeptPage;
  /**
   * Set (with empty contents) for a page the previous build made with the same key, still on disk:
   * the writer keeps it and these companion files (an equation's SVG and card) as they are.
   */
  kept?: string[];
}

/** What a later build needs of a page it keeps: its key, size and the classes its math put in the stylesheets. */
export interface KeptPage {
  key: string;
  bytes: number;
  /**
   * JSON of [[style, class] pairs of the inline-style sheet, KaTeX classes (the font detection
   * reads them)]: one string a page, since a build holds every page's until its manifest is written.
   */
  math: string;
}

/** The previous build's pages, as the writer knows them. */
export interface PageReuse {
  /** The page as the previous build made it, when it had this key and it (and its companions) is still on disk; else null. */
  lookup(path: string, key: string, companions: readonly string[]): KeptPage | null;
}

/** Size in bytes of an output file's contents. */
export function byteLength(f: OutputFile): number {
  return typeof f.contents === 'string' ? Buffer.byteLength(f.contents) : f.contents.byteLength;
}
