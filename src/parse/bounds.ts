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
 * (`escapeLiteral` for rendering, `maskLiteral`/`unmaskLiteral` for the parser). This file reads
 * the lines (containers, fences, paragraphs); bounds-inline.ts counts each paragraph's inline
 * tokens and math spans, into what bounds-collector.ts collects.
 */
import { type BoundIssue, Collector, fmt, type IntList } from './bounds-collector.js';
import { scanParagraph } from './bounds-inline.js';

export const MAX_NESTING_DEPTH = 32;

export interface MarkdownBounds {
  issues: BoundIssue[];
  /** Sorted offsets of characters (ASCII punctuation) that must be read as literal text. */
  literal: number[];
}

const NESTING_MESSAGE = `blockquotes or lists nested more than ${fmt(MAX_NESTING_DEPTH)} deep: the deeper markers are shown as text`;

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
