/**
 * A paragraph of symbol-dash lines, one symbol and its meaning a line (trial 9, E1 and D3):
 *
 *     $F_d$ - drag force on the body
 *     c - drag constant
 *
 * Right after a formula it is the formula's where-list, with no "where" before it (a formula
 * sheet's symbol list); right before a display it is the list of the display's symbols, written
 * first. Every line has the shape (a symbol in math, or a plain letter or two, a dash, words),
 * the first line's symbol is math and the formula writes it; a later line's symbol the formula
 * does not write is no definition of it.
 */
import type { Nodes } from 'mdast';
import type { Variable } from '../types.js';
import { endOf, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import type { LineIndex } from '../diagnostics/positions.js';
import type { Line } from './paragraph-lines.js';
import { definitionFrom } from './definitions.js';
import { usesSymbol } from './prose-sentences.js';
import { isRemark } from './condition-meanings.js';

/** A dash between a symbol and its meaning (spaces around it). */
const DASH = /^[ \t]+[-–—][ \t]+(\S[^\n]*)$/;
/** A plain symbol before the dash: a letter or two with maybe a subscript (`k`, `T_s`, `Re`). */
const PLAIN = /^([A-Za-z\u0391-\u03c9]{1,2}(?:_[A-Za-z0-9]{1,3})?)[ \t]+[-–—][ \t]+(\S[^\n]*)$/;

export interface DashRead {
  variables: Variable[];
  maths: Nodes[];
}

/** The meaning after the dash: no hard break, no closing period. */
function meaningOf(text: string): string {
  return text.replace(/[ \t]+$/, '').replace(/\\$/, '').replace(/[.;,]$/, '').trim();
}

/**
 * The definitions of a paragraph whose every line is a symbol-dash line (null when one line is
 * not, or the first line's symbol is no math the formula writes). `formula`: the formula they are for.
 */
export function dashDefinitions(lines: Line[], ctx: ChunkContext, index: LineIndex, previousSlug: string | null, formula: string): DashRead | null {
  if (lines.length === 0 || lines[0]!.maths.length !== 1) return null;
  const variables: Variable[] = [];
  const maths: Nodes[] = [];
  for (const line of lines) {
    const text = ctx.text.slice(line.start, line.end);
    const m = line.maths[0];
    let symbol: { latex: string; offset: number };
    let meaning: string;
    if (m && startOf(m, ctx) === line.start) {
      if (line.maths.length > 1) return null;
      const dash = DASH.exec(ctx.text.slice(endOf(m, ctx), line.end));
      if (!dash) return null;
      const src = mathSourceOf(m, ctx);
      if (!usesSymbol(formula, src.latex.split('=')[0]!.trim())) {
        if (line === lines[0]) return null;
        continue;
      }
      const v = definitionFrom([src], meaningOf(dash[1]!), text.trim(), index.span(line.start, line.end), previousSlug);
      if (!('symbols' in v)) return null;
      variables.push(v);
      maths.push(m);
      continue;
    } else {
      const plain = line.maths.length === 0 ? PLAIN.exec(text.trim()) : null;
      if (!plain) return null;
      if (!usesSymbol(formula, plain[1]!)) continue;
      symbol = { latex: plain[1]!, offset: line.start + text.indexOf(plain[1]!) };
      meaning = meaningOf(plain[2]!);
    }
    const src = { latex: symbol.latex, map: { pieces: [{ at: 0, offset: symbol.offset, length: symbol.latex.length }] } };
    const v = definitionFrom([src], meaning, text.trim(), index.span(line.start, line.end), previousSlug);
    if (!('symbols' in v)) return null;
    variables.push(v);
  }
  // A paragraph with a remark in it is notes, not a symbol list (audit12: "$k$ - see the table below").
  if (variables.some((v) => isRemark(v.description))) return null;
  return variables.length > 0 && variables.every((v) => v.description !== '') ? { variables, maths } : null;
}
