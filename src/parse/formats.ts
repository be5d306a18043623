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

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]{0,8000}?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * The title a Quarto, R Markdown or MDX document gives itself in its front matter (`title: "…"`),
 * for a document with no `#` title: those tools show it as the page's title. Null for other
 * files, and for a title that is not a one-line string.
 */
export function frontMatterTitle(path: string, text: string): string | null {
  if (!isMdx(path) && !isChunked(path)) return null;
  const block = FRONT_MATTER.exec(text)?.[1];
  const line = block && /^title[ \t]*:[ \t]*(.+?)[ \t]*$/m.exec(block)?.[1];
  if (!line || /^[|>]/.test(line)) return null;
  const quoted = /^(["'])(.*)\1$/.exec(line);
  const title = (quoted ? quoted[2]! : line).replace(/\\"/g, '"').trim();
  return title || null;
}
