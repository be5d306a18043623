/**
 * Which tool a document is written for (issue 24): its dialect decides the few places where
 * tools read the same text differently. The reader accepts every tool's syntax at once (MyST,
 * Quarto, pandoc and LaTeX labels, callouts, `$`…`$` and `$$`…`$$`, `\(`…`\)`, `\[`…`\]`,
 * ```` ```math ````), so a dialect changes what becomes an equation record, never what is an
 * error:
 *
 * - `obsidian`: `$$…$$` anywhere (inside a sentence, after a label) is display math, so it is an
 *   equation; elsewhere (`markdown`, `kramdown`, `github`, …) `$$…$$` inside a line of prose is
 *   inline math, as kramdown and remark-math read it, and a `$$` paragraph is display.
 *
 * The dialect comes from, in order: the config's `dialect`; a tool's project file beside the
 * document or in a folder above it (`_config.yml` Jekyll, `myst.yml`/`_toc.yml` MyST/Jupyter
 * Book, `_quarto.yml` Quarto, `mkdocs.yml` MkDocs, `.obsidian/` an Obsidian vault); the file's
 * extension (`.qmd` Quarto, `.Rmd` pandoc as R Markdown and bookdown read it); the front matter's keys; the document's own syntax (callouts or wikilinks, MyST roles, Quarto or
 * pandoc-crossref labels, pandoc's `{reference-type=…}` links, bookdown's `(\#eq:x)` labels,
 * `\@ref(…)` and theorem divs, a `%` title block); else `markdown`.
 */

import type { Dialect } from '../dialects.js';

export interface DialectChoice {
  dialect: Dialect;
  /** What decided it. */
  from: 'config' | 'project file' | 'extension' | 'front matter' | 'content' | 'default';
}

/** Project files of each tool, looked for beside the document and in the folders above it. */
export const PROJECT_FILES: ReadonlyArray<readonly [string, Dialect]> = [
  ['_quarto.yml', 'quarto'],
  ['myst.yml', 'myst'],
  ['_toc.yml', 'myst'],
  ['_config.yml', 'kramdown'],
  ['mkdocs.yml', 'mkdocs'],
  ['.obsidian', 'obsidian'],
];

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]{0,4000}?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function fromFrontMatter(text: string): Dialect | null {
  const m = FRONT_MATTER.exec(text);
  if (!m) return null;
  const keys = new Set([...m[1]!.matchAll(/^([A-Za-z_][\w-]*)[ \t]*:/gm)].map((k) => k[1]!.toLowerCase()));
  if (keys.has('jupytext') || keys.has('kernelspec') || keys.has('myst') || keys.has('mystnb')) return 'myst';
  if (keys.has('format') || keys.has('execute') || keys.has('jupyter') || keys.has('engine')) return 'quarto';
  if (keys.has('aliases') || keys.has('cssclasses') || keys.has('cssclass')) return 'obsidian';
  // Jekyll names a layout (`layout: post`); a template file's extension (`post.njk`, `base.liquid`,
  // `page.11ty.js`) is Eleventy's, whose markdown-it reads math like plain markdown (trial 7, doc 10).
  const layout = /^layout[ \t]*:[ \t]*["']?([^\s"']+)/m.exec(m[1]!)?.[1] ?? '';
  if (/\.(?:njk|liquid|11ty\.c?js|webc|hbs|ejs|pug|mustache|haml)$/i.test(layout)) return null;
  if (keys.has('layout') || keys.has('permalink')) return 'kramdown';
  if (keys.has('header-includes') || keys.has('eqnprefix') || keys.has('cref')) return 'pandoc';
  return null;
}

function fromContent(text: string): Dialect | null {
  if (/^[ \t]*>[ \t]*\[![A-Za-z][\w-]*\]/m.test(text) || /\[\[[^\]\n]{1,200}\]\]/.test(text)) return 'obsidian';
  if (/\{eq\}`|^[ \t]*(?:`{3,}|:{3,})\{math\}/m.test(text)) return 'myst';
  if (/\$\$[ \t]*\{#eq-|@eq-[A-Za-z]/.test(text)) return 'quarto';
  // pandoc-crossref's labels and citations; pandoc's own LaTeX reader writes `\eqref{x}` as a link
  // `[…](#x){reference-type="eqref" reference="x"}`.
  if (/\$\$[ \t]*\{#eq:|\[@eq:|\{reference-type="/.test(text)) return 'pandoc';
  // bookdown (a knitted chapter): `(\#eq:x)` labels, `\@ref(…)` references, theorem divs
  // (`::: {.definition}`); pandoc's `%` title block on the first line (trial 5, M5).
  if (/\(\\#eq:|\\@ref\(|^:{3,}[ \t]*\{[^}\n]*\.(?:definition|theorem|lemma|corollary|proposition|conjecture|example|exercise|hypothesis|remark)\b/m.test(text) || /^% \S/.test(text)) return 'pandoc';
  if (/^[ \t]*(?:!!!|\?\?\?\+?)[ \t]+[a-z]/m.test(text)) return 'mkdocs';
  return null;
}

/** The dialect a file's extension says: Quarto documents, R Markdown (pandoc, as bookdown reads it). */
function fromExtension(path: string | undefined): Dialect | null {
  if (!path) return null;
  if (/\.qmd$/i.test(path)) return 'quarto';
  if (/\.rmd$/i.test(path)) return 'pandoc';
  return null;
}

/** The document's dialect; `configured` from the config, `projectFile` from the files around it (see PROJECT_FILES), `path` the file's. */
export function chooseDialect(text: string, configured?: Dialect, projectFile?: Dialect | null, path?: string): DialectChoice {
  if (configured) return { dialect: configured, from: 'config' };
  if (projectFile) return { dialect: projectFile, from: 'project file' };
  const extension = fromExtension(path);
  if (extension) return { dialect: extension, from: 'extension' };
  const front = fromFrontMatter(text);
  if (front) return { dialect: front, from: 'front matter' };
  const content = fromContent(text);
  if (content) return { dialect: content, from: 'content' };
  return { dialect: 'markdown', from: 'default' };
}
