/**
 * A where-table: the symbols of an equation defined in a markdown table instead of a list,
 * as LLM-written references often do:
 *
 *     | Symbol | Meaning     |
 *     |--------|-------------|
 *     | $F$    | force (N)   |
 *
 * The reader does not parse GFM tables (a table is a paragraph to it): this reads the rows from
 * the source. A row defines the math that starts its first cell; the other cells describe it.
 */
import type { Paragraph } from 'mdast';
import type { Span, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom } from './definitions.js';

const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
const SYMBOL_HEADER = /\b(symbol|variable|notation|term|quantity|parameter|sign)s?\b/i;

/** Cell ranges of one row (unescaped `|` separate cells; leading and trailing pipes dropped). */
export function tableCells(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '|') {
      out.push([from, i]);
      from = i + 1;
    }
  }
  out.push([from, end]);
  if (out.length > 0 && text.slice(out[0]![0], out[0]![1]).trim() === '') out.shift();
  if (out.length > 0 && text.slice(out[out.length - 1]![0], out[out.length - 1]![1]).trim() === '') out.pop();
  return out;
}

/**
 * The definitions of a table paragraph, or null when the paragraph is not a symbol table.
 * `invited`: a where-introduction came before it; otherwise the header must name symbols.
 */
export function readWhereTable(p: Paragraph, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null, invited: boolean): Variable[] | null {
  const start = startOf(p, ctx);
  const end = endOf(p, ctx);
  const rows: Array<[number, number]> = [];
  for (let s = start; s < end; ) {
    let e = ctx.text.indexOf('\n', s);
    if (e < 0 || e > end) e = end;
    rows.push([s, e]);
    s = e + 1;
  }
  if (rows.length < 3 || !DELIMITER_ROW.test(ctx.text.slice(rows[1]![0], rows[1]![1]))) return null;
  if (!invited && !SYMBOL_HEADER.test(ctx.text.slice(rows[0]![0], rows[0]![1]))) return null;
  const out: Variable[] = [];
  for (const [rs, re] of rows.slice(2)) {
    const rowCells = tableCells(ctx.text, rs, re);
    const first = rowCells[0];
    if (!first || rowCells.length < 2) continue;
    const symbolMaths = mathsBetween(ctx, first[0], first[1]);
    if (symbolMaths.length === 0) continue;
    const de = rowCells[rowCells.length - 1]![1];
    const rowMaths = mathsBetween(ctx, rs, re);
    const description = rowCells.slice(1).map(([cs, ce]) => markdownSlice(cs, ce, rowMaths, ctx)).filter(Boolean).join('; ');
    const position: Span = lines.span(rs, re);
    const read = definitionFrom(symbolMaths.map((m) => mathSourceOf(m, ctx)), description, markdownSlice(first[0], de, rowMaths, ctx).replace(/\s*\|\s*/g, ' | '), position, previousSlug);
    if ('symbols' in read) out.push(read);
  }
  return out.length > 0 ? out : null;
}
