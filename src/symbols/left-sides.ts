/**
 * Symbols a formula just before defines by its left-hand side (issue 24, warn5; trial 4 doc 7):
 * a derivation writes `l(\mathbf{X}, \mathbf{y}, \mathbf{w}) = …`, then `l(\mathbf{w}) = …`, then
 * an update rule in `\nabla_{\mathbf{w}} l`. A reader of the update knows `l`: the formulas above
 * say what it is. An `undefined-symbol` for it is a guess, so it is `info`, naming that formula.
 *
 * Only a left-hand side that defines is read so: a function of arguments (`l(\mathbf{w}) = …`)
 * or a definition mark (`:=`); `Y_i = \beta_0 + \beta_1 X_i + u_i` relates variables a reader
 * still asks about. Only the `WINDOW` records before the formula count: a left-hand side far away in the document
 * is likely another quantity written with the same letter (`p(x \mid \theta)` of an exponential
 * family is not the `p(x)` of a data distribution forty formulas later). Named quantities
 * (`L_{\text{MSE}} = …`) are borrow's (src/borrow/), which gives their meaning.
 */
import type { Equation } from '../types.js';
import type { SymbolMatchResult } from './analysis.js';
import { analyse } from './scan.js';
import { parseMath } from './tree.js';
import { isFormulaTooLarge } from '../katex/limits.js';
import { remembered } from '../katex/memo.js';

/** How many records before a formula may define its symbols by their left-hand side. */
export const WINDOW = 5;

const DEFINES = /:=|\\coloneqq|\\triangleq|\\overset\{\\(?:text|mathrm)\{def\}\}/;

const memo = new WeakMap<Equation, ReadonlySet<string>>();

/** The keys an equation's left-hand side defines (`l` of `l(\mathbf{w}) = …`), remembered per record. */
function leftSide(eq: Equation): ReadonlySet<string> {
  let keys = memo.get(eq);
  if (!keys) {
    // A pure function of the LaTeX, kept by content between builds (katex/memo.ts): a rebuild parses no unchanged formula for it.
    keys = new Set(remembered('left-side', eq.latex, () => leftSideKeys(eq.latex)));
    memo.set(eq, keys);
  }
  return keys;
}

function leftSideKeys(latex: string): string[] {
  const parsed = isFormulaTooLarge(latex) ? null : parseMath(latex);
  const a = parsed ? analyse(parsed) : null;
  // A function defined (`l(\mathbf{w}) = …`) or a definition mark (`:=`); not a relation between variables (`Y_i = \beta_0 + …`).
  return a && (a.params.size > 0 || DEFINES.test(latex)) ? [...a.lhsHeads] : [];
}

/** For each undefined use of the i-th equation that a left-hand side of the `WINDOW` records before it defines, that record (by the use's start). */
export function definedAbove(i: number, result: SymbolMatchResult, equations: Equation[]): Map<number, Equation> {
  const out = new Map<number, Equation>();
  for (const use of result.undefinedUses) {
    for (let k = i - 1; k >= Math.max(0, i - WINDOW); k--) {
      const source = equations[k];
      if (source && leftSide(source).has(use.key)) {
        out.set(use.start, source);
        break;
      }
    }
  }
  return out;
}
