/**
 * Which `$` signs are math: the pandoc rule, applied before markdown parsing.
 *
 * remark-math pairs any two `$`, so "costs $5 or $10" would be math. Pandoc's rule, which we
 * follow: an opening `$` has a non-space character right after it; its closing `$` has a
 * non-space character right before it and no digit right after it; both lie in one paragraph.
 * A `$` that opens nothing is text: it is replaced by LITERAL_DOLLAR (one character for one,
 * so every offset stays a file offset) and shown as `$` again by `restoreDollars`.
 *
 * One exception: `$` alone on a line, then the formula, then `$` alone on a line, is a display
 * as Obsidian shows it (trial 9, E2).
 *
 * Code (fenced, inline), HTML comments and `$$` runs are left alone. A literal `$` that starts
 * a line and is followed by LaTeX (`$\alpha + \beta` with no closing `$`) is reported as
 * unclosed math: it was clearly meant as an equation.
 */

/** Stands for a `$` that is text, not math (a private-use character, outside the range bounds.ts masks with). */
export const LITERAL_DOLLAR = '\uE100';

import { FenceTracker, replaceChars } from './text-edits.js';

const LATEX_LIKE = /\\[A-Za-z]|[\^_{}]/;

export interface DollarScan {
  text: string;
  /** Offsets of `$` that open math which never closes (start of a line, followed by LaTeX). */
  unclosed: number[];
}

/** Markdown text (for the site's renderer) with literal dollars escaped. */
export function restoreDollars(markdown: string, escape = true): string {
  return markdown.includes(LITERAL_DOLLAR) ? markdown.split(LITERAL_DOLLAR).join(escape ? '\\$' : '$') : markdown;
}

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** Blocks of consecutive non-blank lines outside code fences: [start, end) offsets. */
function paragraphs(text: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  const fences = new FenceTracker();
  let blockStart = -1;
  let lineStart = 0;
  const close = (end: number): void => {
    if (blockStart >= 0) blocks.push([blockStart, end]);
    blockStart = -1;
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (fences.enter(line)) {
      close(lineStart);
    } else if (line.trim() === '') {
      close(lineStart);
    } else if (blockStart < 0) {
      blockStart = lineStart;
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  close(text.length);
  return blocks;
}

/**
 * `known`: offsets of single `$` that open math the delimiter rewrite made (`\[ x \]` and
 * `$$x … y$$` on content lines become ` $x … y$ `); they open whatever follows them.
 * `spaced`: a space may follow the opening `$` and precede the closing one (`$ x $`), as
 * Jupyter's MathJax reads a notebook's markdown cells; a digit after the closing `$` still
 * makes it text ("$5 or $10").
 */
export function scanDollars(text: string, known: ReadonlySet<number> = new Set(), spaced = false): DollarScan {
  const literal: number[] = [];
  const unclosed: number[] = [];
  for (const [start, end] of paragraphs(text)) scanBlock(text, start, end, literal, unclosed, known, spaced);
  return { text: replaceChars(text, literal.map((i) => [i, LITERAL_DOLLAR] as const)), unclosed };
}

/** The next unescaped `$` at or after `from` before `end`, or -1. */
function nextDollar(text: string, from: number, end: number): number {
  for (let j = from; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 36) return j;
  }
  return -1;
}

function scanBlock(text: string, start: number, end: number, literal: number[], unclosed: number[], known: ReadonlySet<number>, spaced: boolean): void {
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '`') {
      let n = 0;
      while (text[i + n] === '`') n++;
      const closeAt = text.indexOf('`'.repeat(n), i + n);
      i = closeAt >= 0 && closeAt < end ? closeAt + n : i + n;
      continue;
    }
    if (c === '<' && text.startsWith('<!--', i)) {
      const closeAt = text.indexOf('-->', i + 4);
      i = closeAt >= 0 && closeAt < end ? closeAt + 3 : end;
      continue;
    }
    if (c !== '$') {
      i++;
      continue;
    }
    let n = 0;
    while (text[i + n] === '$') n++;
    if (n >= 2) {
      // `$$…$$` inline (and `\(…\)` rewritten to it): skip to its closing run.
      let j = i + n;
      let closeAt = -1;
      while ((j = nextDollar(text, j, end)) >= 0) {
        let m = 0;
        while (text[j + m] === '$') m++;
        if (m === n) {
          closeAt = j;
          break;
        }
        j += m;
      }
      if (closeAt >= 0) escapedDollars(text, i + n, closeAt, literal);
      i = closeAt >= 0 ? closeAt + n : i + n;
      continue;
    }
    const j = nextDollar(text, i + 1, end);
    if (known.has(i) && j >= 0) {
      escapedDollars(text, i + 1, j, literal);
      i = j + 1;
      continue;
    }
    // `$` alone on a line, the formula, `$` alone on a line (an Obsidian Digital Garden export, trial 9 E2): a display.
    if (j >= 0 && aloneOnLine(text, i) && aloneOnLine(text, j) && text.slice(i + 1, j).trim() !== '') {
      escapedDollars(text, i + 1, j, literal);
      i = j + 1;
      continue;
    }
    const opens = !isSpace(text[i + 1]) || (spaced && j > i + 1 && text.slice(i + 1, j).trim() !== '');
    const closes = j >= 0 && text[j + 1] !== '$' && (spaced || !isSpace(text[j - 1])) && !/[0-9]/.test(text[j + 1] ?? '');
    if (opens && closes) {
      escapedDollars(text, i + 1, j, literal);
      i = j + 1;
      continue;
    }
    literal.push(i);
    if (opens && j < 0 && atLineStart(text, i)) {
      let lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0 || lineEnd > end) lineEnd = end;
      if (LATEX_LIKE.test(text.slice(i + 1, lineEnd))) unclosed.push(i);
    }
    i++;
  }
}

/**
 * `\$` inside math is a dollar sign as KaTeX reads it (`$$P = \$1{,}200$$`), but remark-math
 * would close the math at its `$`: that `$` becomes LITERAL_DOLLAR too, and the math's LaTeX
 * gets it back as `$` (mdast-helpers.ts, exactSource).
 */
function escapedDollars(text: string, from: number, to: number, literal: number[]): void {
  for (let k = from; k < to - 1; k++) {
    if (text.charCodeAt(k) !== 92) continue;
    if (text.charCodeAt(k + 1) === 36) literal.push(k + 1);
    k++;
  }
}

/** The `$` at `i` is all its line holds (spaces aside). */
function aloneOnLine(text: string, i: number): boolean {
  if (!atLineStart(text, i)) return false;
  let k = i + 1;
  while (text[k] === ' ' || text[k] === '\t' || text[k] === '\r') k++;
  return k >= text.length || text[k] === '\n';
}

function atLineStart(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text[k];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}
