/**
 * A run of `symbol: meaning` pairs written as one sentence, the compact habit of lecture notes:
 * "$F$: force, $m$: mass, $a$: acceleration." and, in Japanese notes, with spaces around the
 * colon: "$(X, Y)$ : 確率変数, $f(x, y)$ : 同時密度関数" (trial 1, F10). Each pair is a definition.
 *
 * Narrow on purpose: the sentence is nothing but pairs (math first, a colon, a few words without
 * math, a comma or semicolon before the next math); at least two of them (or one with a full-width colon); a relation in the math
 * (`$q > 0$: …`) makes it no run. A parenthesised tuple `$(X, Y)$` defines each of its members.
 */
import type { Nodes } from 'mdast';
import type { MathSource, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom } from './definitions.js';
import { findRelation } from './latex-split.js';

const COLON = /^[ \t]*[:：][ \t]*/;
/** The gap between one pair's meaning and the next pair's math. */
const PAIR_SEPARATOR = /[ \t]*[,;，；、][ \t]*$/;
/** The same as a line break: one pair a line, 「$m$：質量」 then 「$g$：重力加速度」 (a full-width colon only). */
const LINE_SEPARATOR = /[ \t]*[,;，；、。]?[ \t]*\r?\n[ \t]*$/;
const MAX_MEANING = 80;

/** `(X, Y)` → `X, Y` (the members of a tuple are what it defines); other math as it is. */
function members(src: MathSource): MathSource {
  const m = /^\s*\(([^()]*,[^()]*)\)\s*$/.exec(src.latex);
  if (!m) return src;
  const at = src.latex.indexOf('(') + 1;
  const first = src.map.pieces[0];
  return { latex: m[1]!, map: { pieces: first ? [{ at: 0, offset: first.offset + at, length: m[1]!.length }] : [] } };
}

/**
 * The pairs of [start, end) when it is such a run, or null. `uses` tells whether the formula
 * writes a symbol: at least one must be (the run is about this formula).
 */
export function readColonRun(start: number, end: number, uses: (symbol: string) => boolean, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] | null {
  const maths: Nodes[] = mathsBetween(ctx, start, end);
  // One pair is a run only with a full-width colon, the CJK habit (「$G$：电导」, trial 6 N9).
  const single = maths.length === 1 && /^[ \t]*：/.test(ctx.text.slice(endOf(maths[0]!, ctx), end));
  if ((maths.length < 2 && !single) || !/^[\s*_]*$/.test(ctx.text.slice(start, startOf(maths[0]!, ctx)))) return null;
  const out: Variable[] = [];
  for (let k = 0; k < maths.length; k++) {
    const m = maths[k]!;
    const last = k === maths.length - 1;
    const gapEnd = last ? end : startOf(maths[k + 1]!, ctx);
    const gap = ctx.text.slice(endOf(m, ctx), gapEnd);
    const colon = COLON.exec(gap);
    if (!colon) return null;
    const separator = last ? /[ \t]*[.。]?[ \t]*$/.exec(gap) : (PAIR_SEPARATOR.exec(gap) ?? (colon[0].includes('：') ? LINE_SEPARATOR.exec(gap) : null));
    if (!separator) return null;
    const meaning = gap.slice(colon[0].length, gap.length - separator[0].length).trim();
    if (!meaning || meaning.length > MAX_MEANING || !/^\p{L}/u.test(meaning) || /[:：$\n]/.test(meaning)) return null;
    const src = members(mathSourceOf(m, ctx));
    if (findRelation(src.latex)) return null;
    const descEnd = endOf(m, ctx) + colon[0].length + meaning.length;
    const read = definitionFrom([src], meaning, markdownSlice(startOf(m, ctx), descEnd, maths, ctx), lines.span(startOf(m, ctx), descEnd), previousSlug);
    if (!('symbols' in read)) return null;
    read.source = 'prose';
    out.push(read);
  }
  return out.some((v) => v.symbols.some(uses)) ? out : null;
}
