/**
 * "Let" sentences before or after a formula (prose-definitions.ts): "Let $m$ be the mass",
 * "Let $\omega = 2\pi f$", "Let $a$ be X, $b$ Y and $c$ Z", "Sea $x$ …", and the math a
 * sentence opens with.
 */
import type { Nodes } from 'mdast';
import type { Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom, wordsOf } from './definitions.js';
import { readProseDefinitions } from './where-sentence.js';
import { isCondition } from './condition-meanings.js';
import { findRelation, isCompound } from './latex-split.js';
import { markProse, type Sentence } from './prose-sentences.js';

const LET = /^[\s*_]*(?:let|now\s+let)\s+$/i;
/** "Let" of languages that need no "be" after the symbol: Spanish "Sea $r$ el vector …", French "Soit $x$ la position", Italian "Sia", Portuguese "Seja", German "Sei". */
const LET_NO_VERB = /^[\s*_]*(?:sea|sean|soit|soient|sia|siano|seja|sejam|sei|seien)\s+$/i;
const LET_VERB = /^[\s*_]*(?:be|denote|denotes|represent|represents|stand\s+for)\b\s*/i;

/** The math at the start of [start, end) (after spaces, bold markers), joined by "and"/commas. */
export function leading(start: number, end: number, ctx: ChunkContext): { maths: Nodes[]; rest: number } {
  const maths = mathsBetween(ctx, start, end);
  const out: Nodes[] = [];
  let cursor = start;
  for (const m of maths) {
    const gap = ctx.text.slice(cursor, startOf(m, ctx));
    if (out.length === 0 ? !/^[\s*_]*$/.test(gap) : !/^[\s,*_]*(?:and\s*)?$/i.test(gap)) break;
    out.push(m);
    cursor = endOf(m, ctx);
  }
  return { maths: out, rest: cursor };
}

/** "Let $m$ be the mass" / "Let $\omega = 2\pi f$" → the definition, or null. */
export function readLet(s: Sentence, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): Variable[] | null {
  const maths = mathsBetween(ctx, s.start, s.end);
  const first = maths[0];
  const opening = first ? ctx.text.slice(s.start, startOf(first, ctx)) : '';
  const noVerb = LET_NO_VERB.test(opening);
  if (!first || (!LET.test(opening) && !noVerb)) return null;
  const lead = leading(startOf(first, ctx), s.end, ctx);
  const after = ctx.text.slice(lead.rest, s.end);
  // "Soit $x$ tel que …", "Sea $x$ tal que …": a condition, not a meaning.
  if (noVerb && /^\s*(?:tel|telle|tels|telles|tal|tales|tale|tali|tais)\s+(?:que|qué|che)\b/iu.test(after)) return null;
  const verb = noVerb && /^\s+\p{L}/u.test(after) ? /^\s*/.exec(after) : LET_VERB.exec(after);
  // "Let $x$ be …, and let $f$ be …": each "let" clause is a definition of its own (trial 1, F25).
  const clause = verb ? nextLetClause(lead.rest, maths, ctx) : null;
  const end = clause ? clause.cut : s.end;
  const span = lines.span(s.start, end);
  const item = markdownSlice(startOf(first, ctx), end, maths, ctx).replace(/[\s,;]+$/, '');
  const sources = lead.maths.map((m) => mathSourceOf(m, ctx));
  if (verb) {
    // "Let $a + b$ be the total": an expression, no symbol.
    if (sources.some((src) => !findRelation(src.latex) && isCompound(src.latex))) return null;
    // "Let $v$ be the speed, $k$ the wave number and $\omega$ the angular frequency": the first meaning ends at its comma, the rest is a list (trial 9, D5).
    const list = clause ? null : letList(lead.rest + verb[0].length, end, maths, ctx, lines, previousSlug);
    const description = markdownSlice(lead.rest + verb[0].length, list ? list.cut : end, maths, ctx).replace(/[.,;:\s]+$/, '');
    if (!description) return null;
    // "Let $\epsilon$ be small": a condition, no meaning (condition-meanings.ts); a "let" clause after it still reads.
    if (isCondition(description)) return clause ? readLet({ start: clause.let, end: s.end }, ctx, lines, previousSlug) : null;
    const read = definitionFrom(sources, description, list ? markdownSlice(startOf(first, ctx), list.cut, maths, ctx).replace(/[\s,;]+$/, '') : item, list ? lines.span(s.start, list.cut) : span, previousSlug);
    if (!('symbols' in read)) return null;
    const more = clause ? readLet({ start: clause.let, end: s.end }, ctx, lines, previousSlug) : list?.variables;
    return [markProse(read), ...(more ?? [])];
  }
  // "Let $\omega = 2\pi f$." / "Let $a = …$ and $b = …$." (nothing after them): definitions by equation.
  if (!/^[\s.,;]*$/.test(after)) return null;
  const out: Variable[] = [];
  for (const [k, src] of sources.entries()) {
    const relation = findRelation(src.latex);
    if (!relation || (relation.op !== '=' && relation.op !== ':=' && relation.op !== '\\coloneqq')) return null;
    const m = lead.maths[k]!;
    const read = definitionFrom([src], '', markdownSlice(startOf(m, ctx), endOf(m, ctx), maths, ctx), sources.length === 1 ? span : lines.span(startOf(m, ctx), endOf(m, ctx)), previousSlug);
    if (!('symbols' in read)) return null;
    out.push(markProse(read));
  }
  return out.length > 0 ? out : null;
}

/**
 * The list after a "let" clause's first meaning (", $k$ the wave number and $\omega$ the angular
 * frequency"): where the first meaning ends (`cut`, at the comma or "and" before the next symbol)
 * and the list's definitions, read as a where-sentence's; null when the rest defines nothing.
 */
function letList(from: number, end: number, maths: Nodes[], ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): { cut: number; variables: Variable[] } | null {
  const next = maths.find((m) => startOf(m, ctx) > from && startOf(m, ctx) < end);
  if (!next) return null;
  const gap = /[,;]\s*$|\s+\S{1,4}\s+$/.exec(ctx.text.slice(from, startOf(next, ctx)));
  if (!gap || !/\p{L}/u.test(ctx.text.slice(from, from + gap.index)) || !wordsOf(ctx).join.test(gap[0])) return null;
  const variables = readProseDefinitions(startOf(next, ctx), end, ctx, lines, previousSlug).map((v) => markProse({ ...v, description: v.description.replace(/[\s:：]+$/u, '') }));
  return variables.length > 0 ? { cut: from + gap.index, variables } : null;
}

/** ", and let $f$ be …" / "; let $f$ be …" after a first "let" clause: where the first ends (`cut`) and the next "let" starts. */
function nextLetClause(from: number, maths: Nodes[], ctx: ChunkContext): { cut: number; let: number } | null {
  let prev = from;
  for (const m of maths) {
    const ms = startOf(m, ctx);
    if (ms < from) continue;
    const gap = /(?:,|;|\s)\s*(?:and\s+)?(let|now\s+let)\s+$/i.exec(ctx.text.slice(prev, ms));
    if (gap) {
      const cut = prev + gap.index;
      return { cut, let: prev + gap.index + gap[0].indexOf(gap[1]!) };
    }
    prev = endOf(m, ctx);
  }
  return null;
}
