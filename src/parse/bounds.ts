/**
 * Bounds on markdown structure, checked on the text before micromark sees it. micromark and the
 * tree walkers after it are recursive or superlinear in a few shapes that no real document has:
 * containers nested thousands deep (`> > > …`, `- - - …`), and long runs or dense clusters of
 * inline delimiters (8,000 `*` around one letter takes micromark seconds, then overflows the
 * stack of every recursive walk). Past the bounds below, the markup is read as plain text:
 *
 * - `nesting-too-deep`: more than MAX_NESTING_DEPTH blockquote or list containers on one line
 *   (prefix markers, or list items nested by indentation): the marker that would open the next
 *   container is literal, so the rest of the line is text.
 * - `markup-too-dense`: a run of more than MAX_DELIMITER_RUN of one inline delimiter (`*`, `_`,
 *   `~`, `[`), or more than MAX_INLINE_DELIMITERS delimiter runs (those, and unclosed `\(`) in one
 *   paragraph: those delimiters are literal. Code spans, `$…$` math and fenced blocks are skipped, never changed.
 *
 * - `too-much-math`: more than MAX_MATH_SPANS_PER_FILE math spans (`$…$`, `$$…$$`, `\(…\)`) in
 *   the file (latex/limits.ts): the delimiters of the later ones are literal, so a flood of
 *   `$x$` costs the parser text, not hundreds of thousands of math records.
 *
 * Pure and linear. `markdownBounds(text)` gives the issues (each rule once, at its first place)
 * and the offsets of the characters to read literally; `escapeLiteral` backslash-escapes them
 * (offsets change: for rendering); `maskLiteral`/`unmaskLiteral` swap them for private-use
 * characters of the same length and back (offsets kept: for the parser).
 */

export const MAX_NESTING_DEPTH = 32;
export const MAX_DELIMITER_RUN = 64;
export const MAX_INLINE_DELIMITERS = 200;

export type BoundRule = 'nesting-too-deep' | 'markup-too-dense' | 'too-much-math';

export interface BoundIssue {
  /** Offset in the text of the first character concerned. */
  offset: number;
  ruleId: BoundRule;
  message: string;
}

export interface MarkdownBounds {
  issues: BoundIssue[];
  /** Sorted offsets of characters (ASCII punctuation) that must be read as literal text. */
  literal: number[];
}

import { MAX_MATH_SPANS_PER_FILE, tooMuchMathMessage } from '../latex/limits.js';

const fmt = (n: number) => n.toLocaleString('en-US');

const NESTING_MESSAGE = `blockquotes or lists nested more than ${fmt(MAX_NESTING_DEPTH)} deep: the deeper markers are shown as text`;
const RUN_MESSAGE = `a run of more than ${fmt(MAX_DELIMITER_RUN)} emphasis or bracket characters: shown as text`;
const DENSE_MESSAGE = `more than ${fmt(MAX_INLINE_DELIMITERS)} emphasis or link delimiters in one paragraph: the rest are shown as text`;

interface Token {
  ch: string;
  start: number;
  length: number;
}

class Collector {
  readonly issues: BoundIssue[] = [];
  readonly literal: number[] = [];
  private readonly reported = new Set<string>();
  private mathSpans = 0;

  /** Counts one math span; false (and reported) once the file has too many. */
  math(offset: number): boolean {
    if (++this.mathSpans <= MAX_MATH_SPANS_PER_FILE) return true;
    this.issue('too-much-math', offset, tooMuchMathMessage('spans'));
    return false;
  }

  issue(ruleId: BoundRule, offset: number, message: string): void {
    const key = `${ruleId}\u0000${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.issues.push({ offset, ruleId, message });
  }

  mark(start: number, length: number): void {
    for (let k = 0; k < length; k++) this.literal.push(start + k);
  }
}

const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^(`{3,}|~{3,}|\${2,})/;

/** Width of leading spaces/tabs at `i` (tabs to the next multiple of 4) and where they end. */
function indentation(text: string, i: number, end: number): { width: number; next: number } {
  let width = 0;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) {
    width = text[i] === '\t' ? width + 4 - (width % 4) : width + 1;
    i++;
  }
  return { width, next: i };
}

/** A list marker at `i` (`-`, `*`, `+`, `1.`, `1)` followed by a space, tab or end of line): where it ends. */
function listMarkerEnd(text: string, i: number, end: number): number {
  let j = i;
  const c = text[j];
  if (c === '-' || c === '*' || c === '+') j++;
  else {
    while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j === i || (text[j] !== '.' && text[j] !== ')')) return -1;
    j++;
  }
  return j === end || text[j] === ' ' || text[j] === '\t' ? j : -1;
}

/** The inline delimiters of one paragraph: runs of `*`, `_`, `~`, `[`, and of `` ` `` and `$` (spans to skip). */
function tokens(text: string, segments: Array<[number, number]>): Token[] {
  const out: Token[] = [];
  for (const [start, end] of segments) {
    for (let i = start; i < end; ) {
      const ch = text[i]!;
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === '(' || next === ')') out.push({ ch: next, start: i, length: 2 });
        i += 2;
        continue;
      }
      if ('*_~[`$'.includes(ch)) {
        let j = i + 1;
        while (j < end && text[j] === ch) j++;
        out.push({ ch, start: i, length: j - i });
        i = j;
        continue;
      }
      i++;
    }
  }
  return out;
}

function scanParagraph(text: string, segments: Array<[number, number]>, c: Collector): void {
  const list = tokens(text, segments);
  // Code spans and math close on a run of the same length: index those runs to find the closer in O(1).
  const closers = new Map<string, number[]>();
  list.forEach((t, k) => {
    if (t.ch !== '`' && t.ch !== '$') return;
    const key = `${t.ch}${t.length}`;
    const at = closers.get(key);
    if (at) at.push(k);
    else closers.set(key, [k]);
  });
  const cursor = new Map<string, number>();
  let count = 0;
  const closeParens = list.flatMap((t, k) => (t.ch === ')' ? [k] : []));
  let paren = 0;
  for (let k = 0; k < list.length; k++) {
    const t = list[k]!;
    if (t.ch === '`' || t.ch === '$') {
      const key = `${t.ch}${t.length}`;
      const at = closers.get(key)!;
      let p = cursor.get(key) ?? 0;
      while (p < at.length && at[p]! <= k) p++;
      cursor.set(key, p);
      if (p >= at.length) continue;
      const close = list[at[p]!]!;
      if (t.ch === '$' && !c.math(t.start)) {
        c.mark(t.start, t.length);
        c.mark(close.start, close.length);
      }
      k = at[p]!; // skip to the closing run
      continue;
    }
    if (t.ch === '(') {
      while (paren < closeParens.length && closeParens[paren]! <= k) paren++;
      if (paren >= closeParens.length) {
        // An unclosed `\(` is a delimiter like the others (each one sends a reader looking for its `\)`).
        if (++count > MAX_INLINE_DELIMITERS) {
          c.issue('markup-too-dense', t.start, DENSE_MESSAGE);
          c.literal.push(t.start + 1);
        }
        continue;
      }
      const close = list[closeParens[paren]!]!;
      if (!c.math(t.start)) {
        c.literal.push(t.start + 1, close.start + 1);
      }
      k = closeParens[paren]!;
      continue;
    }
    if (t.ch === ')') continue;
    if (t.length > MAX_DELIMITER_RUN) {
      c.issue('markup-too-dense', t.start, RUN_MESSAGE);
      c.mark(t.start, t.length);
    } else if (++count > MAX_INLINE_DELIMITERS) {
      c.issue('markup-too-dense', t.start, DENSE_MESSAGE);
      c.mark(t.start, t.length);
    }
  }
}

export function markdownBounds(text: string): MarkdownBounds {
  const c = new Collector();
  let fence: { ch: string; length: number; masked: boolean } | null = null;
  let paragraph: Array<[number, number]> = [];
  /** Content columns of the open list items nested by indentation. */
  let items: number[] = [];
  let previousBlank = true;
  let previousQuotes = 0;
  const flush = () => {
    if (paragraph.length > 0) scanParagraph(text, paragraph, c);
    paragraph = [];
  };

  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const next = lineEnd + 1;
    let end = lineEnd;
    if (end > lineStart && text[end - 1] === '\r') end--;

    // Container prefix: leading `>` markers, then list markers (each also nested under the open
    // items of earlier lines whose content column it reaches), each one level deeper.
    let i = lineStart;
    let quotes = 0;
    let lists = false;
    let tail = 0;
    let column = 0; // column inside the quotes' content
    let escapedOne = false;
    const tooDeep = (at: number) => {
      c.issue('nesting-too-deep', at, NESTING_MESSAGE);
      c.literal.push(at);
      escapedOne = true;
    };
    for (;;) {
      const ind = indentation(text, i, end);
      const j = ind.next;
      if (j >= end) break;
      if (text[j] === '>') {
        if (lists) tail++;
        else quotes++;
        if (quotes + items.length + tail > MAX_NESTING_DEPTH) {
          tooDeep(j);
          break;
        }
        i = j + 1 < end && (text[j + 1] === ' ' || text[j + 1] === '\t') ? j + 2 : j + 1;
        continue;
      }
      if (THEMATIC_BREAK.test(text.slice(j, Math.min(end, j + 200)) + (end - j > 200 ? 'x' : ''))) break;
      const m = listMarkerEnd(text, j, end);
      if (m < 0) break;
      const marker = text[j] === '-' || text[j] === '*' || text[j] === '+' ? j : m - 1;
      if (tail > 0) {
        // Lists inside a quote inside a list: one level each, whatever the indentation.
        if (quotes + items.length + ++tail > MAX_NESTING_DEPTH) {
          tooDeep(marker);
          break;
        }
        i = m < end && (text[m] === ' ' || text[m] === '\t') ? m + 1 : m;
        continue;
      }
      if (!lists) {
        lists = true;
        // Quote depth changed: the items of earlier lines are not open here.
        if (quotes !== previousQuotes) items = [];
        column = ind.width;
      } else column += ind.width;
      while (items.length > 0 && items[items.length - 1]! > column) items.pop();
      if (quotes + items.length + 1 > MAX_NESTING_DEPTH) {
        tooDeep(marker);
        break;
      }
      const spaced = m < end && (text[m] === ' ' || text[m] === '\t');
      column += m - j + (spaced ? 1 : 0);
      items.push(column);
      i = spaced ? m + 1 : m;
    }

    const blank = text.slice(i, end).trim() === '';
    if (!escapedOne && quotes === 0 && !lists && !blank && previousBlank && indentation(text, lineStart, end).width < 2) items = [];
    if (!blank) previousQuotes = quotes;
    const rest = text.slice(i, Math.min(end, i + 8)).trimStart();
    const f = FENCE.exec(rest);
    if (fence) {
      if (f && f[1]![0] === fence.ch && f[1]!.length >= fence.length) {
        const at = i + text.slice(i, end).indexOf(f[1]!);
        if (fence.masked) c.mark(at, f[1]!.length);
        fence = null;
      }
    } else if (f && !escapedOne) {
      flush();
      const at = i + text.slice(i, end).indexOf(f[1]!);
      const line = text.slice(i, end).trim();
      const ch = f[1]![0]!;
      if (ch === '$' && line.length > f[1]!.length && line.endsWith('$$')) {
        // `$$ x $$` on one line is a whole display formula, not an opening fence.
        paragraph.push([i, end]);
      } else {
        fence = { ch, length: f[1]!.length, masked: ch === '$' && !c.math(at) };
        if (fence.masked) c.mark(at, f[1]!.length);
      }
    } else if (blank) flush();
    else paragraph.push([i, end]);
    previousBlank = blank;
    lineStart = next;
    if (lineEnd === text.length) break;
  }
  flush();
  c.literal.sort((a, b) => a - b);
  return { issues: c.issues.sort((a, b) => a.offset - b.offset), literal: c.literal };
}

/** The text with a backslash before each literal character (for rendering: offsets shift). */
export function escapeLiteral(text: string, literal: number[]): string {
  if (literal.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const at of literal) {
    parts.push(text.slice(from, at), '\\');
    from = at;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Markdown made safe for micromark and recursive walkers: the literal characters escaped. */
export function boundedMarkdown(text: string): string {
  const { literal } = markdownBounds(text);
  return escapeLiteral(text, literal);
}

const MASK_BASE = 0xe000;
const MASKED = /[\ue000-\ue07f]/g;

/** The text with each literal character swapped for a private-use one (same length, offsets kept). */
export function maskLiteral(text: string, literal: number[]): string {
  if (literal.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const at of literal) {
    parts.push(text.slice(from, at), String.fromCharCode(MASK_BASE + text.charCodeAt(at)));
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Undoes `maskLiteral` in any string taken from the masked text. */
export function unmaskLiteral(s: string): string {
  return s.replace(MASKED, (m) => String.fromCharCode(m.charCodeAt(0) - MASK_BASE));
}
