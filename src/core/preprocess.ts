/**
 * Same-length rewriting of LaTeX's own math delimiters into the ones remark-math understands.
 *
 * remark-math only knows `$`; pasted LLM output also uses `\(...\)` inline and `\[...\]` for
 * display math, which plain markdown reads as escaped brackets (the seed's equations 14-17 would
 * vanish). Every rewrite keeps the text's length, so every offset remark reports is also an
 * offset in the original file: `\(`/`\)` → `$$` (inline math with a two-dollar sequence) and
 * a `\[`/`\]` line → `$$` (a math fence). Code (fenced and inline) is left alone.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** True when the character at `i` is preceded by an odd number of backslashes (i.e. escaped). */
function escaped(text: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && text.charCodeAt(j) === 92; j--) n++;
  return n % 2 === 1;
}

export interface Preprocessed {
  text: string;
  /** Offsets (in the text) where a `\[` display block was rewritten to `$$`. */
  bracketDisplays: Set<number>;
  /** Offsets where an inline `\(` was rewritten to `$$`. */
  parenInlines: Set<number>;
}

/** Rewrite `\(..\)` and line-level `\[..\]` to dollar delimiters without changing any offset. */
export function normaliseDelimiters(text: string): Preprocessed {
  // Offsets of characters that become `$` (each rewrite is two such characters).
  const out: number[] = [];
  const bracketDisplays = new Set<number>();
  const parenInlines = new Set<number>();
  let fence: string | null = null;
  let inDisplay: 'bracket' | 'dollar' | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence[0]!) && fenceMatch[1]!.length >= fence.length && line.trim() === fenceMatch[1]) {
        fence = null;
      }
    } else if (fenceMatch && !inDisplay) {
      fence = fenceMatch[1]!;
    } else {
      const trimmed = line.trim();
      const indent = line.length - line.trimStart().length;
      if (!inDisplay && indent <= 3 && trimmed.startsWith('\\[') && !escaped(line, indent)) {
        out.push(lineStart + indent);
        out.push(lineStart + indent + 1);
        bracketDisplays.add(lineStart + indent);
        inDisplay = 'bracket';
        // `\[ x \]` on one line: close it here too.
        const close = line.lastIndexOf('\\]');
        if (close > indent + 1 && !escaped(line, close)) {
          out.push(lineStart + close);
          out.push(lineStart + close + 1);
          inDisplay = null;
        }
      } else if (inDisplay === 'bracket' && trimmed.endsWith('\\]') && !escaped(line, line.lastIndexOf('\\]'))) {
        const close = line.lastIndexOf('\\]');
        out.push(lineStart + close);
        out.push(lineStart + close + 1);
        inDisplay = null;
      } else if (!inDisplay && indent <= 3 && trimmed === '$$') {
        inDisplay = 'dollar';
      } else if (inDisplay === 'dollar' && trimmed === '$$') {
        inDisplay = null;
      } else if (!inDisplay) {
        rewriteInlineParens(text, lineStart, lineEnd, out, parenInlines);
      }
    }
    lineStart = lineEnd + 1;
  }
  return { text: applyDollars(text, out), bracketDisplays, parenInlines };
}

/** Rewrite `\(...\)` pairs on one line, skipping `$...$` math and `code` spans. */
function rewriteInlineParens(text: string, start: number, end: number, out: number[], parenInlines: Set<number>): void {
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '`') {
      let n = 0;
      while (text[i + n] === '`') n++;
      const tick = '`'.repeat(n);
      const close = text.indexOf(tick, i + n);
      i = close >= 0 && close < end ? close + n : i + n;
      continue;
    }
    if (c === '$' && !escaped(text, i)) {
      let n = 0;
      while (text[i + n] === '$') n++;
      const close = text.indexOf('$'.repeat(n), i + n);
      i = close >= 0 && close < end ? close + n : i + n;
      continue;
    }
    if (c === '\\' && text[i + 1] === '(' && !escaped(text, i)) {
      const close = findClose(text, i + 2, end);
      if (close >= 0) {
        out.push(i);
        out.push(i + 1);
        parenInlines.add(i);
        out.push(close);
        out.push(close + 1);
        i = close + 2;
        continue;
      }
    }
    i++;
  }
}

function findClose(text: string, from: number, end: number): number {
  for (let j = from; j < end - 1; j++) {
    if (text[j] === '\\' && text[j + 1] === ')' && !escaped(text, j)) return j;
  }
  return -1;
}

function applyDollars(text: string, at: number[]): string {
  if (at.length === 0) return text;
  at.sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const i of at) {
    parts.push(text.slice(from, i), '$');
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
