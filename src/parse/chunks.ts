/**
 * Executable code chunks of Quarto (`.qmd`) and R Markdown (`.Rmd`) documents: ```` ```{r} ````,
 * ```` ```{python} ````, ```` ```{r setup, include=FALSE} ```` and their `#|` options. They are
 * code, never math, and what the tool shows of them is their output, which only running them
 * gives: so they are blanked (same length) and appear on no page. Display-only code
 * (```` ```python ````, ```` ```{.python} ````) and MyST/Quarto directives (```` ```{math} ````)
 * are left to the reader.
 */

const CHUNK_OPEN = /^[ \t]{0,3}(`{3,})[ \t]*\{[ \t]*(?!math\b|\.)[A-Za-z][\w-]*[^}\n]*\}[ \t]*$/;

const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

export function isChunked(path: string): boolean {
  return /\.(qmd|rmd)$/i.test(path);
}

/** The document with its executable chunks blanked (same length, line breaks kept). */
export function blankChunks(text: string): string {
  if (!text.includes('```')) return text;
  const lines = text.split('\n');
  let fence: string | null = null;
  let chunk = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      const close = new RegExp(`^[ \\t]{0,3}${fence}\`*[ \\t]*\\r?$`).test(line);
      if (chunk) lines[i] = blank(line);
      if (close) fence = null;
      continue;
    }
    const open = CHUNK_OPEN.exec(line.replace(/\r$/, ''));
    const plain = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = open[1]!;
      chunk = true;
      lines[i] = blank(line);
    } else if (plain) {
      fence = plain[1]!;
      chunk = false;
    }
  }
  return lines.join('\n');
}
