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
 *
 * Not a where-table (issue 24, trial 3, H4): a cheat-sheet of how to write symbols, whose other
 * column repeats the first one's LaTeX (`| $\hat{a}$ | \hat{a} |`, `| $\cdot$ | $\cdot$ |`) —
 * the source of a glyph is not its meaning; and a table after a display none of whose symbols
 * the display writes (it is about something else: the section's content).
 */
import type { Paragraph } from 'mdast';
import type { Span, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { findRelation, isCompound } from './latex-split.js';
import { definitionFrom } from './definitions.js';

const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
const SYMBOL_HEADER = /\b(symbol|variable|notation|term|quantity|parameter|sign)s?\b/i;
/** The same header words in the other languages read (stems: Russian and Romance words inflect): `| Символ | Название |`, `| Símbolo | Significado |`. */
const SYMBOL_HEADER_OTHER = /(?<!\p{L})(?:символ|обозначени|параметр|переменн|величин|s[ií]mbolo|symbole|notaci[oó]n|par[aá]metro|param[eè]tre|parametro|grandeur|grandeza|grandezz|magnitud|vari[aá]vel|variabile|formelzeichen|gr[oö][sß]e|記号|変数|符号|变量|参数|기호|변수)/iu;

/** True when a header row names symbols, in English or another language read. */
function namesSymbols(header: string): boolean {
  return SYMBOL_HEADER.test(header) || SYMBOL_HEADER_OTHER.test(header);
}

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

/** LaTeX or a cell's markdown without dollars, backticks and spaces, for comparing a symbol with the cell that spells it. */
const bare = (s: string): string => s.replace(/[$`\s]/g, '');
/** Markdown's backslash escapes undone (`\\{a\\}` in a cell is `\{a\}`): a cell may spell the source either way. */
const unescaped = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** True when a description cell only repeats the symbol's LaTeX, as source text or as math. */
function spellsSymbol(cell: string, symbol: string): boolean {
  const b = bare(cell);
  return b !== '' && (b === symbol || unescaped(b) === symbol);
}

/**
 * A table whose header names no symbol still is a symbol table when its shape says so (trial 5,
 * M13): every row's first cell is one math span holding a symbol (no relation, no expression)
 * and nothing else, and another cell of the row has words. Two rows at least. A table of values
 * (`| $x$ | $f(x)$ |`, `| $n$ | 10 |`) has no words beside its math.
 */
function isSymbolColumn(rows: Array<[number, number]>, ctx: ChunkContext): boolean {
  if (rows.length < 2) return false;
  return rows.every(([rs, re]) => {
    const cells = tableCells(ctx.text, rs, re);
    const first = cells[0];
    if (!first || cells.length < 2) return false;
    const maths = mathsBetween(ctx, first[0], first[1]);
    if (maths.length !== 1) return false;
    const m = maths[0]!;
    const outside = ctx.text.slice(first[0], startOf(m, ctx)) + ctx.text.slice(endOf(m, ctx), first[1]);
    const latex = mathSourceOf(m, ctx).latex;
    if (/[^\s*_`]/.test(outside) || findRelation(latex) || isCompound(latex)) return false;
    return cells.slice(1).some(([cs, ce]) => /\p{L}{2}/u.test(ctx.text.slice(cs, ce).replace(/\$[^$]*\$/g, '')));
  });
}

/**
 * The definitions of a table paragraph, or null when the paragraph is not a symbol table.
 * `invited`: a where-introduction came before it; otherwise the header must name symbols and,
 * when `uses` is given (the formula the table follows), the formula must write one of them.
 */
export function readWhereTable(p: Paragraph, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null, invited: boolean, uses?: (symbol: string) => boolean): Variable[] | null {
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
  if (!invited && !namesSymbols(ctx.text.slice(rows[0]![0], rows[0]![1])) && !isSymbolColumn(rows.slice(2), ctx)) return null;
  const out: Variable[] = [];
  /** Rows with a symbol, and those whose other cells only spell it (a cheat-sheet's rows). */
  let symbolRows = 0;
  let spelled = 0;
  for (const [rs, re] of rows.slice(2)) {
    const rowCells = tableCells(ctx.text, rs, re);
    const first = rowCells[0];
    if (!first || rowCells.length < 2) continue;
    const symbolMaths = mathsBetween(ctx, first[0], first[1]);
    if (symbolMaths.length === 0) continue;
    const de = rowCells[rowCells.length - 1]![1];
    const rowMaths = mathsBetween(ctx, rs, re);
    const cells = rowCells.slice(1).map(([cs, ce]) => markdownSlice(cs, ce, rowMaths, ctx));
    symbolRows++;
    const symbol = bare(symbolMaths.map((m) => mathSourceOf(m, ctx).latex).join(''));
    if (cells.some((c) => spellsSymbol(c, symbol))) spelled++;
    // A row whose every other cell spells its symbol (`| $\cdot$ | $\cdot$ |`) says nothing of it.
    if (cells.every((c) => c === '' || spellsSymbol(c, symbol))) continue;
    const description = cells.filter(Boolean).join('; ');
    const position: Span = lines.span(rs, re);
    const read = definitionFrom(symbolMaths.map((m) => mathSourceOf(m, ctx)), description, markdownSlice(first[0], de, rowMaths, ctx).replace(/\s*\|\s*/g, ' | '), position, previousSlug);
    if ('symbols' in read) out.push(read);
  }
  // A table of how symbols are written (most rows spell their symbol): no row of it is a meaning.
  if (spelled * 2 > symbolRows) return null;
  if (!invited && uses && !out.some((v) => v.symbols.some(uses))) return null;
  return out.length > 0 ? out : null;
}
