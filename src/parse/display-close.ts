/**
 * Where a display that opens a line (`$$…` or `\[…`, after blockquote markers or a list indent)
 * closes, and how its blank lines are kept inside it.
 *
 * Within the opening paragraph the first closing delimiter closes it. markdown-it-katex,
 * markdown-it-mathjax3, remark-math's fenced `$$`, MathJax in the page, Obsidian and kramdown
 * all read blank lines inside such a display as part of the formula (a `\begin{array}` with an
 * empty line between its rows), so the search goes on past a blank line, but more strictly:
 * there only a line whose closing delimiter ends it (`\end{array}$$`, `$$` alone, `…\]`) closes,
 * and the search stops — the display is unclosed, as before — at a heading, a code fence, a line
 * that opens another display (`$$x`, `\[`), a line holding the delimiter anywhere else, a line of
 * prose (words without any formula character), or the end of the opening line's container
 * (fewer `>` markers, or less indent, after a blank line).
 *
 * remark would still end the paragraph at the blank line, so when the display is rewritten to
 * inline math the blank lines are filled with same-length placeholders (offsets stay file
 * offsets): the line break before a blank line becomes BLANK_BREAK, a quoted blank line's `>`
 * markers and spaces become BLANK_MARK. `restoreBlankLines` turns them back into the author's
 * line breaks in the LaTeX; `blankLinesAsText` removes them from prose and markdown.
 */
import type { MathSource } from '../types.js';

/** Stands for a line break before a blank line inside a display (its LaTeX has the `\n` back). */
export const BLANK_BREAK = '\uE101';
/** Stands for a blank quoted line's `>` markers and spaces inside a display (no part of its LaTeX). */
export const BLANK_MARK = '\uE102';

export interface DisplayClose {
  /** Offset of the closing delimiter. */
  at: number;
  /** Line breaks before blank lines crossed (to become BLANK_BREAK when the display is made inline). */
  breaks: number[];
  /** Characters of blank quoted lines crossed (to become BLANK_MARK when the display is made inline). */
  marks: number[];
}

/** The container of the line a display opens on: its blockquote depth and its indent after the markers. */
export interface DisplayContainer {
  quotes: number;
  indent: number;
}

const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
/** A label after a closing `$$` (MyST `(label)`, Quarto `{#eq-x}`), which may end the closing line. */
const LABEL_TAIL = /^[ \t]*(?:\([A-Za-z0-9_:.-]{1,80}\)|\{#[A-Za-z0-9_:.-]{1,80}\})?[ \t\r]*$/;

/** Characters of LaTeX (and of formulas written without it): a line with none of them and two words is prose. */
const FORMULA_CHARACTER = /[\\^_{}&=+\-*/<>|()[\]0-9$]/;
const WORDS = /\p{L}{2,}[^\p{L}]+\p{L}{2,}/u;

/** A line of words without a formula's characters ("Some prose."): no display holds it, so a display that reaches it past a blank line is unclosed. */
function isProse(line: string): boolean {
  return WORDS.test(line) && !FORMULA_CHARACTER.test(line);
}

/** True when the character at `i` is preceded by an odd number of backslashes (i.e. escaped). */
function escaped(text: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && text.charCodeAt(j) === 92; j--) n++;
  return n % 2 === 1;
}

/** The blockquote markers that open a line: their count and where the rest begins. */
export function quotePrefix(line: string): { quotes: number; length: number } {
  let quotes = 0;
  let length = 0;
  const m = /^(?: {0,3}>[ \t]?)+/.exec(line);
  if (m) {
    length = m[0].length;
    for (const c of m[0]) if (c === '>') quotes++;
  }
  return { quotes, length };
}

/** The first unescaped `delimiter` in [from, end), skipping `\\` whole (so `\\]` is no `\]`); -1 when none. */
function delimiterIn(text: string, from: number, end: number, delimiter: string): number {
  for (let j = from; j < end - 1; j++) {
    if (text[j] === delimiter[0] && text[j + 1] === delimiter[1] && !escaped(text, j)) return j;
    if (text[j] === '\\' && text[j + 1] === '\\') j++;
  }
  return -1;
}

/**
 * The closing `delimiter` (`$$` or `\]`) of a display opened on a line of `container`, searched
 * from `from` (just after the opening delimiter); null when it never closes by the rules above.
 */
export function findDisplayClose(text: string, from: number, delimiter: '\\]' | '$$', container: DisplayContainer): DisplayClose | null {
  const breaks: number[] = [];
  const marks: number[] = [];
  let crossedBlank = false;
  let lineEnd = text.indexOf('\n', from);
  if (lineEnd < 0) lineEnd = text.length;
  // The rest of the opening line.
  const first = delimiterIn(text, from, lineEnd, delimiter);
  if (first >= 0) return { at: first, breaks, marks };
  let pendingBreaks: number[] = [];
  while (lineEnd < text.length) {
    const lineStart = lineEnd + 1;
    const previousBreak = lineEnd;
    lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const prefix = quotePrefix(line);
    const body = line.slice(prefix.length);
    if (body.trim() === '') {
      // A blank line: within the container (its markers become BLANK_MARK), or the container's end.
      if (container.quotes > 0 && prefix.quotes < container.quotes) return null;
      if (prefix.quotes > 0) {
        for (let k = lineStart; k < lineEnd; k++) if (text[k] !== '\r') marks.push(k);
      } else {
        pendingBreaks.push(previousBreak);
      }
      crossedBlank = true;
      continue;
    }
    breaks.push(...pendingBreaks);
    pendingBreaks = [];
    if (HEADING.test(body) || FENCE.test(body)) return null;
    if (!crossedBlank) {
      const at = delimiterIn(text, lineStart, lineEnd, delimiter);
      if (at >= 0) return { at, breaks, marks };
      continue;
    }
    // Past a blank line: still in the container, not a new display, closed only at the line's end.
    if (prefix.quotes < container.quotes) return null;
    const indent = body.length - body.trimStart().length;
    if (container.quotes === 0 && indent < container.indent) return null;
    const trimmed = body.trim();
    const closingDollars = trimmed.startsWith('$$') && LABEL_TAIL.test(trimmed.slice(2));
    if ((trimmed.startsWith('$$') && !closingDollars) || trimmed.startsWith('\\[') || (delimiter === '\\]' && closingDollars)) return null;
    const at = delimiterIn(text, lineStart, lineEnd, delimiter);
    if (at < 0) {
      if (isProse(trimmed)) return null;
      continue;
    }
    const tail = text.slice(at + 2, lineEnd);
    if (delimiter === '$$' ? LABEL_TAIL.test(tail) : tail.trim() === '') return { at, breaks, marks };
    return null;
  }
  return null;
}

/** The LaTeX of a display with blank lines, as the author wrote it: each BLANK_BREAK a line break again, BLANK_MARK dropped (its map cut with it). */
export function restoreBlankLines(src: MathSource): MathSource {
  if (!src.latex.includes(BLANK_BREAK) && !src.latex.includes(BLANK_MARK)) return src;
  // The number of BLANK_MARKs before each position of the LaTeX.
  const before = new Int32Array(src.latex.length + 1);
  for (let i = 0; i < src.latex.length; i++) before[i + 1] = before[i]! + (src.latex[i] === BLANK_MARK ? 1 : 0);
  const pieces: MathSource['map']['pieces'] = [];
  for (const p of src.map.pieces) {
    let runStart = p.at;
    for (let i = p.at; i <= p.at + p.length; i++) {
      if (i < p.at + p.length && src.latex[i] !== BLANK_MARK) continue;
      if (i > runStart) pieces.push({ at: runStart - before[runStart]!, offset: p.offset + (runStart - p.at), length: i - runStart });
      runStart = i + 1;
    }
  }
  return { latex: src.latex.replaceAll(BLANK_MARK, '').replaceAll(BLANK_BREAK, '\n'), map: { pieces } };
}

/** True when the text holds a placeholder of a display's blank lines. */
export function hasBlankLinePlaceholders(text: string): boolean {
  return text.includes(BLANK_BREAK) || text.includes(BLANK_MARK);
}

/** Prose and markdown hold no placeholder: a blank line inside math there is one line break. */
export function blankLinesAsText(s: string): string {
  if (!s.includes(BLANK_BREAK) && !s.includes(BLANK_MARK)) return s;
  return s.replace(/\n[ \t]*\uE102[\uE102 \t]*(?=\n)/g, '').replaceAll(BLANK_MARK, '').replaceAll(BLANK_BREAK, '');
}

/** A list item's or an admonition's first line (admonitions read as list items, containers.ts): its indent, marker and the spaces after it. */
const ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)]|!!!|\?\?\?\+?|===)([ \t]+)\S/;

/**
 * The content columns of the list items and admonitions open at a line, so that a display
 * indented inside one (`    $$\begin{aligned}` in a nested item or a `!!! note` body) opens
 * like one at the top level, while an indented code block (four columns past them) does not.
 */
export class ItemColumns {
  private readonly open: number[] = [];

  /** Reads a non-blank line outside code and blockquotes. */
  enter(line: string): void {
    const indent = line.length - line.trimStart().length;
    while (this.open.length > 0 && this.open[this.open.length - 1]! > indent) this.open.pop();
    const m = ITEM.exec(line);
    if (!m) return;
    const admonition = /^[!?=]/.test(m[2]!);
    this.open.push(admonition ? m[1]!.length + 4 : m[1]!.length + m[2]!.length + Math.min(m[3]!.length, 4));
  }

  /** True when a line of this indent (read by `enter` first) may open a display: at most three columns past its container's content. */
  allows(indent: number): boolean {
    const column = this.open.length > 0 ? this.open[this.open.length - 1]! : 0;
    return indent - column <= 3;
  }
}

/**
 * The text with its placeholders undone at the same length, for prose kept by offset (the intro,
 * the preamble): a filled line break becomes a space (the math stays one paragraph), a blank
 * quoted line's characters are the source's again.
 */
export function blankLinesSameLength(text: string, source: string): string {
  if (!text.includes(BLANK_BREAK) && !text.includes(BLANK_MARK)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    out += c === BLANK_BREAK ? ' ' : c === BLANK_MARK ? (source[i] ?? ' ') : c;
  }
  return out;
}
