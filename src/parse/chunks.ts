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
  let fence: RegExp | null = null;
  let chunk = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      const close = fence.test(line);
      if (chunk) lines[i] = blank(line);
      if (close) fence = null;
      continue;
    }
    const open = CHUNK_OPEN.exec(line.replace(/\r$/, ''));
    const plain = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      fence = closing(open[1]!);
      chunk = true;
      lines[i] = blank(line);
    } else if (plain) {
      fence = closing(plain[1]!);
      chunk = false;
    }
  }
  return lines.join('\n');
}

/** The line that closes a fence opened by `marker` (the same character, at least as many). */
function closing(marker: string): RegExp {
  const c = marker[0] === '`' ? '`' : '~';
  return new RegExp(`^[ \\t]{0,3}${c}{${marker.length},}[ \\t]*\\r?$`);
}
