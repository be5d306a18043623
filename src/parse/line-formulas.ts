/**
 * Formulas an author presents on one line of a paragraph with a plain label or a short
 * conclusion (issue 24, trial 6 N1–N4), in every dialect:
 *
 * - `Reflection: $$i = i'$$`, `Réflexion : $$i = i'$$` — a plain label (no bold), a colon (ASCII or
 *   full-width, with or without a space), then one `$$…$$` that ends the line: a formula named by
 *   its label (kramdown reads `$$…$$` inside running prose as inline math, but a label and its
 *   colon are no prose);
 * - `$E$ --> energy of … $$E = …$$` — a symbol or word, an arrow and its meaning, then one `$$…$$`
 *   that ends the line: a formula (the heading names it);
 * - `Voltage $v$, $v = iR$`, `電位差 $v$，$v(t) = i(t)R$`, `Charge $Q$: $Q = CV$` — a short label,
 *   maybe the symbol it names, a comma or colon, then a relation `$…$` that ends the line;
 * - a line that starts with a relation `$…$` where a formula may stand (a paragraph's first
 *   line, under a label line, after a formula or a colon) and adds only more relations joined by
 *   `,`/`，`/`;`/`；` (each one a formula) or a short conclusion after a comma or an arrow
 *   (`$G = 1/R$，unit S`; `$deg(P) = 1 < deg(Q) = 3 \Rightarrow$ asymptote $y=0$.`).
 *
 * Inline math in running prose stays prose: a formula here ends its line, or its line is short
 * and starts with it; a where-list being read (`Mass: $m$`) is left to the definitions.
 */
import type { Nodes } from 'mdast';
import { endOf, markdownSlice, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { inlineForm, textOutside, type Line } from './paragraph-lines.js';
import { RELATION } from './formula-sheet.js';
import { GENERIC_LEAD_IN } from './section-lead-ins.js';
import type { SectionReader } from './section-reader.js';
import type { Variable } from '../types.js';
import { definitionFrom } from './definitions.js';
import { markProse, usesSymbol } from './prose-sentences.js';
import { isChineseNoun } from './prose-cjk-topics.js';

/** More math spans than this on one line make it prose (as for display lines). */
const MAX_PIECES = 8;
/** A plain label this long or shorter names its formula. */
const MAX_LABEL = 60;
/** A plain label without its symbol names a formula in this many words or fewer. */
const MAX_NAME_WORDS = 3;
/** A conclusion after a formula this long or shorter (text outside math) keeps the line a formula line. */
const MAX_CONCLUSION = 40;
/** `Label :` / `Label:` / `Label：` before the formula (no math, no sentence end, no list marker). */
const PLAIN_LABEL = /^[ \t]*([^\s$:：*_>#|-][^$:：\n]{0,80}?)[ \t]*[:：][ \t]*$/;
/** `symbol --> meaning` before the formula. */
const ARROW_LABEL = /^[ \t]*\S[^\n]{0,200}?[ \t]*(?:-->|->|→|⟶|=>|⇒)[ \t]*\S[^\n]*$/;
/** `Voltage $v$,` / `電位差 $v$，` / `Charge $Q$:`: a short label, maybe its symbol, then a separator. */
const SYMBOL_LABEL = /^[ \t]*([^\s$*_>#|-][^$\n]{0,40}?)[ \t]*(\$[^$\n]{1,30}\$)?[ \t]*[,，:：][ \t]*$/;
/** Separators between formulas on one line. */
const JOINER = /^[ \t]*[,，;；、][ \t]*$/;
/** What a conclusion after a formula starts with: a comma, semicolon or colon, or an arrow. */
const CONCLUSION_START = /^[ \t]*(?:[,，;；:：]|-->|->|→|⟶|=>|⇒)/;
/** A formula whose last operator is an arrow or a space before the conclusion: `… \qquad \Rightarrow \qquad`. */
const ENDS_IN_ARROW = /\\(?:Rightarrow|Longrightarrow|implies|to|rightarrow|longrightarrow)\s*(?:\\q?quad\s*|\\[,;: ]\s*|~\s*)*$/;

/** One symbol with its scripts (`p`, `x_i`, `\\sigma^2`, `u(x,y)`): what a label names, not a formula. */
const BARE_SYMBOL = /^\s*\\?[A-Za-z]+(?:[_^](?:\{[^{}]*\}|\\?[A-Za-z0-9]+)|')*(?:\([^()=]*\))?\s*$/;

function isRelation(m: Nodes): boolean {
  return RELATION.test(String((m as { value?: unknown }).value ?? ''));
}

/** A line of a paragraph read as one of the shapes above: the formulas become equations. True when it was one. */
export function readLineFormulas(r: SectionReader, lines: Line[], i: number, continuing: boolean): boolean {
  // More math than a formula line holds makes a line of prose (and bounds the work on one line).
  if (r.mode === 'intro' || r.mode === 'defs' || lines[i]!.maths.length > MAX_PIECES) return false;
  return labelledDouble(r, lines[i]!, continuing) || symbolLabelled(r, lines[i]!, continuing) || formulaRun(r, lines, i, continuing);
}

/** A line that ends in a `$$…$$` after a plain label or an arrow and its meaning. */
const LABELLED_LINE = /^[ \t]*(?:[^\s$:：*_>#|-][^$:：\n]{0,80}?[ \t]*[:：]|\S[^\n]{0,200}?[ \t]*(?:-->|->|→|⟶|=>|⇒)[ \t]*\S[^\n]{0,300}?)[ \t]*\$\$[^$\n]+\$\$[ \t]*$/gm;
const lineEndStyle = new WeakMap<ChunkContext, boolean>();

/**
 * A text whose author writes formulas at the ends of lines (two labelled `$$…$$` lines or more,
 * an Obsidian habit: it shows `$$…$$` as a display wherever it stands): there every `$$…$$`
 * formula that ends a line is one, after any gloss (`$\nu$ (frequency)$$\frac{c}{\lambda}$$`).
 */
function displaysAtLineEnds(ctx: ChunkContext): boolean {
  let known = lineEndStyle.get(ctx);
  if (known === undefined) {
    known = (ctx.text.match(LABELLED_LINE) ?? []).length >= 2;
    lineEndStyle.set(ctx, known);
  }
  return known;
}

/** `Label : $$f$$` or `x --> meaning $$f$$`: one `$$…$$` that ends the line after a plain label. */
function labelledDouble(r: SectionReader, line: Line, continuing: boolean): boolean {
  const { ctx } = r;
  const last = line.maths[line.maths.length - 1];
  if (!last || last.type !== 'inlineMath' || inlineForm(last, ctx) !== 'double-dollar' || ctx.parenInlines.has(startOf(last, ctx))) return false;
  if (ctx.text.slice(endOf(last, ctx), line.end).trim() !== '') return false;
  const before = ctx.text.slice(line.start, startOf(last, ctx));
  const plain = line.maths.length === 1 ? PLAIN_LABEL.exec(before) : null;
  if (plain && r.words.whereIntro.test(plain[1]!.trim())) return false;
  if (!plain && !ARROW_LABEL.test(before.replace(/\$[^$\n]*\$/g, 'x')) && !displaysAtLineEnds(ctx)) return false;
  const src = mathSourceOf(last, ctx);
  // `Price: $$p$$` names a symbol (kramdown writes every symbol so): no formula.
  if (BARE_SYMBOL.test(src.latex)) return false;
  if (r.substitution(src.latex)) return true;
  if (plain) name(r, line.start + before.indexOf(plain[1]!), plain[1]!.trimEnd().length);
  start(r, last, 'double-dollar', continuing);
  // `$\phi(\lambda)$ --> surface flux … $$…$$`: the symbol and its meaning introduce the formula (prose-arrows.ts).
  if (!plain && line.maths.length > 1) r.introduceLast({ start: line.start, end: startOf(last, ctx) });
  return true;
}

/** `Voltage $v$, $v = iR$`: a short label (maybe naming the symbol), a separator, one relation that ends the line. */
function symbolLabelled(r: SectionReader, line: Line, continuing: boolean): boolean {
  const { ctx } = r;
  const last = line.maths[line.maths.length - 1];
  if (!last || line.maths.length > 2 || last.type !== 'inlineMath' || inlineForm(last, ctx) !== 'dollar' || !isRelation(last)) return false;
  if (!/^[\s.。]*$/.test(ctx.text.slice(endOf(last, ctx), line.end))) return false;
  const before = ctx.text.slice(line.start, startOf(last, ctx));
  const label = SYMBOL_LABEL.exec(before);
  // With two spans the first is the label's symbol; a label without one needs its colon or comma and no math.
  if (!label || (line.maths.length === 2) !== (label[2] !== undefined) || /^\d/.test(label[1]!)) return false;
  if ((label[2] !== undefined && RELATION.test(label[2])) || r.words.whereIntro.test(label[1]!.trim())) return false;
  // Without the symbol the label is a name of a few words (`Ohm's law:`), not a clause ("Log returns add across periods:").
  if (label[2] === undefined && (label[1]!.trim().split(/\s+/).length > MAX_NAME_WORDS || label[1]!.trim().length > 30)) return false;
  const src = mathSourceOf(last, ctx);
  if (r.substitution(src.latex)) return true;
  name(r, line.start + before.indexOf(label[1]!), label[1]!.trimEnd().length);
  // `電位差 $v$，$v(t) = …$`: a Chinese noun is the meaning of its symbol, when the formula writes it.
  if (line.maths.length === 2 && isChineseNoun(label[1]!.trim())) r.pendingDefinitions = labelDefinition(r, label[1]!.trim(), line.maths[0]!, src.latex);
  start(r, last, 'dollar', continuing);
  return true;
}

/** The label's symbol defined by the label (`動能 $K$，` → K: 動能), or null when the formula does not write it. */
function labelDefinition(r: SectionReader, label: string, m: Nodes, formula: string): { variables: Variable[]; maths: Nodes[] } | null {
  const src = mathSourceOf(m, r.ctx);
  if (!BARE_SYMBOL.test(src.latex) || !/\p{L}/u.test(label) || !usesSymbol(formula, src.latex.trim())) return null;
  const read = definitionFrom([src], label, markdownSlice(startOf(m, r.ctx), endOf(m, r.ctx), [m], r.ctx).trim() + ` — ${label}`, r.lines.span(startOf(m, r.ctx), endOf(m, r.ctx)), r.previousSlug);
  return 'symbols' in read ? { variables: [markProse(read)], maths: [m] } : null;
}

/**
 * A line that starts with a relation `$…$` where a formula may stand, then only more relations
 * joined by separators, or a short conclusion after a separator or an arrow.
 */
function formulaRun(r: SectionReader, lines: Line[], i: number, continuing: boolean): boolean {
  const { ctx } = r;
  const line = lines[i]!;
  const first = line.maths[0];
  if (!first || first.type !== 'inlineMath' || startOf(first, ctx) !== line.start || inlineForm(first, ctx) !== 'dollar' || !isRelation(first)) return false;
  if (!mayStand(r, lines, i, continuing) || !endsParagraphLine(lines, i, r)) return false;
  const run: Nodes[] = [first];
  let k = 1;
  for (; k < line.maths.length; k++) {
    const m = line.maths[k]!;
    if (m.type !== 'inlineMath' || inlineForm(m, ctx) !== 'dollar' || !isRelation(m) || !JOINER.test(ctx.text.slice(endOf(run[run.length - 1]!, ctx), startOf(m, ctx)))) break;
    run.push(m);
  }
  const after = ctx.text.slice(endOf(run[run.length - 1]!, ctx), line.end);
  if (!/^[\s,.;，。；]*$/.test(after)) {
    const rest: Line = { start: endOf(run[run.length - 1]!, ctx), end: line.end, maths: line.maths.slice(k) };
    const arrow = ENDS_IN_ARROW.test(String((run[run.length - 1] as { value?: unknown }).value ?? ''));
    if (!(arrow || CONCLUSION_START.test(after)) || textOutside(rest, ctx).trim().length > MAX_CONCLUSION || rest.maths.length > 2) return false;
  } else if (run.length === 1) return false; // one formula alone on its line: the display-line reader's
  let joined = continuing;
  for (const m of run) {
    const src = mathSourceOf(m, ctx);
    if (r.substitution(src.latex)) continue;
    start(r, m, 'dollar', joined);
    joined = true;
  }
  return true;
}

/** A formula may stand on line `i`: its paragraph's first line, after a formula, a line ending in a colon, or a short label line. */
function mayStand(r: SectionReader, lines: Line[], i: number, continuing: boolean): boolean {
  if (i === 0 || continuing) return true;
  const prev = lines[i - 1]!;
  const text = r.ctx.text.slice(prev.start, prev.end).trim();
  if (/[:：]$/.test(text)) return true;
  // A label line (`分壓`, `Series pair`) that starts its paragraph: short, no sentence end.
  // A label with math names a symbol and says what it is (`Conductance $G$: how well it conducts`).
  if (prev.maths.length > 1 || (prev.maths.length === 1 && !/^[^:：]*[:：]/.test(r.ctx.text.slice(endOf(prev.maths[0]!, r.ctx), prev.end)))) return false;
  return i === 1 && text.length <= MAX_LABEL && !/[.。!?！？,，;；]$/.test(text);
}

/** The line is no wrapped sentence: the paragraph ends after it, or the next line is an image, a formula or a label line. */
function endsParagraphLine(lines: Line[], i: number, r: SectionReader): boolean {
  const next = lines[i + 1];
  if (!next) return true;
  const text = r.ctx.text.slice(next.start, next.end).trim();
  // An image, or a site generator's tag (`{{< /box-example >}}`, `{% endcapture %}`): no sentence.
  if (text === '' || /^!\[[^\]\n]*\]\([^)\n]*\)$/.test(text) || /^\{\{[<%][^\n]*[>%]\}\}$|^\{%[^\n]*%\}$/.test(text)) return true;
  const firstMath = next.maths[0];
  return firstMath !== undefined && startOf(firstMath, r.ctx) === next.start && isRelation(firstMath);
}

function name(r: SectionReader, offset: number, length: number): void {
  const label = markdownSlice(offset, offset + length, [], r.ctx).trim();
  if (label === '' || label.length > MAX_LABEL || GENERIC_LEAD_IN.test(label)) return;
  r.leadIn = { name: label, nameText: label.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim() || label, offset };
}

function start(r: SectionReader, m: Nodes, form: 'dollar' | 'double-dollar', continuing: boolean): void {
  const { ctx } = r;
  const mStart = startOf(m, ctx);
  const rewritten = ctx.bracketDisplays.has(mStart) || ctx.dollarDisplays.has(mStart) ? 1 : 0;
  // Formulas on consecutive lines are a run: they share the definitions after them.
  r.lastWasEquation = continuing;
  r.startEquation([mathSourceOf(m, ctx)], form, mStart - rewritten, endOf(m, ctx) + rewritten);
}
