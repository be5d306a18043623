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
 *   paragraph: those delimiters are literal; likewise past MAX_INLINE_TOKENS code spans,
 *   backslashes, entities, `<`, `!` and `]` in one paragraph (micromark keeps several events for each). Code
 *   spans, `$…$` math and fenced blocks are skipped, never changed.
 *
 * - `too-much-math`: more than MAX_MATH_SPANS_PER_FILE math spans (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`) in
 *   the file (katex/limits.ts): the delimiters of the later ones are literal, so a flood of
 *   `$x$` costs the parser text, not hundreds of thousands of math records.
 *
 * Pure and linear. `markdownBounds(text)` gives the issues (each rule once, at its first place)
 * and the offsets of the characters to read literally; literal-mask.ts applies them to a text
 * (`escapeLiteral` for rendering, `maskLiteral`/`unmaskLiteral` for the parser).
 */

export const MAX_NESTING_DEPTH = 32;
export const MAX_DELIMITER_RUN = 64;
export const MAX_INLINE_DELIMITERS = 200;
export const MAX_INLINE_TOKENS = 2_000;

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

import { MAX_MATH_SPANS_PER_FILE, tooMuchMathMessage } from '../katex/limits.js';

const fmt = (n: number) => n.toLocaleString('en-US');

const NESTING_MESSAGE = `blockquotes or lists nested more than ${fmt(MAX_NESTING_DEPTH)} deep: the deeper markers are shown as text`;
const RUN_MESSAGE = `a run of more than ${fmt(MAX_DELIMITER_RUN)} emphasis or bracket characters: shown as text`;
const OTHERS_MESSAGE = `more than ${fmt(MAX_INLINE_TOKENS)} code spans, backslashes, entities, \`<\`, \`!\` or \`]\` in one paragraph: the rest are shown as text`;
const DENSE_MESSAGE = `more than ${fmt(MAX_INLINE_DELIMITERS)} emphasis or link delimiters in one paragraph: the rest are shown as text`;

/** A growable list of integers in a typed array (a 6 MiB paragraph can hold millions of tokens: plain arrays of them took hundreds of MiB). */
class IntList {
  data = new Int32Array(64);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }

  at(k: number): number {
    return this.data[k]!;
  }
}

/** Token kinds (an index into KINDS). */
const KINDS = ['*', '_', '~', '[', '`', '$', '\\(', '\\)', '\\[', '\\]', 'other'] as const;
type Kind = (typeof KINDS)[number];
const KIND_CODE = new Map<string, number>(KINDS.map((k, i) => [k, i]));

/** A paragraph's tokens as parallel typed arrays: kind (index into KINDS), start, length. */
interface Tokens {
  kind: IntList;
  start: IntList;
  length: IntList;
}

class Collector {
  readonly issues: BoundIssue[] = [];
  readonly literal = new IntList();
  private readonly reported = new Set<string>();
  private mathSpans = 0;

  /** Counts one math span; false (and reported) once the file has too many. */
  math(offset: number): boolean {
    if (++this.mathSpans <= MAX_MATH_SPANS_PER_FILE) return true;
    // Reported once: a flood past the limit must not word the message once per span.
    if (this.mathSpans === MAX_MATH_SPANS_PER_FILE + 1) this.issue('too-much-math', offset, tooMuchMathMessage('spans'));
    return false;
  }

  issue(ruleId: BoundRule, offset: number, message: string): void {
    // Each message belongs to one rule: no key to build (this runs once per masked token).
    if (this.reported.has(message)) return;
    this.reported.add(message);
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

/**
 * The inline tokens of one paragraph: runs of `*`, `_`, `~`, `[`, `` ` ``, `$`; the math openers
 * and closers `\(`, `\)`, `\[`, `\]`; and the other escapes, entities, `<` and `]` ("other").
 */
function tokens(text: string, segments: Array<[number, number]>): Tokens {
  const out: Tokens = { kind: new IntList(), start: new IntList(), length: new IntList() };
  const push = (ch: Kind, start: number, length: number) => {
    out.kind.push(KIND_CODE.get(ch)!);
    out.start.push(start);
    out.length.push(length);
  };
  for (const [start, end] of segments) {
    let first = start;
    while (first < end && (text[first] === ' ' || text[first] === '\t')) first++;
    for (let i = start; i < end; ) {
      const ch = text[i]!;
      if (ch === '\\') {
        const next = text[i + 1] ?? '';
        // `\[` opens display math only at the start of a line; elsewhere it is an escaped bracket.
        if (next === '(' || next === ')' || next === ']' || (next === '[' && i === first)) push(ESCAPED[next]!, i, 2);
        else if (/[!-/:-@[-`{-~]/.test(next)) push('other', i, 2);
        else {
          // A lone backslash: micromark tries an escape at each one, and long paragraphs of them are slow.
          push('other', i, 1);
          i += 1;
          continue;
        }
        i += 2;
        continue;
      }
      if ('*_~[`$'.includes(ch)) {
        let j = i + 1;
        while (j < end && text[j] === ch) j++;
        push(ch as Kind, i, j - i);
        i = j;
        continue;
      }
      if (ch === '&' || ch === '<' || ch === ']' || ch === '!') push('other', i, 1);
      i++;
    }
  }
  return out;
}

/** Indices of the tokens of each kind, with a cursor that only moves forward: "the next one after k". */
class Closers {
  private readonly at = new Map<string, IntList>();
  private readonly cursor = new Map<string, number>();

  add(key: string, k: number): void {
    const list = this.at.get(key);
    if (list) list.push(k);
    else {
      const fresh = new IntList();
      fresh.push(k);
      this.at.set(key, fresh);
    }
  }

  next(key: string, k: number): number {
    const list = this.at.get(key);
    if (!list) return -1;
    let p = this.cursor.get(key) ?? 0;
    while (p < list.length && list.at(p) <= k) p++;
    this.cursor.set(key, p);
    return p < list.length ? list.at(p) : -1;
  }
}

const ESCAPED: Record<string, Kind> = { '(': '\\(', ')': '\\)', '[': '\\[', ']': '\\]' };
const MATH_CLOSER: Record<string, string> = { '\\(': '\\)', '\\[': '\\]' };

function scanParagraph(text: string, segments: Array<[number, number]>, c: Collector): void {
  const { kind, start, length } = tokens(text, segments);
  // Code spans and `$` math close on a run of the same length, `\(` on `\)`, `\[` on `\]`.
  const closers = new Closers();
  for (let k = 0; k < kind.length; k++) {
    const t = KINDS[kind.at(k)]!;
    if (t === '`' || t === '$') closers.add(`${t}${length.at(k)}`, k);
    else if (t === '\\)' || t === '\\]') closers.add(t, k);
  }
  let delimiters = 0;
  let others = 0;
  /** Closing runs already made literal with their opener. */
  const maskedCloser = new Uint8Array(kind.length);
  for (let k = 0; k < kind.length; k++) {
    if (maskedCloser[k]) continue;
    const t = KINDS[kind.at(k)]!;
    const at = start.at(k);
    const n = length.at(k);
    if (t === '`' || t === '$') {
      const end = closers.next(`${t}${n}`, k);
      if (end < 0) continue;
      if (t === '$' ? !c.math(at) : ++others > MAX_INLINE_TOKENS) {
        if (t === '`') c.issue('markup-too-dense', at, OTHERS_MESSAGE);
        c.mark(at, n);
        c.mark(start.at(end), length.at(end));
        // Its content is markdown now: scan it (skipped, its `*` and `_` reached micromark uncounted).
        maskedCloser[end] = 1;
        continue;
      }
      k = end; // skip to the closing run
      continue;
    }
    const closer = MATH_CLOSER[t];
    if (closer) {
      const end = closers.next(closer, k);
      if (end < 0) {
        // An unclosed `\(` is a delimiter like the others (each one sends a reader looking for its `\)`).
        if (++delimiters > MAX_INLINE_DELIMITERS) {
          c.issue('markup-too-dense', at, DENSE_MESSAGE);
          c.mark(at, 2);
        }
        continue;
      }
      if (!c.math(at)) {
        c.mark(at, 2);
        c.mark(start.at(end), 2);
        maskedCloser[end] = 1;
        continue;
      }
      k = end;
      continue;
    }
    if (t === 'other' || t === '\\)' || t === '\\]') {
      if (++others > MAX_INLINE_TOKENS) {
        c.issue('markup-too-dense', at, OTHERS_MESSAGE);
        c.mark(at, n);
      }
      continue;
    }
    if (n > MAX_DELIMITER_RUN) {
      c.issue('markup-too-dense', at, RUN_MESSAGE);
      c.mark(at, n);
    } else if (++delimiters > MAX_INLINE_DELIMITERS) {
      c.issue('markup-too-dense', at, DENSE_MESSAGE);
      c.mark(at, n);
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
  return { issues: c.issues.sort((a, b) => a.offset - b.offset), literal: sortedUnique(c.literal) };
}

/** Sorted, without repeats (an offset can be marked twice: a list marker too deep that is also a `*` run). */
function sortedUnique(list: IntList): number[] {
  let sorted = true;
  for (let k = 1; k < list.length && sorted; k++) if (list.at(k) <= list.at(k - 1)) sorted = false;
  if (sorted) {
    const out = new Array<number>(list.length);
    for (let k = 0; k < list.length; k++) out[k] = list.at(k);
    return out;
  }
  const typed = list.data.slice(0, list.length).sort();
  const out: number[] = [];
  for (let k = 0; k < typed.length; k++) if (k === 0 || typed[k] !== typed[k - 1]) out.push(typed[k]!);
  return out;
}
