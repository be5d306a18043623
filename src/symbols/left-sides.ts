/**
 * Symbols a formula just before defines by its left-hand side (issue 24, warn5; trial 4 doc 7):
 * a derivation writes `l(\mathbf{X}, \mathbf{y}, \mathbf{w}) = …`, then `l(\mathbf{w}) = …`, then
 * an update rule in `\nabla_{\mathbf{w}} l`. A reader of the update knows `l`: the formulas above
 * say what it is. An `undefined-symbol` for it is a guess, so it is `info`, naming that formula.
 *
 * A formula just below that defines it counts too (trial 3 doc 4: `\mathcal{L} = \frac{1}{N}\sum_i \ell(f(\mathbf{x}_i), \mathbf{y}_i)`,
 * then "common choices" `\ell(x^i; w) = …`): the reader reads on and finds what `\ell` is.
 *
 * Only a left-hand side that defines is read so: a function of arguments (`l(\mathbf{w}) = …`)
 * or a definition mark (`:=`); `Y_i = \beta_0 + \beta_1 X_i + u_i` relates variables a reader
 * still asks about. Only the `WINDOW` records before (or after) the formula count: a left-hand side far away in the document
 * is likely another quantity written with the same letter (`p(x \mid \theta)` of an exponential
 * family is not the `p(x)` of a data distribution forty formulas later). Named quantities
 * (`L_{\text{MSE}} = …`) are borrow's (src/borrow/), which gives their meaning.
 */
import type { Equation } from '../types.js';
import type { SymbolMatchResult } from './analysis.js';
import { analyse, type Sym } from './scan.js';
import { matchSym, type MatchContext } from './match.js';
import { isMemberOf } from './families.js';
import { parseMath } from './tree.js';
import { isFormulaTooLarge } from '../katex/limits.js';
import { remembered } from '../katex/memo.js';
import { hash } from 'node:crypto';

/** How many records before (or after) a formula may define its symbols by their left-hand side. */
export const WINDOW = 5;

const DEFINES = /:=|\\coloneqq|\\triangleq|\\overset\{\\(?:text|mathrm)\{def\}\}/;

const memo = new WeakMap<Equation, Sym[]>();

/** The symbols an equation's left-hand side defines (`l` of `l(\mathbf{w}) = …`), remembered per record. */
function leftSide(eq: Equation): Sym[] {
  let heads = memo.get(eq);
  if (!heads) {
    // Which keys it defines is a pure function of the LaTeX, kept by content between builds (katex/memo.ts):
    // a rebuild parses no unchanged formula that defines none (most of them) for it.
    const keys = remembered('left-side', eq.latex, () => leftSideKeys(eq.latex));
    heads = keys.length === 0 ? [] : leftSideSyms(eq.latex, new Set(keys));
    memo.set(eq, heads);
  }
  return heads;
}

function leftSideKeys(latex: string): string[] {
  const parsed = isFormulaTooLarge(latex) ? null : parseMath(latex);
  const a = parsed ? analyse(parsed) : null;
  // A function defined (`l(\mathbf{w}) = …`) or a definition mark (`:=`); not a relation between variables (`Y_i = \beta_0 + …`).
  return a && (a.params.size > 0 || DEFINES.test(latex)) ? [...a.lhsHeads] : [];
}

/** The occurrences of `keys` on the left-hand side, without an index (`W` of `W(a, b) = …`, not `W_i`). */
function leftSideSyms(latex: string, keys: ReadonlySet<string>): Sym[] {
  const parsed = isFormulaTooLarge(latex) ? null : parseMath(latex);
  const a = parsed ? analyse(parsed) : null;
  return a ? a.occurrences.filter((o) => !o.index && keys.has(o.sym.key)).map((o) => o.sym) : [];
}

/** Two records under the same heading. */
function sameSection(a: Equation, b: Equation): boolean {
  return a.positions.heading.start.offset === b.positions.heading.start.offset && a.positions.heading.end.offset === b.positions.heading.end.offset;
}

/**
 * What a display defines for the formulas after it in its section, within the window (trial 7 P19:
 * `t = \frac{A^2}{8\lambda\rho_h}`, then `p_1 = … \sqrt{t}`; a plain relation, which `leftSide` does not read):
 * its left-hand sides (any statement `t = …`), and the symbol of a where-item whose meaning is only a formula
 * (a defining display the reader took for an item, `参数:` then `$$t = …$$`).
 */
function displayLeftSide(eq: Equation): Sym[] {
  let out = displayMemo.get(eq);
  if (!out) {
    out = displayLeftSideUncached(eq);
    displayMemo.set(eq, out);
  }
  return out;
}

const displayMemo = new WeakMap<Equation, Sym[]>();

function displayLeftSideUncached(eq: Equation): Sym[] {
  const parsed = isFormulaTooLarge(eq.latex) ? null : parseMath(eq.latex);
  const a = parsed ? analyse(parsed) : null;
  const heads = a ? a.occurrences.filter((o) => !o.index && a.lhsHeads.has(o.sym.key)).map((o) => o.sym) : [];
  const items = eq.variables
    .filter((v) => v.definedAs && v.description.trim() === '')
    .flatMap((v) => v.symbols.flatMap((latex) => {
      const p = isFormulaTooLarge(latex) ? null : parseMath(latex);
      const b = p ? analyse(p) : null;
      return b ? b.occurrences.filter((o) => !o.index).slice(0, 1).map((o) => o.sym) : [];
    }));
  return [...heads, ...items];
}

/**
 * For each undefined use of the i-th equation that a left-hand side of the `WINDOW` records before it defines (else of
 * the `WINDOW` records after it: the nearest above wins), that record (by the use's start).
 * The use may be the symbol itself or an instance of it: `W_x`, `W_y^*` of `W(a, b) = …` (the transform of `x`, of `y`; trial 5 doc 8).
 */
export function definedAbove(i: number, result: SymbolMatchResult, equations: Equation[]): Map<number, Equation> {
  const out = new Map<number, Equation>();
  const eq = equations[i];
  if (!eq || result.undefinedUses.length === 0) return out;
  // A pure function of the strings `windowKey` lists, kept by content between builds (katex/memo.ts): a rebuild
  // parses neither this formula nor its neighbours' for it (8% of a one-edit rebuild at 10,000 equations).
  const found = remembered('defined-above', windowKey(i, result, equations), () => definedAboveUncached(i, result, equations));
  for (const [start, offset] of found) {
    const source = equations[i + offset];
    if (source) out.set(start, source);
  }
  return out;
}

/**
 * Everything `definedAboveUncached` reads, hashed: the formula and its undefined uses, and for each record of the
 * window its formula, whether it is in the same section, and the symbols of its where-items that are only a formula.
 */
function windowKey(i: number, result: SymbolMatchResult, equations: Equation[]): string {
  const eq = equations[i]!;
  const window: unknown[] = [];
  for (let k = i - WINDOW; k <= i + WINDOW; k++) {
    const source = k === i ? undefined : equations[k];
    window.push(source ? [source.latex, sameSection(source, eq), source.variables.filter((v) => v.definedAs && v.description.trim() === '').map((v) => v.symbols)] : null);
  }
  return hash('sha1', JSON.stringify([eq.latex, result.undefinedUses.map((u) => [u.key, u.start]), window]), 'base64url');
}

/** `definedAbove`'s finds as [use start, the defining record's place relative to the i-th]. */
function definedAboveUncached(i: number, result: SymbolMatchResult, equations: Equation[]): Array<[number, number]> {
  const out = new Map<number, number>();
  const eq = equations[i]!;
  const parsed = isFormulaTooLarge(eq.latex) ? null : parseMath(eq.latex);
  const a = parsed ? analyse(parsed) : null;
  const cx: MatchContext = { bound: a?.bound ?? new Set(), letters: a?.letters ?? new Set(), defined: new Set() };
  for (const use of result.undefinedUses) {
    const sym = a?.occurrences.find((o) => o.node.start === use.start)?.sym;
    const defines = (source: Equation | undefined): boolean =>
      source !== undefined && leftSide(source).some((d) => d.key === use.key || (sym !== undefined && (matchSym(d, sym, cx) !== null || isMemberOf(d, sym, cx))));
    let found: number | undefined;
    for (let k = i - 1; k >= Math.max(0, i - WINDOW) && found === undefined; k--) if (defines(equations[k])) found = k;
    for (let k = i + 1; k <= Math.min(equations.length - 1, i + WINDOW) && found === undefined; k++) if (defines(equations[k])) found = k;
    if (found !== undefined) out.set(use.start, found - i);
  }
  // A display above in the same section defines by any left-hand side (`displayLeftSide`).
  for (const use of result.undefinedUses) {
    if (out.has(use.start)) continue;
    const sym = a?.occurrences.find((o) => o.node.start === use.start)?.sym;
    for (let k = i - 1; k >= Math.max(0, i - WINDOW); k--) {
      const source = equations[k];
      if (!source || !sameSection(source, eq)) continue;
      if (displayLeftSide(source).some((d) => d.key === use.key || (sym !== undefined && (matchSym(d, sym, cx) !== null || isMemberOf(d, sym, cx))))) {
        out.set(use.start, k - i);
        break;
      }
    }
  }
  return [...out];
}
