/**
 * The power of a primed symbol (`y'^2`, `x_1'^2`; issue 24, trial 7 P20): KaTeX reads the primes and the
 * exponent as one superscript, but the symbol is `y'` and `2` its power. An undefined-symbol finding
 * names `y'`, at its letter, so `y'` and `y'^2` in one formula are one finding.
 */
import { listKey, solid, type SNode } from './tree.js';
import type { Sym } from './sym.js';

/** `y'^2` → the occurrence of `y'` (key `y^{\prime}`, source `y'`); null for anything else. */
export function primedPower(node: SNode, sym: Sym, latex: string): { key: string; start: number; end: number; latex: string } | null {
  const sup = sym.sup ? solid(sym.sup) : [];
  const primes = sup.filter((n) => n.key === '\\prime');
  const rest = sup.slice(primes.length);
  if (primes.length === 0 || sup.slice(0, primes.length).some((n) => n.key !== '\\prime')) return null;
  if (rest.length !== 1 || rest[0]?.role !== 'number' || node.start < 0) return null;
  const key = `${sym.core}${sym.sub ? `_{${listKey(sym.sub)}}` : ''}^{${listKey(primes)}}`;
  const text = latex.slice(node.start, node.end);
  const written = /^[^']*'+/.exec(text)?.[0] ?? text;
  return { key, start: node.start, end: node.start + written.length, latex: written };
}
