/**
 * The capitals a formula writes as subscript labels (`A` of `\omega_A`, `f_A`, `n_A`), for borrowing
 * (src/borrow/) and the prose mentions (symbols/prose-mentions.ts).
 */
import { remembered } from '../katex/memo.js';
import { isFormulaTooLarge } from '../katex/limits.js';
import { parseMath, solid } from './tree.js';
import { analyse, type Analysis } from './scan.js';

/**
 * The capitals a formula writes as labels (`A` of `\omega_A`, `f_A`, `n_A`): a use subscripted with one is not
 * another index of a symbol defined with an index letter (`n_A` is not `n_j`). For borrowing (src/borrow/).
 */
export function formulaLabels(latex: string): Set<string> {
  if (isFormulaTooLarge(latex)) return new Set();
  // Kept by content between builds (katex/memo.ts): a rebuild parses no formula for it (1.5% of a one-edit rebuild at 10,000 equations).
  return new Set(
    remembered('formula-labels', latex, () => {
      const parsed = parseMath(latex);
      return parsed ? [...subscriptLabels(analyse(parsed))] : [];
    }),
  );
}

/** Capital letters written as the whole subscript of two different symbols or more (`A` of `\omega_A`, `f_A`, `n_A`). */
export function subscriptLabels(a: Analysis): Set<string> {
  const cores = new Map<string, Set<string>>();
  for (const o of a.occurrences) {
    const t = o.sym.sub ? solid(o.sym.sub) : [];
    const only = t.length === 1 ? t[0] : undefined;
    if (!only || only.role !== 'letter' || !/^[A-Z]$/.test(only.key)) continue;
    const seen = cores.get(only.key) ?? new Set<string>();
    seen.add(o.sym.core);
    cores.set(only.key, seen);
  }
  return new Set([...cores].filter(([, c]) => c.size >= 2).map(([k]) => k));
}
