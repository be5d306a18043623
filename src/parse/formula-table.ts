/**
 * A formula table: a GFM table whose header names a formula column, one formula the author
 * presents per row, as formula sheets and LLM references write them:
 *
 *     | Quantity       | Formula                    | Description            |
 *     |----------------|----------------------------|------------------------|
 *     | Kinetic energy | $K = \tfrac{1}{2} m v^2$   | energy of motion       |
 *
 * Each row whose formula cell is one math span (with a letter: a value is no formula) is an
 * equation, named by its name cell (the first other column that is not a description or a
 * unit), its other cells its description. A table whose first column names symbols
 * (`| Symbol | Formula |`) is notation, and a table without a formula column (values, a
 * distribution's moments, LaTeX syntax) is content: neither makes records.
 */
import type { Nodes, Paragraph } from 'mdast';
import { endOf, markdownSlice, mathsBetween, startOf, type ChunkContext } from './mdast-helpers.js';
import { tableCells } from './where-table.js';

const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
/** The header of the formula column. */
const FORMULA_HEADER = /^(?:formula|formulae|formulas|equation|equations|expression|expressions|mathematical form|math)$/i;
/** The first column of a notation table: its rows define symbols, they present no formula. */
const SYMBOL_HEADER = /\b(?:symbol|variable|notation|sign)s?\b/i;
/** Columns that describe the formula rather than name it. */
const DESCRIPTION_HEADER = /\b(?:description|meaning|explanation|notes?|comments?|remarks?|interpretation|use|used for|purpose|when to use|intuition)\b/i;
const UNIT_HEADER = /\b(?:units?|si units?|dimensions?)\b/i;

type Range = [number, number];

export interface FormulaRow {
  /** The formula cell's math node. */
  math: Nodes;
  /** The name cell, when it holds a letter outside math. */
  name: Range | null;
  /** The other cells as markdown ("Header: text" for a column that is not a description), joined with "; ". */
  description: string;
  row: Range;
}

export interface FormulaTable {
  rows: FormulaRow[];
  /** Body rows that are no formula (an empty or textual formula cell). */
  otherRows: number;
}

const headerText = (text: string, [s, e]: Range): string => text.slice(s, e).replace(/[*_`:]/g, '').trim();

/** The formula table a paragraph is, or null. */
export function readFormulaTable(p: Paragraph, ctx: ChunkContext): FormulaTable | null {
  const start = startOf(p, ctx);
  const end = endOf(p, ctx);
  const rows: Range[] = [];
  for (let s = start; s < end; ) {
    let e = ctx.text.indexOf('\n', s);
    if (e < 0 || e > end) e = end;
    rows.push([s, e]);
    s = e + 1;
  }
  // (The chunk's math, ctx.maths, is set by the section reader: cells find theirs by bisection.)
  if (rows.length < 3 || !DELIMITER_ROW.test(ctx.text.slice(rows[1]![0], rows[1]![1]))) return null;
  const header = tableCells(ctx.text, rows[0]![0], rows[0]![1]).map((c) => headerText(ctx.text, c));
  const formulaColumn = header.findIndex((h) => FORMULA_HEADER.test(h));
  if (formulaColumn < 0 || SYMBOL_HEADER.test(header[0] ?? '')) return null;
  const nameColumn = header.findIndex((h, k) => k !== formulaColumn && !DESCRIPTION_HEADER.test(h) && !UNIT_HEADER.test(h));
  const out: FormulaTable = { rows: [], otherRows: 0 };
  for (const row of rows.slice(2)) {
    const cells = tableCells(ctx.text, row[0], row[1]);
    const cell = cells[formulaColumn];
    const math = cell ? onlyMath(cell, ctx) : null;
    if (!math) {
      out.otherRows++;
      continue;
    }
    const nameCell = nameColumn >= 0 ? cells[nameColumn] : undefined;
    const name = nameCell && hasWord(nameCell, ctx) ? nameCell : null;
    const description = cells
      .map((c, k) => {
        if (k === formulaColumn || k === nameColumn) return '';
        const md = markdownSlice(c[0], c[1], mathsBetween(ctx, c[0], c[1]), ctx);
        const head = header[k] ?? '';
        return !md || !head || DESCRIPTION_HEADER.test(head) ? md : `${head}: ${md}`;
      })
      .filter(Boolean)
      .join('; ');
    out.rows.push({ math, name, description, row });
  }
  return out.rows.length > 0 ? out : null;
}

/** The one math span a cell holds (bold markers and a final full stop aside), or null. */
function onlyMath([s, e]: Range, ctx: ChunkContext): Nodes | null {
  const inside = mathsBetween(ctx, s, e);
  if (inside.length !== 1 || inside[0]!.type !== 'inlineMath') return null;
  const m = inside[0]!;
  const around = ctx.text.slice(s, startOf(m, ctx)) + ctx.text.slice(endOf(m, ctx), e);
  return /^[\s*_.,;]*$/.test(around) ? m : null;
}

/** True when a cell has a letter outside its math (a name, not a symbol alone). */
function hasWord([s, e]: Range, ctx: ChunkContext): boolean {
  let text = '';
  let at = s;
  for (const m of mathsBetween(ctx, s, e)) {
    const ms = startOf(m, ctx);
    text += ctx.text.slice(at, ms);
    at = endOf(m, ctx);
  }
  return /\p{L}/u.test(text + ctx.text.slice(at, e));
}
