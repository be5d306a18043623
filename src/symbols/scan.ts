/**
 * Finds the symbol occurrences of one formula and the context the rules need: which letters
 * are bound (summation indices, integration variables…), which `d`s are differentials, which
 * symbols a statement's left-hand side defines.
 *
 * A symbol is a letter-like node (`y`, `\beta`, `\hat{y}`, `\mathbf{m}`, `\text{precision}`)
 * together with its sub/superscripts and primes: `\hat{y}^{(i)}` is one symbol. Letters inside a
 * symbol's scripts are recorded too, as `index` occurrences (`t` in `\beta_1^t`), so a defined
 * `t` can be found there, but they are never reported as undefined on their own.
 *
 * Bound variables are in scope for the whole formula (simple and good enough for reference
 * sheets): `\sum_{i=1}`, `\prod_j`, `\max_{a'}`, `\max_{(p,q)\in R}`, `\max_{1 \le i \le n}`,
 * `\mathbb{E}_{x\sim p}`, `\int … dx`, and set-builder `\{ … : u \in N(v)\}`.
 *
 * Not symbols: the constants `e`, `\pi`, `i`, `j` (unless the where-list defines them bare; `e^{(A)}`,
 * a bracketed label, is a symbol `e`);
 * differentials (`d` of `dx` in an integral, of `\frac{d}{dx}`, `\frac{d^2x}{dt^2}`, and an
 * undefined `d` opening a term before a symbol, `dU = T\,dS`); the letters symbols/context.ts
 * names (units after `^\circ`, `\Delta` as "the change in", italic function names, `E[X]`,
 * `P(X = k)`). The multi-letter names a where-list defines are joined first (symbols/names.ts).
 */
import { isLetterText, solid, walk, type ParsedMath, type SNode } from './tree.js';
import { isPowerLetter } from './node.js';
import { mergeNames, type Name } from './names.js';
import { notSymbols } from './context.js';
import { symOf, type Sym } from './sym.js';
import { findBound } from './bound.js';
import { acronyms, findLhsHeads, lhsNames } from './lhs.js';
import { whereClauses } from './clause-definitions.js';

export { symOf, type Sym } from './sym.js';
export { topRelation } from './lhs.js';

export interface Occurrence {
  sym: Sym;
  node: SNode;
  /** Inside another symbol's scripts (`t` in `\beta_1^t`). */
  index: boolean;
}

export interface Analysis {
  parsed: ParsedMath;
  /** The parsed tree with defined multi-letter names joined (symbols/names.ts). */
  nodes: SNode[];
  /** In source order. Constants (`e`, `\pi` when not defined) and differential `d`s are left out. */
  occurrences: Occurrence[];
  /** Keys of bound variables. */
  bound: Set<string>;
  /** Keys of symbols that a statement's left-hand side defines (`L_{\text{MSE}} = …`, `\sigma(z) = …`). */
  lhsHeads: Set<string>;
  /** Keys of the parameters of a function a left-hand side defines (`t`, `x` of `h(t \mid x) = …`): bound in the formula. */
  params: Set<string>;
  /** Every letter key anywhere in the formula, scripts included. */
  letters: Set<string>;
}

/** Euler's number, π and the imaginary unit (`i`, or `j` in engineering): constants unless defined. */
export const CONSTANTS: ReadonlySet<string> = new Set(['e', '\\pi', 'i', 'j']);

/** `e`, `\pi`, `i`, `j` without a subscript are the constants unless the where-list defines them bare. */
function isConstant(n: SNode, definedCores: Set<string>): boolean {
  const core = n.role === 'supsub' ? n.base?.key : n.key;
  // `$\pi^e$ is expected inflation` defines that very use.
  if (!core || !CONSTANTS.has(core) || definedCores.has(core) || definedCores.has(n.key)) return false;
  // `e^{(A)}`, `e^{(k)}`: a bracketed superscript labels a quantity `e` (an error, a polarisation); no power is written so.
  if (n.sup && isBracketed(n.sup)) return false;
  return n.role !== 'supsub' || !n.sub;
}

/** A script that is one letter or number in brackets: `(A)`, `(k)`, `(0)` (not `(x+1)`, an exponent). */
function isBracketed(script: SNode[]): boolean {
  const t = solid(script);
  return t.length === 3 && t[0]?.key === '(' && t[2]?.key === ')' && (t[1]?.role === 'letter' || t[1]?.role === 'number');
}

function collect(list: SNode[], index: boolean, ctx: { defined: Set<string>; diffs: Set<SNode>; out: Occurrence[] }): void {
  const parts = solid(list);
  const skipped = notSymbols(parts, ctx.defined);
  for (const n of parts) {
    if (ctx.diffs.has(n)) continue;
    if (skipped.has(n)) {
      // log_2(n): the base is ordinary content.
      if (n.sub) collect(n.sub, index, ctx);
      continue;
    }
    if (isConstant(n, ctx.defined)) {
      // e^{-z}: the exponent is ordinary content.
      if (n.sup) collect(n.sup, index, ctx);
      continue;
    }
    const s = symOf(n);
    if (s) {
      ctx.out.push({ sym: s, node: n, index });
      // `mc^2` defined with `m` and `c` defined too: the name is also their product.
      const letters = (n.base ?? n).type === 'name' ? ((n.base ?? n).lists[0] ?? []) : [];
      if (letters.length > 0 && letters.every((l) => ctx.defined.has((l.base ?? l).key))) collect(letters, true, ctx);
      if (n.sub) collect(n.sub, true, ctx);
      // `k_t^{\alpha}`: an exponent's letter is a symbol of the formula, not a label.
      if (n.sup) collect(n.sup, index || !isPowerLetter(n.sup), ctx);
      continue;
    }
    if (n.role === 'supsub' && n.base) {
      collect([n.base], index, ctx);
      // Scripts of an operator or number (∇_θ, \sum^N, 10000^{2i/d}) are ordinary content;
      // scripts of a bracket or group ((AB)_{ij}, \|A\|_F, (…)^p) are indices and exponents.
      const b = n.base.role;
      const free = b === 'operator' || b === 'number' || b === 'const';
      if (n.sub) collect(n.sub, index || !free, ctx);
      if (n.sup) collect(n.sup, index || (!free && !isPowerLetter(n.sup)), ctx);
      continue;
    }
    for (const l of n.lists) collect(l, index, ctx);
  }
}

/**
 * Analyses a parsed formula. `definedCores`: bare keys the where-list defines (decides `e`, `\pi`,
 * `i`, `j`, `\Delta`, `d`); `names`: the multi-letter names it defines (joined first).
 */
export function analyse(parsed: ParsedMath, definedCores: ReadonlySet<string> = new Set(), names: Name[] = []): Analysis {
  const defined = new Set(definedCores);
  const nodes = mergeNames(parsed.nodes, [...names, ...lhsNames(parsed.nodes, defined), ...acronyms(parsed.nodes, defined)]);
  const bound = new Set<string>();
  const diffs = new Set<SNode>();
  findBound(nodes, bound, diffs, defined);
  const lhsHeads = new Set<string>();
  const params = new Set<string>();
  findLhsHeads(nodes, lhsHeads, params, defined);
  // `\quad \text{where } \varepsilon_t = \frac{8}{\pi^2}, \; …` defines `\varepsilon_t` in the formula (symbols/clause-definitions.ts).
  whereClauses(nodes, lhsHeads);
  const occurrences: Occurrence[] = [];
  collect(nodes, false, { defined, diffs, out: occurrences });
  const letters = new Set<string>();
  for (const n of walk(parsed.nodes)) if (n.role === 'letter' && isLetterText(n.key)) letters.add(n.key);
  return { parsed, nodes, occurrences, bound, lhsHeads, params, letters };
}
