/**
 * Small helpers over remark's mdast for the parser: absolute offsets, the plain text of a node,
 * paragraphs split into source lines, and markdown slices with inline math normalised to `$...$`.
 */
import type { ReadingWords } from './language.js';
import type { BoxTitle } from './colon-fences.js';
import type { Nodes, Parent } from 'mdast';
import type { MacroTable, MathSource } from '../types.js';
import { LITERAL_DOLLAR, restoreDollars } from './dollars.js';
import { containedSource } from './contained-math.js';
import { blankLinesAsText, restoreBlankLines } from './display-close.js';
import { withoutLabels } from './math-labels.js';
import { applyMacros, MAX_EXPANSION_WORK, type MacroBudget } from './macro-expand.js';
import { shownSource } from './markdown-escapes.js';

/** A chunk's text and where it starts in the file. */
export interface ChunkContext {
  /** The preprocessed text of the whole file (same offsets as the file). */
  text: string;
  /** Offsets where the file wrote `\[` (rewritten to `$$` by preprocessing). */
  bracketDisplays: Set<number>;
  /** Offsets where the file wrote `\(` (rewritten to `$$` by preprocessing). */
  parenInlines: Set<number>;
  /** Offsets of `$$` displays rewritten to inline math (see preprocess.ts). */
  dollarDisplays: Set<number>;
  offset: number;
  /** Labels written after a display's closing `$$` (preprocess.ts), by offset. */
  displayLabels?: ReadonlyMap<number, string>;
  /** The document's dialect (dialect.ts). */
  dialect?: string;
  /** The LaTeX of the file's equations read so far (record-rules.ts: worked substitutions of them are no new equations). */
  earlier?: string[];
  /** The chunk's math nodes (inline and display), in source order; set by the section reader. */
  maths?: Nodes[];
  /** The words where-lists are read by, in the document's language (language.ts); English when absent. */
  words?: ReadingWords;
  /** Bodies of colon-fenced containers that hold commentary (colon-fences.ts): checked, never equations. */
  commentary?: ReadonlyArray<readonly [number, number]>;
  /** Titles of colon-fenced boxes with their bodies' ranges (colon-fences.ts), heading what the page shows of a body. */
  boxTitles?: ReadonlyArray<BoxTitle>;
  /** The macros the document's formulas are expanded with (macros.ts); absent when it has none. */
  macros?: MacroTable;
  /** The document is a formula sheet (formula-sheet.ts): consecutive `$…$` lines are separate formulas. */
  formulaSheet?: boolean;
  /** The document is an outline page (list-formulas.ts): displays inside bullets are its formulas. */
  outlinePage?: boolean;
  /** What is left of the document's expansion work (macro-expand.ts), shared by its chunks. */
  macroBudget?: MacroBudget;
}

export function startOf(node: Nodes, ctx: ChunkContext): number {
  return (node.position?.start.offset ?? 0) + ctx.offset;
}

export function endOf(node: Nodes, ctx: ChunkContext): number {
  return (node.position?.end.offset ?? 0) + ctx.offset;
}

/** Plain text of a node (math kept as its LaTeX, HTML tags dropped, text dollars as `$`). Iterative: any depth. */
export function plainText(node: Nodes): string {
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'html') continue;
    if ('value' in n && typeof n.value === 'string') out += n.value;
    else if ('children' in n) {
      const children = (n as Parent).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Nodes);
    }
  }
  return blankLinesAsText(out.includes(LITERAL_DOLLAR) ? restoreDollars(out, false) : out);
}

/**
 * The LaTeX of an inline or flow math node with its exact place in the file, taken from the
 * source (not the node's value) so the offset map is exact. Labels are removed and the
 * collection's macros expanded (macro-expand.ts): every later stage reads the expanded formula.
 */
export function mathSourceOf(node: Nodes, ctx: ChunkContext): MathSource {
  const source = restoreBlankLines(readMathSource(node, ctx));
  if (!ctx.macros) return withoutLabels(source);
  ctx.macroBudget ??= { left: MAX_EXPANSION_WORK };
  return applyMacros(withoutLabels(source), ctx.macros, ctx.macroBudget);
}

function readMathSource(node: Nodes, ctx: ChunkContext): MathSource {
  const start = startOf(node, ctx);
  const end = endOf(node, ctx);
  const raw = ctx.text.slice(start, end);
  if (node.type === 'inlineMath') {
    let d = 0;
    while (raw[d] === '$') d++;
    let e = raw.length;
    let closing = 0;
    while (e > d && raw[e - 1] === '$' && closing < d) {
      e--;
      closing++;
    }
    const src = containedSource(ctx.text, start + d, start + e, (node as { value: string }).value) ?? exactSource(ctx.text, start + d, start + e);
    // A single-dollar span is text to kramdown, escapes resolved before MathJax (markdown-escapes.ts); `$$…$$`, `\(…\)` and `\[…\]` are not.
    const single = d === 1 && !ctx.dollarDisplays.has(start) && !ctx.bracketDisplays.has(start);
    return single ? shownSource(src, ctx) : src;
  }
  if (node.type === 'code') {
    // ```math: the lines between the fences (an unclosed fence runs to the end of its block).
    const firstBreak = raw.indexOf('\n');
    if (firstBreak < 0) return exactSource(ctx.text, end, end);
    const lastBreak = raw.lastIndexOf('\n');
    const closed = lastBreak > firstBreak && CLOSING_FENCE.test(raw.slice(lastBreak + 1));
    const to = closed ? start + lastBreak : end;
    const from = start + firstBreak + 1 + directiveOptions(raw.slice(firstBreak + 1, closed ? lastBreak : raw.length));
    const value = node.value.slice(directiveOptions(node.value));
    return containedSource(ctx.text, from, to, value) ?? exactSource(ctx.text, Math.min(from, to), to);
  }
  // Flow math: content lines between the opening fence line and the closing fence.
  const firstBreak = raw.indexOf('\n');
  const contentStart = firstBreak < 0 ? start + 2 : start + firstBreak + 1;
  let contentEnd = end;
  const lastLine = raw.lastIndexOf('\n');
  // (`lastLine === firstBreak`: an empty display, `$$` then `$$` on the next line.)
  if (firstBreak >= 0 && lastLine >= firstBreak && CLOSING_DOLLARS.test(raw.slice(lastLine + 1))) contentEnd = start + lastLine;
  else if (raw.trimEnd().endsWith('$$') && firstBreak < 0) contentEnd = start + raw.trimEnd().length - 2;
  const to = Math.max(contentStart, contentEnd);
  return (node.type === 'math' ? containedSource(ctx.text, contentStart, to, node.value) : null) ?? exactSource(ctx.text, contentStart, to);
}

/** The length of the MyST directive options (`:label: x` lines) that open a ```` ```{math} ```` block's content. */
function directiveOptions(content: string): number {
  const m = /^(?:[ \t>]*:[A-Za-z][\w-]*:[^\n]*(?:\n|$))+/.exec(content);
  return m ? m[0].length : 0;
}

/** A closing fence line, after a blockquote's `>` markers when it is inside one. */
const CLOSING_FENCE = /^(?:[ \t]*>)*\s*(`{3,}|~{3,})\s*$/;
const CLOSING_DOLLARS = /^(?:[ \t]*>)*\s*\$\$\s*$/;

/** A MathSource copied verbatim from the file, trimmed; the CR of CRLF line endings is left out (so CRLF and LF files give the same LaTeX). */
export function exactSource(text: string, start: number, end: number): MathSource {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const from = start + lead;
  const to = start + raw.trimEnd().length;
  if (!raw.includes('\r')) return { latex: mathDollars(text.slice(from, to)), map: { pieces: [{ at: 0, offset: from, length: Math.max(0, to - from) }] } };
  let latex = '';
  const pieces: MathSource['map']['pieces'] = [];
  let runStart = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text.charCodeAt(i) === 13) {
      if (i > runStart) {
        pieces.push({ at: latex.length, offset: runStart, length: i - runStart });
        latex += text.slice(runStart, i);
      }
      runStart = i + 1;
    }
  }
  return { latex: mathDollars(latex), map: { pieces } };
}

/** The `$` of a `\$` in math, held as LITERAL_DOLLAR while parsing (dollars.ts), is a `$` again in the LaTeX. */
function mathDollars(latex: string): string {
  return latex.includes(LITERAL_DOLLAR) ? latex.split(LITERAL_DOLLAR).join('$') : latex;
}

/** True when a `$$` math block has its closing `$$` (an unclosed one runs to the end of its section). */
export function isClosedFlowMath(node: Nodes, ctx: ChunkContext): boolean {
  if (node.type !== 'math') return true;
  const raw = ctx.text.slice(startOf(node, ctx), endOf(node, ctx)).trim();
  return raw.length >= 4 && raw.endsWith('$$') && (raw.includes('\n') || raw.length > 4);
}

/**
 * Markdown of a source range with every inline math node rewritten as `$...$`
 * (so `\(x\)` and `$$x$$` read as ordinary inline math downstream).
 */
export function markdownSlice(start: number, end: number, maths: Nodes[], ctx: ChunkContext): string {
  let out = '';
  let at = start;
  for (const m of maths) {
    const s = startOf(m, ctx);
    const e = endOf(m, ctx);
    if (s < at || e > end) continue;
    out += ctx.text.slice(at, s) + '$' + mathDollars(blankLinesAsText((m as { value: string }).value).trim()) + '$';
    at = e;
  }
  return restoreDollars((out + ctx.text.slice(at, end)).replace(/\r/g, '').trim());
}

/** All math nodes below a node (inline, `$$` display and fenced `math` code), in order. Iterative: any depth. */
export function inlineMaths(node: Nodes): Nodes[] {
  const out: Nodes[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'inlineMath' || n.type === 'math' || isMathCode(n)) out.push(n);
    else if ('children' in n) {
      const children = (n as Parent).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Nodes);
    }
  }
  return out;
}

/** A fenced code block of language `math` (```` ```math ````), which GitLab, GitHub and MyST read as display math. */
export function isMathCode(node: Nodes): boolean {
  if (node.type !== 'code') return false;
  const lang = (node.lang ?? '').toLowerCase();
  // MyST's directive: ```{math}
  return lang === 'math' || lang === '{math}';
}

/** The chunk's math nodes whose source lies in [start, end), in order (binary search: `ctx.maths` is in source order). */
export function mathsBetween(ctx: ChunkContext, start: number, end: number): Nodes[] {
  const maths = ctx.maths ?? [];
  let lo = 0;
  let hi = maths.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(maths[mid]!, ctx) < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Nodes[] = [];
  for (let i = lo; i < maths.length && startOf(maths[i]!, ctx) < end; i++) if (endOf(maths[i]!, ctx) <= end) out.push(maths[i]!);
  return out;
}
