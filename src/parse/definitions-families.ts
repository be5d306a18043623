/**
 * Members of a glossary's indexed family (trial 7, P7): a symbol table row `$z_j$` names the
 * standardized deviation of feature j, and a formula that writes `z_{t,j}` (the same letter at
 * time t and feature j) uses that family. A row's symbol with one index letter matches the same
 * base with a braced list of indices that holds that letter (`z_{t,j}`, `L_{i,j}`), never another
 * letter's family (`z_{t,k}`), the bare base, nor a marked base (`z^+_{t,j}` is another symbol).
 */

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `formula` writes a member of the family `symbol` (`z_j`) names with more indices (`z_{t,j}`). */
export function writesFamilyMember(formula: string, symbol: string): boolean {
  const m = /^\s*(\\[A-Za-z]+|[A-Za-z])\s*_\s*(?:\{\s*([a-z])\s*\}|([a-z]))\s*$/.exec(symbol);
  if (!m) return false;
  const index = m[2] ?? m[3]!;
  const re = new RegExp(`(?<![A-Za-z\\\\])${escapeRe(m[1]!)}(?![A-Za-z])\\s*_\\s*\\{([^{}]*)\\}`, 'g');
  for (const hit of formula.matchAll(re)) {
    const indices = hit[1]!.split(',').map((x) => x.trim());
    if (indices.length >= 2 && indices.includes(index)) return true;
  }
  return false;
}
