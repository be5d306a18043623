/**
 * One paragraph of a section, line by line: a bare LaTeX environment is an equation; a
 * where-table defines; then each line is a display formula (section-inline-display.ts), a
 * where-introduction, a gloss or where-sentence (section-prose.ts), a labelled formula or a
 * lead-in (section-lead-ins.ts), a formula on a line with a plain label or a short conclusion
 * (line-formulas.ts), Obsidian's in-sentence `$$…$$`, a definition line of an open
 * where-list, or prose that may introduce the next formula.
 */
import type { Paragraph } from 'mdast';
import { endOf, exactSource, inlineMaths, startOf } from './mdast-helpers.js';
import { logicalLines, textOutside, type Line } from './paragraph-lines.js';
import { readWhereTable } from './where-table.js';
import { usesSymbol } from './prose-sentences.js';
import { withoutLabels } from './math-labels.js';
import { labelledFormula, readLeadIn } from './section-lead-ins.js';
import { nextDisplayLine, obsidianDisplay, pandocDisplay, readDisplayLine, readEnvironmentLines } from './section-inline-display.js';
import { readDefiningParagraph, readGlossLine, readItalicWhere, readWhereSentence } from './section-prose.js';
import type { SectionReader } from './section-reader.js';
import type { Range } from './section-content.js';
import { clauseDefinitions, followsLabel, labelName } from './formula-sheet.js';
import { readLineFormulas } from './line-formulas.js';
import { readGluedLines } from './prose-glued.js';
import { shownSource } from './markdown-escapes.js';
import { readDefinitionLines } from './section-definition-lines.js';
import { dashDefinitions } from './dash-lines.js';
import { markForWriters } from './definitions-run.js';

/**
 * A paragraph of `$x$ - meaning` lines right before a display that writes their symbols (trial 9,
 * D3): the display's definitions, written first. True when it was one.
 */
export function readDashesBefore(r: SectionReader, p: Paragraph, display: string): boolean {
  const lines = logicalLines(p, r.ctx);
  // Lines the formula before writes are its where-list (readLines).
  if (r.mode === 'after' && r.current.length > 0 && dashDefinitions(lines, r.ctx, r.lines, r.previousSlug, r.currentFormula())) return false;
  const read = dashDefinitions(lines, r.ctx, r.lines, r.previousSlug, display);
  if (!read) return false;
  for (const v of read.variables) markForWriters(v);
  r.pendingDefinitions = read;
  r.used.push({ start: startOf(p, r.ctx), end: endOf(p, r.ctx) });
  r.mode = 'none';
  r.leadIn = null;
  r.lastWasEquation = false;
  return true;
}

/**
 * Line `i` is a formula sheet's clause naming symbols ("With $n$ the number of moles and $M$ the
 * molar mass,") over a formula line: it defines that formula, not the one before it. True when it was one.
 */
function sheetClause(r: SectionReader, lines: Line[], i: number): boolean {
  const line = lines[i]!;
  if (line.maths.length === 0 || !followsLabel(lines, i + 1, r.ctx)) return false;
  const variables = clauseDefinitions(line, r.ctx, r.lines, r.previousSlug);
  if (variables.length === 0) return false;
  r.pendingDefinitions = { variables, maths: line.maths };
  r.proseBefore = null;
  return true;
}

/**
 * Line `i` is a formula sheet's label that names the formula line under it (formula-sheet.ts):
 * the label is the formula's name, no prose of the section. True when it was one.
 */
function sheetLabel(r: SectionReader, lines: Line[], i: number): boolean {
  const line = lines[i]!;
  if (!followsLabel(lines, i + 1, r.ctx)) return false;
  const lead = labelName(line, r.ctx);
  if (!lead) return false;
  r.leadIn = lead;
  r.used.push({ start: line.start, end: line.end });
  r.proseBefore = null;
  return true;
}

/** A line that ends in a colon (bold markers dropped), short enough to be a lead-in. */
const COLON_END = /^[^\n]{0,160}[:：]\s*$/;

/** A bare LaTeX environment as a paragraph (`\begin{align} … \end{align}`), display math in arithmatex and MathJax; kramdown authors may escape its star (`align\*`). */
const ENVIRONMENT = /^\\begin\{(equation|align|gather|alignat|multline|flalign|eqnarray)((?:\\)?\*)?\}[\s\S]*\\end\{\1\2\}$/;

export function readParagraph(r: SectionReader, p: Paragraph): void {
  readLines(r, p);
  // A sheet clause's definitions belong to the formula right under it, never to a later one.
  r.pendingDefinitions = null;
}

function readLines(r: SectionReader, p: Paragraph): void {
  const { ctx } = r;
  const pStart = startOf(p, ctx);
  const pEnd = endOf(p, ctx);
  /** Prose paragraph right before this one: it introduces a formula on this paragraph's first line. */
  const previousProse = r.proseBefore;
  r.proseBefore = null;
  if (ENVIRONMENT.test(ctx.text.slice(pStart, pEnd).trim())) {
    r.proseBefore = previousProse;
    // No delimiters to hold to the format's `$…$` (display-delimiters), like a fenced block.
    // kramdown resolves its escapes in this text before MathJax sees it (markdown-escapes.ts).
    r.startEquation([withoutLabels(shownSource(exactSource(ctx.text, pStart, pEnd), ctx))], 'fenced', pStart, pEnd);
    return;
  }
  if (r.current.length > 0 && r.mode !== 'none') {
    const formula = r.currentFormula();
    const table = readWhereTable(p, ctx, r.lines, r.previousSlug, r.mode !== 'after', (s) => usesSymbol(formula, s));
    if (table) {
      if (r.mode === 'after') r.openWhere(pStart);
      r.define({ variables: table }, pStart, pEnd, inlineMaths(p));
      r.mode = 'defs';
      r.lastWasEquation = false;
      return;
    }
  }
  const lines = logicalLines(p, ctx);
  if (r.mode === 'after' && r.current.length > 0) {
    // `$F_d$ - drag force` lines right after the formula: its where-list (trial 9, E1).
    const dash = dashDefinitions(lines, ctx, r.lines, r.previousSlug, r.currentFormula());
    if (dash) {
      r.openWhere(pStart);
      r.define(dash, pStart, pEnd, dash.maths);
      r.mode = 'defs';
      r.lastWasEquation = false;
      return;
    }
  }
  // `$P$: principal` / `$r$: yearly rate` on lines of their own right after the formula (section-definition-lines.ts).
  if (readDefinitionLines(r, lines)) return;
  let keepLeadIn = false;
  /** The next display line after the one read (nextDisplayLine), found when a where-sentence needs it: -1 when there is none. */
  let next = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === 0 && r.calloutTitle?.paragraph === p) {
      r.leadIn = r.calloutTitle.lead;
      keepLeadIn = true;
      continue;
    }
    if (readDisplayLine(r, lines, i, previousProse)) continue;
    const closed = readEnvironmentLines(r, lines, i, previousProse);
    if (closed >= 0) {
      i = closed;
      continue;
    }
    const plain = textOutside(line, ctx).replace(/[*_]/g, '');
    if (line.maths.length === 0 && (r.words.whereIntro.test(plain.trim()) || (i === lines.length - 1 && r.words.whereIntroSentence.test(plain)))) {
      if (r.current.length > 0) r.openWhere(line.start);
      r.lastWasEquation = false;
      continue;
    }
    const continuing = r.lastWasEquation;
    r.lastWasEquation = false;
    if (readLineFormulas(r, lines, i, continuing)) continue;
    if (sheetClause(r, lines, i)) continue;
    if (readGlossLine(r, line)) continue;
    // A where-sentence reads up to the next formula set apart on its own line ("… The formula
    // becomes:" / `\[…\]`): that one is an equation of its own (issue 24, F20).
    if (next !== -1 && next <= i) next = nextDisplayLine(r, lines, i + 1);
    if (readWhereSentence(r, line, next < 0 ? pEnd : lines[next]!.start)) {
      if (next < 0) return;
      i = next - 1;
      continue;
    }
    const italic = readItalicWhere(r, line, pEnd);
    if (italic >= 0) {
      while (i + 1 < lines.length && lines[i + 1]!.start < italic) i++;
      continue;
    }
    if (labelledFormula(r, line, continuing)) continue;
    if (ctx.dialect === 'obsidian' && obsidianDisplay(r, line, p)) return;
    if (ctx.dialect === 'pandoc' && pandocDisplay(r, line)) continue;
    if ((r.mode === 'intro' || r.mode === 'defs') && r.current.length > 0) {
      const variable = r.readLineDefinition(line);
      if (variable) {
        r.define({ variables: [variable] }, line.start, line.end, line.maths);
        r.mode = 'defs';
        continue;
      }
    }
    if (sheetLabel(r, lines, i)) {
      keepLeadIn = true;
      continue;
    }
    if (i === 0 && readDefiningParagraph(r, lines, p)) return;
    // Definitions glued under a display line of this paragraph (trial 6, N5).
    const glued = readGluedLines(r, lines, i, continuing, pEnd);
    if (glued >= 0) {
      i = glued - 1;
      continue;
    }
    if (i === 0 && readLeadIn(r, line, i + 1 < lines.length ? displayLine(lines[i + 1]!, r) : r.displayNext)) {
      keepLeadIn = true;
      continue;
    }
    if (!keepLeadIn) r.leadIn = null;
    // A one-line paragraph right after the formula that ends in a colon, in any language ("Here:",
    // "让我们来拆解这个公式：", "Com:"): a list of symbols after it is the formula's where-list (trial 4, K8).
    if (r.mode === 'after' && lines.length === 1 && COLON_END.test(plain)) r.colonLeadIn = line.start;
    else if (r.mode !== 'intro') r.mode = 'none';
    // (Set to null above and again by the steps of each line: read the field afresh.)
    r.proseBefore = { start: (r.proseBefore as Range | null)?.start ?? line.start, end: line.end };
  }
}

/** A line that is one formula and nothing else (a display under a bold label). */
function displayLine(line: Line, r: SectionReader): boolean {
  return line.maths.length === 1 && textOutside(line, r.ctx).trim() === '';
}
