/**
 * Which files of a content folder are documents (issue 24, "any document people write"): markdown
 * and the markdown of other tools, Quarto (`.qmd`), R Markdown / bookdown (`.Rmd`), MDX
 * (Docusaurus, `.mdx`) and Jupyter notebooks (`.ipynb`). Left out of a folder: topic sidecars
 * (`*.topics.md`), `_`-prefixed `.qmd`/`.Rmd` files (partials Quarto and bookdown include but never
 * render on their own), and the folders tools build into or keep packages in. A file named on the
 * command line is read whatever its extension.
 */

/** The extensions searched for, as the refusal of an empty folder names them. */
export const CONTENT_EXTENSIONS = ['.md', '.markdown', '.qmd', '.Rmd', '.mdx', '.ipynb'] as const;

const DOCUMENT = /\.(md|markdown|qmd|rmd|mdx|ipynb)$/i;
const SIDECAR = /\.topics\.md$/i;
const PARTIAL = /^_.*\.(qmd|rmd)$/i;

/** Folders never searched (dot-folders such as `.quarto` and `.ipynb_checkpoints` are skipped too). */
const SKIPPED_FOLDERS = new Set(['node_modules', '_site', '_build', '_book', '_freeze', 'site-packages', '__pycache__']);

export function isContentFile(name: string): boolean {
  return DOCUMENT.test(name) && !SIDECAR.test(name) && !PARTIAL.test(name);
}

export function skipFolder(name: string): boolean {
  return SKIPPED_FOLDERS.has(name);
}

export function isNotebook(file: string): boolean {
  return /\.ipynb$/i.test(file);
}
