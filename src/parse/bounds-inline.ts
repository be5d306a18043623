/**
 * The inline half of the markdown bounds (bounds.ts): one paragraph's delimiter runs, escapes,
 * code spans and math spans, counted against the `markup-too-dense` and `too-much-math` bounds.
 * Code spans and `$…$` math are skipped, never changed, unless the file is past its math limit.
 */
import { type Collector, fmt, IntList } from './bounds-collector.js';

export const MAX_DELIMITER_RUN = 64;
export const MAX_INLINE_DELIMITERS = 200;
export const MAX_INLINE_TOKENS = 2_000;

const RUN_MESSAGE = `a run of more than ${fmt(MAX_DELIMITER_RUN)} emphasis or bracket characters: shown as text`;
const OTHERS_MESSAGE = `more than ${fmt(MAX_INLINE_TOKENS)} code spans, backslashes, entities, \`<\`, \`!\` or \`]\` in one paragraph: the rest are shown as text`;
const DENSE_MESSAGE = `more than ${fmt(MAX_INLINE_DELIMITERS)} emphasis or link delimiters in one paragraph: the rest are shown as text`;

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

export function scanParagraph(text: string, segments: Array<[number, number]>, c: Collector): void {
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
