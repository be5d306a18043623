/**
 * Blocks of a section other than paragraphs and lists (src/parse/section.ts): a definition list,
 * a table of formulas, and a `$$` block, `\[…\]` fence or math code block at the top level.
 */
import type { Nodes, Paragraph } from 'mdast';
import { endOf, isClosedFlowMath, markdownSlice, mathsBetween, mathSourceOf, startOf } from './mdast-helpers.js';
import { flowForm } from './paragraph-lines.js';
import { splitAtBlankLines } from './contained-math.js';
import { formulaOfItsOwn } from './section-inline-display.js';
import type { SectionReader } from './section-reader.js';
import { MAX_EQUATIONS_PER_SECTION, type EquationDraft } from './section-draft.js';
import { readFormulaTable } from './formula-table.js';
import { contentMarkdown } from './section-content.js';
import { definitionListAt, readDefinitionList } from './definition-list.js';
import { usesSymbol } from './prose-sentences.js';
import { markConnected } from './definitions-run.js';

/**
 * A definition list (definition-list.ts) at `rest[k]`: the where-list of the formula before it
 * (right after it, after "where", or defining only symbols the formula writes); any other is the
 * section's content, and its terms are no equations. How many blocks it took (0: none).
 */
export function readDefinitions(r: SectionReader, rest: Nodes[], k: number): number {
  const { ctx } = r;
  const found = definitionListAt(rest, k, ctx);
  if (!found) return 0;
  const formula = r.current.length > 0 && r.mode === 'none' ? r.currentFormula() : null;
  const read = r.current.length > 0 ? readDefinitionList(found, ctx, r.lines, r.previousSlug, formula === null ? undefined : (s) => usesSymbol(formula, s)) : null;
  r.leadIn = null;
  r.lastWasEquation = false;
  r.proseBefore = null;
  if (!read) {
    r.mode = 'none';
    return found.taken;
  }
  if (r.mode === 'after' || r.mode === 'none') r.openWhere(found.start);
  r.define(read, found.start, found.end, read.maths);
  r.mode = 'defs';
  return found.taken;
}

/**
 * A formula table (formula-table.ts): each of its formula rows is an equation named by its name
 * cell, its other cells shown before it as its description. The rows are a run (a where-list
 * after the table defines them all). True when the paragraph was one.
 */
export function readTableOfFormulas(r: SectionReader, p: Paragraph): boolean {
  const { ctx } = r;
  const table = readFormulaTable(p, ctx);
  if (!table) return false;
  const start = startOf(p, ctx);
  const end = endOf(p, ctx);
  const made: EquationDraft[] = [];
  r.lastWasEquation = false;
  // Past the section's bound no row makes a record (startEquation stops), and no more rows are examined.
  for (const row of table.rows.slice(0, MAX_EQUATIONS_PER_SECTION)) {
    const src = mathSourceOf(row.math, ctx);
    if (r.substitution(src.latex)) continue;
    if (row.name) {
      const name = markdownSlice(row.name[0], row.name[1], mathsBetween(ctx, row.name[0], row.name[1]), ctx).replace(/^(\*\*|__)(.*)\1$/, '$2').replace(/:$/, '').trim();
      r.leadIn = { name, nameText: name.replace(/\*\*|__|[*`$]/g, '').replace(/\s+/g, ' ').trim() || name, offset: row.name[0] + ctx.text.slice(row.name[0], row.name[1]).search(/\S/) };
    }
    const before = r.drafts.length;
    r.startEquation([src], 'table', startOf(row.math, ctx), endOf(row.math, ctx));
    r.leadIn = null;
    const draft = r.drafts[before];
    if (!draft) break;
    made.push(draft);
    if (row.description) draft.content.push({ markdown: row.description, place: 'before', position: r.lines.span(row.row[0], row.row[1]) });
  }
  if (made.length === 0) return false;
  // The table is read: when a row is no record (no formula, worked numbers, past the bound), the whole table stays on the last record's page.
  r.used.push({ start, end });
  if (made.length < table.rows.length + table.otherRows) made[made.length - 1]!.content.push({ markdown: contentMarkdown(ctx.text, r.lines.text, start, end), place: 'after', position: r.lines.span(start, end) });
  r.lastWasEquation = false;
  r.mode = 'after';
  return true;
}

/** A `$$` block, `\[…\]` fence or ```` ```math ````/```` ```{math} ```` block at the section's top level. */
export function readFlowMath(r: SectionReader, node: Nodes, start: number, end: number): void {
  const { ctx } = r;
  if (!isClosedFlowMath(node, ctx)) {
    // Reported as unclosed-math by the parser; what it swallowed is no equation.
    r.used.push({ start, end });
    r.mode = 'none';
    r.lastWasEquation = false;
    return;
  }
  const src = mathSourceOf(node, ctx);
  if (r.mode === 'intro' && r.current.length > 0) {
    const variables = r.definitionsOfDisplay(src, r.lines.span(start, end));
    // A display after a bare "with" that gives no meaning is a formula of its own (trial 9, E3).
    if (variables && !formulaOfItsOwn(variables, src.latex)) {
      r.define({ variables }, start, end, []);
      r.mode = 'defs';
      r.proseBefore = null;
      return;
    }
  }
  if (r.substitution(src.latex)) {
    r.lastWasEquation = false;
    return;
  }
  // After a bare "with" (its meaning empty): a formula of its own, which takes no definition of a symbol it does not write from the sentence before the run.
  const connected = r.mode === 'intro' && r.current.length > 0;
  const parts = node.type === 'code' && (node.lang ?? '').toLowerCase() === '{math}' ? splitAtBlankLines(src) : [src];
  if (parts.length > 1) {
    // Each equation of a MyST math block is its own record; the block's label names the first.
    parts.forEach((part, n) => {
      const from = part.map.pieces[0]?.offset ?? start;
      const last = part.map.pieces[part.map.pieces.length - 1];
      r.startEquation([part], flowForm(node, ctx), n === 0 ? start : from, last ? last.offset + last.length : end);
    });
    return;
  }
  r.startEquation([src], flowForm(node, ctx), start, end);
  const made = r.drafts[r.drafts.length - 1];
  if (connected && made) markConnected(made);
}
