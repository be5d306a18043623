/**
 * Hugo's ways of keeping math away from its markdown renderer (Goldmark), rewritten in place
 * (same length) into the LaTeX delimiters `preprocess.ts` reads:
 *
 * - math shortcodes, `{{< katex >}}x{{< /katex >}}` (also `math`, `m`, `mathjax`, `latex`, `chem`,
 *   and the `{{% … %}}` form): inline when it opens and closes on one line inside a sentence, a
 *   display when it stands alone on its line(s) or says `display`/`block`. Hugo passes a
 *   shortcode's inner text through untouched, so the formula is read as written.
 * - doubled backslashes, `\\(x\\)` and a `\\[` … `\\]` display: Goldmark turns `\\` into `\`, so
 *   the page shows `\(x\)` for MathJax or KaTeX's auto-render. The formula between them went
 *   through the same markdown escapes (`\\` is `\`, `\_` is `_`, `\{` is `{`), so it is read as
 *   the page shows it: the escapes are undone and each line is padded with spaces at its end,
 *   which math mode ignores (`x\_i` reads `x_i`, `\\\\` reads `\\`).
 *
 * Code (fenced or inline) and `$$` blocks are left alone: inside them `\\[` is LaTeX (a line
 * break with spacing), not a delimiter.
 */

import { FenceTracker, replaceChars } from './text-edits.js';

type Edit = readonly [number, string];

const SHORTCODE =
  /\{\{([<%])[ \t]*(katex|math|m|mathjax|latex|chem)\b([^{}\n]{0,200}?)[ \t]*[>%]\}\}([\s\S]{0,20000}?)\{\{[<%][ \t]*\/[ \t]*\2[ \t]*[>%]\}\}/g;

/** `text` with Hugo's math shortcodes and doubled-backslash delimiters rewritten to `\(`…`\)` and `\[`…`\]`, same length. */
export function hugoMath(text: string): string {
  if (!text.includes('{{') && !text.includes('\\\\')) return text;
  const code = codeLines(text);
  const edits: Edit[] = [];
  const taken = shortcodes(text, code, edits);
  // Inside a shortcode the formula is raw LaTeX: `\\[4pt]` there is a spaced line break.
  const protectedAt = (at: number): boolean => code(at) || within(taken, at);
  doubledBackslashes(text, protectedAt, edits);
  return replaceChars(text, edits);
}

/** Offsets of the lines that are code or inside a `$$` block, as a predicate on an offset. */
function codeLines(text: string): (at: number) => boolean {
  const starts: number[] = [];
  const inside: boolean[] = [];
  const fences = new FenceTracker();
  let inDollars = false;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const fenced = fences.enter(line);
    const dollarRuns = fenced ? 0 : (line.match(/\$\$/g)?.length ?? 0);
    starts.push(start);
    inside.push(fenced || inDollars || dollarRuns % 2 === 1);
    if (dollarRuns % 2 === 1) inDollars = !inDollars;
    start = end + 1;
  }
  return (at) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return inside[lo]!;
  };
}

/** True when `at` lies in one of `ranges` (sorted, not overlapping). */
function within(ranges: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (at < a) hi = mid - 1;
    else if (at >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

function put(edits: Edit[], from: number, replacement: string): void {
  for (let i = 0; i < replacement.length; i++) edits.push([from + i, replacement[i]!]);
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEndOf(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** Rewrites the math shortcodes; returns the ranges they cover. */
function shortcodes(text: string, code: (at: number) => boolean, edits: Edit[]): Array<readonly [number, number]> {
  const taken: Array<readonly [number, number]> = [];
  for (const m of text.matchAll(SHORTCODE)) {
    const open = m.index;
    if (code(open)) continue;
    taken.push([open, open + m[0].length]);
    const openLen = m[0].indexOf('}}') + 2;
    const close = open + m[0].lastIndexOf('{{');
    const closeLen = open + m[0].length - close;
    const alone = text.slice(lineStartOf(text, open), open).trim() === '' && text.slice(close + closeLen, lineEndOf(text, close)).trim() === '';
    const display = alone || /\b(?:display|block)\b/.test(m[3]!);
    const atLineStart = text.slice(lineStartOf(text, open), open).trim() === '' && open - lineStartOf(text, open) <= 3;
    if (display && atLineStart) {
      put(edits, open, `\\[${' '.repeat(openLen - 2)}`);
      put(edits, close, `\\]${' '.repeat(closeLen - 2)}`);
    } else if (!m[4]!.includes('\n')) {
      put(edits, open, `\\(${' '.repeat(openLen - 2)}`);
      put(edits, close, `\\)${' '.repeat(closeLen - 2)}`);
    }
  }
  return taken;
}

function doubledBackslashes(text: string, code: (at: number) => boolean, edits: Edit[]): void {
  for (let start = 0; start <= text.length; ) {
    const end = lineEndOf(text, start);
    if (!code(start)) {
      const line = text.slice(start, end);
      const indent = line.length - line.trimStart().length;
      const display = indent <= 3 && line.startsWith('\\\\[', indent) ? closingBracket(text, start + indent + 3) : -1;
      if (display >= 0) {
        put(edits, start + indent, '\\[ ');
        unescape(text, start + indent + 3, display, edits);
        put(edits, display, '\\] ');
        start = lineEndOf(text, display) + 1;
        continue;
      }
      inlineParens(text, start, end, edits, code);
    }
    start = end + 1;
  }
}

/** The `\\]` closing a `\\[` display opened before `from`, within its paragraph; -1 when there is none. */
function closingBracket(text: string, from: number): number {
  for (let j = from; j < text.length - 2; j++) {
    if (text[j] === '\n' && /^[ \t]*(?:\n|$)/.test(text.slice(j + 1, j + 200))) return -1;
    if (text[j] === '\\' && text[j + 1] === '\\' && text[j + 2] === ']' && text[j - 1] !== '\\') return j;
    if (text[j] === '\\') j++;
  }
  return -1;
}

/** `\\(`…`\\)` pairs on one line, outside inline code and `$` math. */
function inlineParens(text: string, start: number, end: number, edits: Edit[], code: (at: number) => boolean): void {
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '`' || c === '$') {
      let n = 0;
      while (text[i + n] === c) n++;
      const close = text.indexOf(c.repeat(n), i + n);
      i = close >= 0 && close < end ? close + n : i + n;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\\' && text[i + 2] === '(' && text[i - 1] !== '\\' && !code(i)) {
      const close = text.indexOf('\\\\)', i + 3);
      if (close > i + 3 && close < end) {
        put(edits, i, '\\( ');
        unescape(text, i + 3, close, edits);
        put(edits, close, '\\) ');
        i = close + 3;
        continue;
      }
    }
    i++;
  }
}

/**
 * Undoes markdown's backslash escapes in [from, to), line by line: each line's formula moves left
 * over the removed backslashes and is padded with spaces at the line's end, which math ignores.
 */
function unescape(text: string, from: number, to: number, edits: Edit[]): void {
  for (let a = from; a < to; ) {
    let b = text.indexOf('\n', a);
    if (b < 0 || b > to) b = to;
    const segment = text.slice(a, b);
    if (segment.includes('\\')) {
      const kept = segment.replace(/\\([!-/:-@[-`{-~])/g, '$1');
      if (kept.length < segment.length) put(edits, a, kept + ' '.repeat(segment.length - kept.length));
    }
    a = b + 1;
  }
}
