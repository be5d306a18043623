/**
 * Display formulas written on the lines of a paragraph: `$…$` or `$$…$$` alone on a line (or
 * followed by a parenthetical remark), several `$…$` spans on one line or consecutive `$…$`
 * lines joined into one equation, and Obsidian's `$$…$$` anywhere in a sentence.
 */
import type { Nodes, Paragraph } from 'mdast';
import { endOf, exactSource, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { withoutLabels } from './math-labels.js';
import { inlineForm, textOutside, type Line } from './paragraph-lines.js';
import { readProseDefinitions } from './where-sentence.js';
import { isValueAssignment, joinsPrevious } from './record-rules.js';
import { followsLabel, RELATION } from './formula-sheet.js';
import type { Range } from './section-content.js';
import type { Variable } from '../types.js';
import type { SectionReader } from './section-reader.js';
import { shownSource } from './markdown-escapes.js';

/** More math spans than this on one line make a line of prose, not a display equation. */
const MAX_DISPLAY_PIECES = 8;
/** A parenthetical remark after a formula: `$a = \frac{b}{c}$ (for small c)`. */
const PARENTHETICAL = /^[ \t]*[,;]?[ \t]*\((?:[^()\n]|\([^()\n]*\))*\)[ \t]*[.,;]?[ \t]*$/;

/**
 * Line `i` of a paragraph's lines when it is display math: read as an equation (or as a
 * definition while a where-list is read). True when it was one. `previousProse`: the prose
 * paragraph right before, which introduces a formula on the paragraph's first line.
 */
export function readDisplayLine(r: SectionReader, lines: Line[], i: number, previousProse: Range | null): boolean {
  const { ctx } = r;
  const line = displayLine(r, lines, i, r.lastWasEquation);
  if (!line) return false;
  const firstMath = line.maths[0]!;
  if ((r.mode === 'intro' || r.mode === 'defs') && r.current.length > 0) {
    const fromLine = r.readLineDefinition(line);
    const variables = (r.mode === 'intro' && line.maths.length === 1 ? r.definitionsOfDisplay(mathSourceOf(firstMath, ctx), r.lines.span(line.start, line.end)) : null) ?? (fromLine ? [fromLine] : null);
    // A display set apart (`$$u = \frac{B}{…}$$` after "where:" / "其中:") that gives no meaning
    // defines its left-hand side by the formula: an equation of its own, no empty where-item (trial 7, P18).
    // A membership (`W \in \mathbb{R}^{d}`) or a `:=` definition stays the where-list's item.
    const formulaOnly = line.maths.length === 1 && inlineForm(firstMath, ctx) !== 'dollar' && variables !== null && formulaOfItsOwn(variables, mathSourceOf(firstMath, ctx).latex);
    if (variables && !formulaOnly) {
      r.define({ variables }, line.start, line.end, line.maths);
      r.mode = 'defs';
      return true;
    }
  }
  if (i === 0) r.proseBefore = previousProse;
  line.maths.forEach((m, k) => {
    const src = mathSourceOf(m, ctx);
    // Several `$…$` spans on one line, or consecutive `$…$` lines, are one equation (a `gathered` block).
    const previous = r.drafts[r.drafts.length - 1];
    // In a formula sheet (formula-sheet.ts) each `$…$` line is a formula of its own.
    // Two relations on one line joined by a comma or semicolon are two formulas (trial 6, N3).
    const separate = k > 0 && commaJoined(ctx.text.slice(endOf(line.maths[k - 1]!, ctx), startOf(m, ctx)), line.maths[k - 1]!, m);
    if (!separate && (k > 0 || (r.lastWasEquation && i > 0 && !ctx.formulaSheet)) && previous && joinsPrevious(previous.display, inlineForm(m, ctx))) r.extendEquation(src, endOf(m, ctx));
    else if (r.substitution(src.latex)) r.lastWasEquation = false;
    else {
      // `\[ x \]` and `$$x … y$$` on content lines were rewritten to ` $x … y$ `: the
      // equation's span covers the author's two-character delimiters again.
      const rewritten = ctx.bracketDisplays.has(startOf(m, ctx)) || ctx.dollarDisplays.has(startOf(m, ctx)) ? 1 : 0;
      r.startEquation([src], inlineForm(m, ctx), startOf(m, ctx) - rewritten, endOf(m, ctx) + rewritten);
    }
  });
  return true;
}

/**
 * A display after "where"/"with" that gives no meaning (every definition read from it is empty)
 * and defines its left side with a plain `=`: a formula of its own, no empty where-item (trial 7
 * P18, trial 9 E3). A membership (`W \in \mathbb{R}^{d}`), a `:=` definition or a value
 * (`c = 2.998 \times 10^8`) stays an item.
 */
export function formulaOfItsOwn(variables: Variable[], latex: string): boolean {
  return variables.every((v) => !v.description.trim()) && DEFINING_EQUALS.test(latex) && !isValueAssignment(latex);
}

/** `u = …` with a plain equals sign (not `:=`, `\coloneqq`, `\in`, `\le`). */
const DEFINING_EQUALS = /^[^=]*[^:<>!=\\]=(?!=)(?![^]*(?::=|\\coloneqq|\\in\b))/;

/** `$a = b$, $c = d$`: two relations joined by a comma or semicolon. */
function commaJoined(between: string, a: Nodes, b: Nodes): boolean {
  const relation = (m: Nodes) => RELATION.test(String((m as { value?: unknown }).value ?? ''));
  return /^[ \t]*[,;][ \t]*$/.test(between) && relation(a) && relation(b);
}

/**
 * Line `i` as a display line (math alone on it, or one formula and a parenthetical remark, whose
 * math is then prose), or null. `afterEquation`: the line before was a formula.
 */
function displayLine(r: SectionReader, lines: Line[], i: number, afterEquation: boolean): Line | null {
  const { ctx } = r;
  const line = lines[i]!;
  const firstMath = line.maths[0];
  if (firstMath === undefined || startOf(firstMath, ctx) !== line.start) return null;
  const remark = PARENTHETICAL.exec(ctx.text.slice(endOf(firstMath, ctx), line.end));
  const shown = remark ? { ...line, maths: [firstMath] } : line;
  const isDisplay =
    (remark !== null || /^[\s,.;]*$/.test(textOutside(line, ctx))) &&
    shown.maths.length <= MAX_DISPLAY_PIECES &&
    !definitionTerm(r, lines, i) &&
    shown.maths.every((m) => m.type === 'inlineMath' && (displayAllowed(r, lines, i, afterEquation) || inlineForm(m, ctx) !== 'dollar' || followsLabel(lines, i, ctx) || loneDollars(m, ctx)));
  return isDisplay ? shown : null;
}

/**
 * The first display line of the paragraph at or after line `from` (a formula the author sets
 * apart later in the paragraph, after prose: "The formula becomes:" then `\[…\]`, or a bare
 * environment's first line), or -1.
 */
export function nextDisplayLine(r: SectionReader, lines: Line[], from: number): number {
  for (let j = from; j < lines.length; j++) if (displayLine(r, lines, j, false) || ENVIRONMENT_OPEN.test(r.ctx.text.slice(lines[j]!.start, lines[j]!.end))) return j;
  return -1;
}

/** `$` alone on its line, the formula, `$` alone on its line (dollars.ts): a display wherever it stands (trial 9, E2). */
function loneDollars(m: Nodes, ctx: ChunkContext): boolean {
  const at = startOf(m, ctx);
  return ctx.text[at] === '$' && /^\$[ \t]*\r?\n/.test(ctx.text.slice(at, at + 8)) && /\n[ \t]*\$$/.test(ctx.text.slice(Math.max(at, endOf(m, ctx) - 8), endOf(m, ctx)));
}

/** A pandoc definition list's term (`$N$` then `:   population size`): a definition, no equation. */
function definitionTerm(r: SectionReader, lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && /^[ \t]*:[ \t]/.test(r.ctx.text.slice(next.start, next.end));
}

/** Single-dollar math alone on a line is display at a paragraph's start, after a display line, or after a line ending in a colon. */
function displayAllowed(r: SectionReader, lines: Line[], i: number, afterEquation: boolean): boolean {
  if (i === 0) return true;
  const prev = lines[i - 1]!;
  return afterEquation || r.ctx.text.slice(prev.start, prev.end).trimEnd().endsWith(':');
}

/**
 * Obsidian shows `$$…$$` as display math wherever it stands: inside a sentence it is an
 * equation, and a where-clause after it on its paragraph defines it. True when the line had one
 * (the rest of the paragraph is read).
 */
export function obsidianDisplay(r: SectionReader, line: Line, p: Paragraph): boolean {
  const { ctx } = r;
  const shown = line.maths.filter((m) => m.type === 'inlineMath' && inlineForm(m, ctx) === 'double-dollar' && !ctx.parenInlines.has(startOf(m, ctx)));
  if (shown.length === 0) return false;
  for (const m of shown) {
    const rewritten = ctx.dollarDisplays.has(startOf(m, ctx)) ? 1 : 0;
    r.startEquation([mathSourceOf(m, ctx)], 'double-dollar', startOf(m, ctx) - rewritten, endOf(m, ctx) + rewritten);
  }
  const after = endOf(shown[shown.length - 1]!, ctx);
  const where = /^[\s,.;:]*(?:where|here|in which|with)\b[\s:,]*/i.exec(ctx.text.slice(after, endOf(p, ctx)));
  if (where) {
    const from = after + where[0].length;
    const variables = readProseDefinitions(from, endOf(p, ctx), ctx, r.lines, r.previousSlug);
    if (variables.length > 0) {
      r.openWhere(after);
      r.define({ variables }, after, endOf(p, ctx), mathsBetween(ctx, from, endOf(p, ctx)));
    }
  }
  r.mode = 'none';
  return true;
}

/**
 * pandoc writes a LaTeX display (`\[…\]`, `equation`, `align`) as `$$…$$` inside its paragraph
 * ("Consider $$\label{eq:model} … $$ At $x=0$ …"), and shows `$$` as display wherever it stands.
 * In the pandoc dialect every such display is an equation the author presents, one-line `$$x$$` in
 * a sentence too ("The variance is $$V = …,$$ which we estimate.": pandoc shows it set apart; trial 5,
 * M5), but a bare value (`$$k = 1$$`, `$$0.35$$`: record-rules.ts). True when the line had one; the paragraph's next lines are read as usual.
 */
export function pandocDisplay(r: SectionReader, line: Line): boolean {
  const { ctx } = r;
  const shown = line.maths.filter((m) => m.type === 'inlineMath' && inlineForm(m, ctx) === 'double-dollar' && !ctx.parenInlines.has(startOf(m, ctx)) && shownByPandoc(ctx.text.slice(startOf(m, ctx), endOf(m, ctx)), m.value));
  if (shown.length === 0) return false;
  for (const m of shown) {
    const src = mathSourceOf(m, ctx);
    if (r.substitution(src.latex)) continue;
    r.lastWasEquation = false;
    const rewritten = ctx.dollarDisplays.has(startOf(m, ctx)) ? 1 : 0;
    r.startEquation([src], 'double-dollar', startOf(m, ctx) - rewritten, endOf(m, ctx) + rewritten);
  }
  r.lastWasEquation = false;
  return true;
}

/** A labelled or multi-line display, or a one-line formula that is no bare value (`$$k = 1$$` in a sentence stays a span). */
function shownByPandoc(raw: string, latex: string): boolean {
  return raw.includes('\n') || /\\label[ \t]*\{/.test(raw) || (/[A-Za-z]/.test(latex) && !isValueAssignment(latex));
}

/** A line that opens a bare LaTeX environment (MathJax renders it anywhere in the text). */
const ENVIRONMENT_OPEN = /^\\begin\{(equation|align|gather|alignat|multline|flalign|eqnarray)((?:\\)?\*)?\}/;

/**
 * A bare `\begin{align*}` … `\end{align*}` on lines of a paragraph glued to prose ("The loss
 * is:" / `\begin{align*}` … / `\end{align*}` / "Its gradient:"), as MathJax renders it: an
 * equation like the same environment as its own paragraph (and so checked). Line `i` opens it;
 * returns the index of the line that closes it, or -1 when it is not one (its `\end` must end
 * a line of the same paragraph; a quoted paragraph's lines carry markers, so it is left alone).
 */
export function readEnvironmentLines(r: SectionReader, lines: Line[], i: number, previousProse: Range | null): number {
  const { ctx } = r;
  const line = lines[i]!;
  const open = ENVIRONMENT_OPEN.exec(ctx.text.slice(line.start, line.end));
  if (!open) return -1;
  const close = `\\end{${open[1]}${open[2] ?? ''}}`;
  for (let j = i; j < lines.length; j++) {
    const text = ctx.text.slice(lines[j]!.start, lines[j]!.end).trimEnd();
    if (j > i && /^[ \t]*>/.test(ctx.text.slice(ctx.text.lastIndexOf('\n', lines[j]!.start - 1) + 1, lines[j]!.start))) return -1;
    const at = text.indexOf(close);
    if (at < 0) continue;
    if (at + close.length !== text.length) return -1;
    const end = lines[j]!.start + text.length;
    const src = withoutLabels(shownSource(exactSource(ctx.text, line.start, end), ctx));
    if (i === 0) r.proseBefore = previousProse;
    if (r.substitution(src.latex)) r.lastWasEquation = false;
    else r.startEquation([src], 'fenced', line.start, end);
    return j;
  }
  return -1;
}
