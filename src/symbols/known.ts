/**
 * What the math around a formula introduces (symbols/analysis.ts): the symbols written in its
 * where-list, descriptions, notes and inherited items, the multi-letter names its where-list
 * defines, and the rates and derivatives of known symbols.
 */
import type { Equation } from '../types.js';
import { isFormulaTooLarge } from '../katex/limits.js';
import { listKey, parseMath, solid } from './tree.js';
import { analyse, CONSTANTS, type Sym } from './scan.js';
import { matchSym, type MatchContext } from './match.js';
import type { Pattern } from './pattern.js';
import { nameOf, nameOfWord, type Name } from './names.js';

const symbolsCache = new Map<string, Sym[]>();

/**
 * Every symbol written in some math (heads, arguments; not letters inside scripts), with the
 * where-list's multi-letter names joined and constants kept (`$e$ is the eccentricity`). Memoised.
 */
export function symbolsIn(latex: string, names: Name[]): Sym[] {
  const id = `${names.map((n) => n.join(' ')).join('|')}\u0000${latex}`;
  const hit = symbolsCache.get(id);
  if (hit) return hit;
  if (isFormulaTooLarge(latex)) return [];
  const parsed = parseMath(latex);
  // Letters inside scripts are labels there (the x of W_{xh}), not an introduction of x.
  const out = parsed
    ? analyse(parsed, CONSTANTS, names)
        .occurrences.filter((o) => !o.index)
        .map((o) => o.sym)
    : [];
  if (symbolsCache.size > 4000) symbolsCache.clear();
  symbolsCache.set(id, out);
  return out;
}

/** The multi-letter names the where-list defines: runs (`GDP`, `\Delta U`) and words (`\mathrm{SNR}`). */
export function definedNames(patterns: Array<Pattern | null>[], eq: Equation): Name[] {
  const out = new Map<string, Name>();
  eq.variables.forEach((v) =>
    v.symbols.forEach((latex) => {
      const parsed = parseMath(latex);
      const name = parsed ? nameOf(solid(parsed.nodes)) : null;
      if (name) out.set(name.join(' '), name);
    }),
  );
  for (const row of patterns) {
    for (const p of row) {
      const name = p?.kind === 'symbol' ? nameOfWord(p.sym.core) : null;
      if (name) out.set(name.join(' '), name);
    }
  }
  return [...out.values()];
}

/**
 * `\dot{x}`, `\ddot{x}`, `f'`, `f''`: the rate or derivative of a defined `x`, `f` is known
 * (though never linked to that item: `f'` is not `f`).
 */
const RATE = /^\\d*dot\{(.+)\}$/;

/** The quantity of a rate or derivative: `x` of `\\dot{x}`, `v_2` of `v_2'`; null for anything else. */
export function rateBase(s: Sym): Sym | null {
  const inner = RATE.exec(s.core)?.[1];
  const primed = s.sup !== null && s.sup.length > 0 && solid(s.sup).every((n) => n.key === '\\prime');
  if (!inner && !primed) return null;
  const core = inner ?? s.core;
  const sub = s.sub ? `_{${listKey(s.sub)}}` : '';
  return inner ? { ...s, key: s.key.replace(s.core, inner), core } : { ...s, key: core + sub, core, sup: null };
}

export function isKnownRate(s: Sym, known: Sym[], cx: MatchContext): boolean {
  const base = rateBase(s);
  return base !== null && known.some((d) => matchSym(d, base, cx) !== null);
}

export function earlierSources(eq: Equation, earlier: Equation[]): Equation[] {
  const from = eq.variables.map((v) => v.inherited).filter((x) => x !== undefined);
  if (from.length === 0) return [];
  const named = from.map((f) => f.from).filter((f): f is string => f !== null);
  if (named.length === 0 || named.length < from.length) return earlier;
  return earlier.filter((e) => named.includes(e.slug) || (e.number !== null && named.includes(String(e.number))));
}

/** "the other symbols are as in …", "all other variables as above", "the symbols are those of Problem 1". */
export const OTHERS_AS_ELSEWHERE = /\b(?:(?:the\s+)?(?:other|remaining)|all\s+other|the\s+rest\s+of\s+the)\s+(?:symbols|variables|quantities|terms|notation)\s+(?:are\s+|is\s+)?(?:as|those|the\s+same\s+as|defined\s+(?:as|in))\b|\bthe\s+(?:symbols|variables|notation)\s+(?:are|is)\s+(?:those|that|as)\s+(?:of|in)\b/i;

/** Inline math in a description's markdown (`$…$`, not an escaped `\$`). */
const DESCRIPTION_MATH = /(?<!\\)\$([^$\n]{1,200})\$/g;

/** Math of the where-list, heading and notes: symbols written there count as introduced. */
export function knownSymbols(eq: Equation, earlier: Equation[], names: Name[]): Sym[] {
  const out: Sym[] = [];
  for (const v of eq.variables) {
    // Not the right-hand side of a definition by equation: `Let \omega_0 = \sqrt{k/m}` uses `k`, it does not
    // define it (the formula that owns the definition still reads that math among its notes, `inlineMath`).
    for (const s of v.symbols) for (const x of symbolsIn(s, names)) out.push(x);
    // Math in the description ("$D^*$ the modified duration, $D$ the Macaulay duration and $y$ the
    // yield"): the formulas of a run share the item, so each reads it, not only the one whose notes hold it.
    for (const m of v.description.matchAll(DESCRIPTION_MATH)) for (const x of symbolsIn(m[1] ?? '', names)) out.push(x);
  }
  for (const m of eq.inlineMath) for (const x of symbolsIn(m.latex, names)) out.push(x);
  for (const e of earlierSources(eq, earlier)) {
    for (const v of e.variables) for (const s of v.symbols) for (const x of symbolsIn(s, names)) out.push(x);
  }
  return out;
}
