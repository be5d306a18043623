/**
 * What other tools' documents hold that is not markdown for a reader, blanked by file type
 * before the reader sees it (same length, so positions stay the file's): MDX's JavaScript and
 * JSX (mdx.ts), Quarto's and R Markdown's executable chunks (chunks.ts). Notebooks are turned
 * into markdown when they are read (src/read/notebook.ts).
 */
import { blankChunks, isChunked } from './chunks.js';
import { blankMdx, isMdx } from './mdx.js';

export function readableSource(path: string, text: string): string {
  if (isMdx(path)) return blankMdx(text);
  if (isChunked(path)) return blankChunks(text);
  return text;
}
