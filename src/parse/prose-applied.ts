/**
 * A where-sentence that names a function by its application: "where $\ell(y, \hat y)$ is the
 * loss" after a formula that writes `\ell(y_i, \hat y_i)`, "Here $f(x)$ denotes the density"
 * after one that writes `f(t)`. The formula applies the function to other arguments, so the
 * definition is the function's (`\ell`, `f`), as prose-arrows.ts's `named` reads `\phi(\lambda)`.
 * An application the formula writes as it stands keeps its arguments.
 */
import type { Variable } from '../types.js';
import { named } from './prose-arrows.js';
import { usesSymbol } from './prose-sentences.js';

/** `v` with each symbol applied to arguments the formula does not write as they stand named by its function, when the formula applies that function. */
export function functionNamed(v: Variable, formula: string): Variable {
  v.symbols.forEach((symbol, k) => {
    const src = v.symbolSources[k];
    // `S(\cdot)` is written as a function's name already (writesSymbol reads it so): kept as written.
    if (!src || usesSymbol(formula, symbol) || /\(\s*(?:\\cdot|·|\.)\s*\)\s*$/.test(symbol)) return;
    const fn = named(src);
    if (fn === src || !usesSymbol(formula, `${fn.latex}(`)) return;
    v.symbols[k] = fn.latex;
    v.symbolSources[k] = fn;
  });
  return v;
}
