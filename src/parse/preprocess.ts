/**
 * Same-length rewriting of LaTeX's own math delimiters into the ones remark-math understands.
 *
 * remark-math only knows `$`; pasted LLM output also uses `\(...\)` inline and `\[...\]` for
 * display math, which plain markdown reads as escaped brackets (the seed's equations 14-17 would
 * vanish). Every rewrite keeps the text's length, so every offset remark reports is also an
 * offset in the original file: `\(`/`\)` → `$$` (inline math with a two-dollar sequence) and
 * a `\[`/`\]` line → `$$` (a math fence). Code (fenced and inline) is left alone.
 */

import { replaceChars } from './text-edits.js';
import { LITERAL_DOLLAR } from './dollars.js';
import { BLANK_BREAK, BLANK_MARK, findDisplayClose, ItemColumns, quotePrefix } from './display-close.js';
import { ListIndent } from './list-indent.js';
import { escaped, gluedDisplays, htmlBracketLine, rewriteInlineParens } from './preprocess-lines.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

export interface Preprocessed {
  text: string;
  /** Offsets (in the text) where a `\[` display block was rewritten to `$$`. */
  bracketDisplays: Set<number>;
  /** Offsets where an inline `\(` was rewritten to `$$`. */
  parenInlines: Set<number>;
  /** Offsets of the `$` of a `$$...$$` display whose dollars share lines with the formula (rewritten to ` $`...`$ `). */
  dollarDisplays: Set<number>;
  /** Offsets of a `\[` that opens a display which never closes. */
  unclosedBrackets: number[];
  /** Offsets of a `$$x` (formula on the `$$` line) that opens a display which never closes; its `$$` are text (LITERAL_DOLLAR). */
  unclosedDollars: number[];
  /** Those of `unclosedDollars` whose line ends in `\\$$`: the closing `$$` is escaped (a leftover of `\\]`). */
  escapedCloses: Set<number>;
  /** Labels written after a display's closing `$$` (MyST `$$ (label)`, Quarto `$$ {#eq-x}`), by the offset of the label; blanked in the text. */
  displayLabels: Map<number, string>;
  /** Offsets of the `$` of GitHub's `` $`x`$ `` inline math (rewritten to ` $x$ `). */
  tickInlines: Set<number>;
}

/** A label after a closing `$$`: MyST's `(label)`, Quarto's and pandoc's `{#eq-name}`. */
const LABEL_AFTER = /\$\$([ \t]*(?:\(([A-Za-z0-9_:.-]{1,80})\)|\{#([A-Za-z0-9_:.-]{1,80})\}))[ \t]*$/;

/**
 * When the line [start, end) ends in `$$ (label)` or `$$ {#label}`: the label is recorded and
 * its characters become spaces, so the `$$` closes the display as every reader expects.
 */
function takeLabel(text: string, start: number, end: number, spaces: number[], labels: Map<number, string>): boolean {
  const m = LABEL_AFTER.exec(text.slice(start, end));
  if (!m) return false;
  const at = start + m.index + 2;
  if (labels.has(at)) return true;
  for (let i = at; i < at + m[1]!.length; i++) spaces.push(i);
  labels.set(at, (m[2] ?? m[3])!);
  return true;
}

/**
 * Rewrite `\(..\)` and `\[..\]` to dollar delimiters without changing any offset.
 *
 * `\[` and `\]` each alone on their line become a `$$` math fence. Otherwise (`\[ x \]` on
 * one line, or `\]` at the end of the last line of the formula) no fence can be made without
 * moving text, so they become ` $` and `$ `: inline math spanning the lines, which remark reads
 * the same way. Both are recorded in `bracketDisplays` (at the offset of the `$`).
 */
export function normaliseDelimiters(text: string): Preprocessed {
  // Characters that become `$` or a space (each rewrite replaces two characters).
  const out: number[] = [];
  const spaces: number[] = [];
  const bracketDisplays = new Set<number>();
  const parenInlines = new Set<number>();
  const dollarDisplays = new Set<number>();
  const unclosedBrackets: number[] = [];
  const unclosedDollars: number[] = [];
  const escapedCloses = new Set<number>();
  const literal: number[] = [];
  const displayLabels = new Map<number, string>();
  const tickInlines = new Set<number>();
  // Line breaks before, and markers of, blank lines inside displays made inline (display-close.ts).
  const breaks: number[] = [];
  const marks: number[] = [];
  const items = new ItemColumns();
  const lists = new ListIndent();
  let fence: string | null = null;
  let inDisplay: 'dollar' | null = null;
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
      // The reader splits the document at headings (split.ts): no `$$` fence reads past one.
      if (inDisplay && HEADING.test(line)) inDisplay = null;
      // In a blockquote or callout (`> $$ (label)`), a list item or an admonition (indented), a display's label is read the same way.
      if (/^[ \t]*(?:>[ \t>]*)?\$\$/.test(line)) takeLabel(text, lineStart, lineEnd, spaces, displayLabels);
      // A display opens after the line's blockquote markers, if any (display-close.ts reads its container).
      const prefix = quotePrefix(line);
      const body = line.slice(prefix.length);
      const quoted = prefix.quotes > 0;
      let trimmed = body.trim();
      let indent = body.length - body.trimStart().length;
      // Columns (a tab to the next multiple of 4) past the content column of the list item the line
      // continues (list-indent.ts); a list marker's content starts past it (`- $$` opens a display
      // in a bullet, as remark reads it). Lines inside a display are LaTeX: they open no list item.
      let columnsOk = false;
      if (!quoted && !inDisplay && trimmed !== '') {
        const { indent: columns, content } = lists.read(line);
        columnsOk = columns <= 3;
        if (content > indent) {
          const rest = line.slice(content);
          trimmed = rest.trim();
          indent = content + (rest.length - rest.trimStart().length);
        }
      }
      const open = lineStart + prefix.length + indent;
      const container = { quotes: prefix.quotes, indent };
      if (!quoted && trimmed !== '') items.enter(line);
      // At most three columns past the content of its list item or admonition (more is indented code).
      const mayOpen = quoted ? indent <= 3 : columnsOk || items.allows(indent);
      const opensBracket = !inDisplay && mayOpen && trimmed.startsWith('\\[') && !escaped(text, open);
      const bracket = opensBracket ? findDisplayClose(text, open + 2, '\\]', container) : null;
      if (opensBracket && !bracket) unclosedBrackets.push(open);
      if (bracket) {
        const close = bracket.at;
        let closeLineEnd = text.indexOf('\n', close);
        if (closeLineEnd < 0) closeLineEnd = text.length;
        const closeLine = text.slice(text.lastIndexOf('\n', close - 1) + 1, closeLineEnd);
        if (trimmed === '\\[' && withoutQuotes(closeLine).trim() === '\\]') {
          out.push(open, open + 1, close, close + 1);
          bracketDisplays.add(open);
        } else {
          spaces.push(open, close + 1);
          out.push(open + 1, close);
          bracketDisplays.add(open + 1);
          breaks.push(...bracket.breaks);
          marks.push(...bracket.marks);
        }
        lineStart = closeLineEnd + 1;
        continue;
      } else if (!inDisplay && !quoted && mayOpen && trimmed.startsWith('$$') && /^\$\$[^$]*\$\$/.test(trimmed) && !closeEscaped(trimmed)) {
        if (!gluedDisplays(text, open, lineEnd, spaces, dollarDisplays)) takeLabel(text, lineStart, lineEnd, spaces, displayLabels);
      } else if (!inDisplay && mayOpen && trimmed.startsWith('$$') && !(quoted && /^\$\$[^$]*\$\$/.test(trimmed))) {
        // A `$$` display: a math fence when both `$$` stand alone on their lines; otherwise
        // (`$$x` … `y$$`) remark would read a fence that never closes, so make it inline math
        // (its blank lines filled, display-close.ts).
        const display = findDisplayClose(text, open + 2, '$$', container);
        const closeAt = display ? display.at : -1;
        const closeLineEnd = closeAt < 0 ? -1 : text.indexOf('\n', closeAt) < 0 ? text.length : text.indexOf('\n', closeAt);
        const closeLineStart = closeAt < 0 ? -1 : text.lastIndexOf('\n', closeAt - 1) + 1;
        const labelled = closeAt >= 0 && takeLabel(text, closeLineStart, closeLineEnd, spaces, displayLabels);
        const closeLine = closeAt < 0 ? '' : labelled ? text.slice(closeLineStart, closeAt + 2) : text.slice(closeLineStart, closeLineEnd);
        if (display && !(trimmed === '$$' && withoutQuotes(closeLine).trim() === '$$')) {
          spaces.push(open, closeAt + 1);
          dollarDisplays.add(open + 1);
          breaks.push(...display.breaks);
          marks.push(...display.marks);
          lineStart = closeLineEnd + 1;
          continue;
        }
        if (display && quoted) {
          // A quoted `$$` fence (remark reads it in its blockquote): its lines are math, its closing `$$` opens nothing.
          lineStart = closeLineEnd + 1;
          continue;
        }
        if (trimmed === '$$' && !quoted) inDisplay = 'dollar';
        else if (!display && trimmed !== '$$') {
          // `$$x` that never closes: reported at its `$$`, which is text; remark would read a fence
          // whose first line is lost and which swallows the rest of the section.
          unclosedDollars.push(open);
          if (closeEscaped(trimmed)) escapedCloses.add(open);
          literal.push(open, open + 1);
        }
      } else if (inDisplay === 'dollar' && (trimmed === '$$' || (trimmed.startsWith('$$') && takeLabel(text, lineStart, lineEnd, spaces, displayLabels)))) {
        inDisplay = null;
      } else if (!inDisplay && htmlBracketLine(text, lineStart, lineEnd, out, spaces, bracketDisplays)) {
        // `<p>\[ … \]</p>` (Hexo with MathJax, trial 9 E4): made `$ … $` in place, read by html-displays.ts.
      } else if (!inDisplay) {
        rewriteInlineParens(text, lineStart, lineEnd, out, parenInlines, spaces, tickInlines);
      }
    }
    lineStart = lineEnd + 1;
  }
  return { text: applyEdits(text, out, spaces, breaks, marks, literal), bracketDisplays, parenInlines, dollarDisplays, unclosedBrackets, unclosedDollars, escapedCloses, displayLabels, tickInlines };
}

/** A line without its blockquote markers. */
function withoutQuotes(line: string): string {
  return line.slice(quotePrefix(line).length);
}

function applyEdits(text: string, dollars: number[], spaces: number[], breaks: number[], marks: number[], literal: number[]): string {
  return replaceChars(text, [
    ...literal.map((i) => [i, LITERAL_DOLLAR] as const),
    ...dollars.map((i) => [i, '$'] as const),
    ...spaces.map((i) => [i, ' '] as const),
    ...breaks.map((i) => [i, BLANK_BREAK] as const),
    ...marks.map((i) => [i, BLANK_MARK] as const),
  ]);
}

/**
 * True when a line's first `$$…$$` ends in an escaped dollar (`$$x = y\\$$`): `\\$` is a dollar
 * sign in markdown, MathJax and KaTeX alike, so that `$$` closes nothing and the math is text.
 */
function closeEscaped(trimmed: string): boolean {
  const m = /^\$\$([^$]*)\$\$/.exec(trimmed);
  if (!m) return false;
  let n = 0;
  for (let j = m[1]!.length - 1; j >= 0 && m[1]!.charCodeAt(j) === 92; j--) n++;
  return n % 2 === 1;
}
