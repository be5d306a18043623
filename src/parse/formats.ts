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
// YAML (`---` … `---`/`...`, Jekyll, Hugo, Quartz, MkDocs, Docusaurus) or TOML (`+++` … `+++`, Hugo, Zola) settings
// at the file's very start, whose first line is a `key:` or `key =` setting (else `---` is a rule).
const SETTINGS_BLOCK = /^(?:---[ \t]*\n(?=[ \t]*[\w"'-][^\n]*?:(?:[ \t]|\n))[\s\S]{0,8000}?\n(?:---|\.\.\.)|\+\+\+[ \t]*\n(?=[ \t]*[\w"'-][^\n]*?=)[\s\S]{0,8000}?\n\+\+\+)[ \t]*(?=\n|$)/;

/**
 * The text with its front matter (the settings block at the file's start) blanked to spaces, same
 * length and lines: the settings are read from the source (title, macros, language, dialect), and
 * are never a section's prose, a setext heading or an equation's content (trial 6, N15).
 */
export function blankFrontMatter(text: string): string {
  const m = SETTINGS_BLOCK.exec(text);
  if (!m) return text;
  return m[0].replace(/[^\n]/g, ' ') + text.slice(m[0].length);
}

/**
 * The title a document gives itself in its front matter (`title: "…"`), for a document with no `#`
 * title: Quarto, R Markdown, MDX, Jekyll, Hugo, Quartz and MkDocs show it as the page's title.
 * Null for a title that is not a one-line string.
 */
export function frontMatterTitle(text: string): string | null {
  const block = FRONT_MATTER.exec(text)?.[1];
  const line = block && /^title[ \t]*:[ \t]*(.+?)[ \t]*$/m.exec(block)?.[1];
  if (!line || /^[|>]/.test(line)) return null;
  const quoted = /^(["'])(.*)\1$/.exec(line);
  const title = (quoted ? quoted[2]! : line).replace(/\\"/g, '"').trim();
  return title || null;
}
