/**
 * Formula terms: what a formula is indexed by and a formula query looked up by, from the layout
 * tree of search/formula/parse.ts (the symbol pairs of Tangent-S and Approach0): each pair of
 * neighbouring symbols with their relation — next (`>`), one further (`}`), superscript (`^`),
 * subscript (`_`), numerator (`[`), denominator (`]`), inside (`@`) — with every variable
 * abstracted to `v`, so `(A^\top A)^{-1} A^\top b` and `(X^T X)^-1 X^T y` give the same terms;
 * a short script or argument also whole (`v^=-1`, `F[=1`); an accent as `v~hat`.
 *
 * The letters as written are not formula terms: the word search, merged with the formula hits,
 * already tells `f_t` from `r_t` (measured: pairs with the written letters and leaf-to-root paths
 * more than doubled the formula index for one more top-1 hit in 30; see the issue-15 report).
 *
 * Browser-safe (no imports but the parser): the build and the search box both use it.
 */
import { parseFormula, type Atom } from './parse.js';
import { looksLikeFormula } from './detect.js';

/** The labels of a short script or argument row, or null when it is long or nested. */
function signature(row: Atom[]): string | null {
  if (row.length < 2 || row.length > 3 || row.some((a) => a.kids.length > 0)) return null;
  return row.map((a) => a.label).join('');
}

function rowTerms(row: Atom[], out: string[]): void {
  for (let k = 0; k < row.length; k++) {
    const a = row[k]!;
    const next = row[k + 1];
    const after = row[k + 2];
    if (a.accent) out.push(`v~${a.accent}`);
    if (next) out.push(`${a.label}>${next.label}`);
    if (after) out.push(`${a.label}}${after.label}`);
    for (const [rel, kid] of a.kids) {
      const first = kid[0];
      if (!first) continue;
      out.push(`${a.label}${rel}${first.label}`);
      const sig = signature(kid);
      if (sig !== null) out.push(`${a.label}${rel}=${sig}`);
      rowTerms(kid, out);
    }
  }
}

function termsOf(row: Atom[]): string[] {
  const out: string[] = [];
  rowTerms(row, out);
  return out;
}

/** The terms of each part of a formula (TeX or typed); a term may repeat (it counts twice). */
export function formulaPartTerms(text: string): string[][] {
  return parseFormula(text).map(termsOf);
}

/**
 * A query's formula terms (all parts together), or null when it does not read as a formula with
 * some structure: at least two symbols, one of them an operator, function or grouping (so `\eta`,
 * `\hat{y}`, `W_{hh}` and `\beta_1 \beta_2 \epsilon` stay symbol searches).
 */
export function formulaQueryTerms(query: string, force = false): string[] | null {
  if (!force && !looksLikeFormula(query)) return null;
  const parts = parseFormula(query);
  const all: Atom[] = [];
  const walk = (row: Atom[]): void => {
    for (const a of row) {
      all.push(a);
      for (const [, kid] of a.kids) walk(kid);
    }
  };
  for (const row of parts) walk(row);
  if (all.length < 2 || !all.some((a) => a.label !== 'v' && !/^[0-9.]+$/.test(a.label))) return null;
  const out = parts.flatMap(termsOf);
  return out.length ? out : null;
}
