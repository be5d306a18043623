/**
 * Formula terms: what a formula is indexed by and a formula query looked up by, from the layout
 * tree of ./formula-parse.ts (the approach of Tangent-S and Approach0): pairs of neighbouring
 * symbols with their relation (next, superscript, subscript, numerator, denominator, inside),
 * with every variable abstracted to `v`, so `(A^\top A)^{-1} A^\top b` and `(X^T X)^-1 X^T y`
 * give the same terms; small scripts whole (`v^=-1`, `v^=T`); paths from the structures around
 * a symbol (`R@sum_`: under a root, below a sum); and, weighing less, the pairs with the
 * variables as written (`#theta>=`), which break ties when the names are the same.
 *
 * Browser-safe (no imports but the parser): the build and the search box both use it.
 */
import { parseFormula, type Atom } from './formula-parse.js';
import { COMMAND_TERMS } from './tex-terms.js';

/** How much each kind of term counts (by its first character): concrete `#`, path `|`, unigram `.`, else structure. */
export function termWeight(term: string): number {
  const c = term[0];
  return c === '#' ? 0.3 : c === '|' ? 0.6 : c === '.' ? 0.4 : 1;
}

const concrete = (a: Atom): string => (a.label === 'v' ? a.name : a.label) + (a.accent ? `~${a.accent}` : '');

/** The labels of a short script or argument row, or null when it is long or nested. */
function signature(row: Atom[]): string | null {
  if (row.length === 0 || row.length > 3 || row.some((a) => a.kids.length > 0)) return null;
  return row.map((a) => a.label).join('');
}

function rowTerms(row: Atom[], path: string[], out: string[]): void {
  for (let k = 0; k < row.length; k++) {
    const a = row[k]!;
    const next = row[k + 1];
    const after = row[k + 2];
    if (a.label !== 'v') out.push(`.${a.label}`);
    if (a.accent) out.push(`.v~${a.accent}`);
    if (path.length) out.push(`|${path.slice(-2).join('')}${a.label}`);
    if (next) {
      out.push(`${a.label}>${next.label}`);
      if (a.label === 'v' || next.label === 'v') out.push(`#${concrete(a)}>${concrete(next)}`);
    }
    if (after) out.push(`${a.label}}${after.label}`);
    for (const [rel, kid] of a.kids) {
      const first = kid[0];
      if (!first) continue;
      out.push(`${a.label}${rel}${first.label}`);
      const sig = signature(kid);
      if (sig !== null && kid.length > 1) out.push(`${a.label}${rel}=${sig}`);
      if (rel === '^' || rel === '_') out.push(`#${concrete(a)}${rel}${concrete(first)}`);
      rowTerms(kid, [...path, a.label + rel], out);
    }
  }
}

/** The terms of each part of a formula (TeX or typed); a term may repeat (it counts twice). */
export function formulaPartTerms(text: string): string[][] {
  return parseFormula(text).map((row) => {
    const out: string[] = [];
    rowTerms(row, [], out);
    return out;
  });
}

/** Known words a formula query may hold (functions, Greek letters); any other word of 4+ letters makes it prose. */
const FORMULA_WORDS = new Set(['sqrt', 'sum', 'prod', 'log', 'exp', 'max', 'min', 'argmax', 'argmin', 'softmax', 'relu', 'sigmoid', 'tanh', 'sinh', 'cosh', 'grad', 'mean', 'norm', 'frac', 'diag', 'sign', 'text', 'mathrm', 'mathbf', 'operatorname', 'left', 'right', 'hat', 'bar', 'tilde', 'cdot', 'times', 'top', 'intercal', 'partial', 'nabla', 'infty', 'quad', 'odot', 'otimes', 'leftarrow', 'mathcal', 'mathbb', 'boldsymbol', 'begin', 'aligned', 'cases', 'pmatrix', 'bmatrix', 'end', 'lambda', 'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'theta', 'sigma', 'omega', 'kappa', 'lvert', 'rvert', 'lVert', 'rVert', 'vert', 'Vert', 'cdots', 'ldots', 'dots', 'approx', 'equiv', 'sim', 'prime', 'limits', 'bigg', 'Bigg', 'widehat', 'overline', 'mathsf', 'dfrac', 'tfrac', 'lfloor', 'rfloor', 'lceil', 'rceil', 'coloneqq']);

/** Whether a query reads as a formula rather than words: TeX or operators, and no prose word. */
export function looksLikeFormula(query: string): boolean {
  if (!/\\[A-Za-z]|[\^_=]|[+\-*/()|<>]/.test(query)) return false;
  // Words inside \text{…}/\operatorname{…} are names, not prose.
  const outside = query.replace(/\\(?:text|textrm|mathrm|operatorname|mathbf|mathit|mathsf|textbf)\s*\{[^{}]*\}/g, ' ').replace(/\\[A-Za-z]+/g, ' ');
  for (const m of outside.matchAll(/[A-Za-z]{4,}/g)) {
    const w = m[0];
    if (!FORMULA_WORDS.has(w) && !FORMULA_WORDS.has(w.toLowerCase()) && !COMMAND_TERMS.has(w.toLowerCase())) return false;
  }
  if (/\\[A-Za-z]|[\^_=]/.test(query)) return true;
  // Operators alone: a letter or number must stand on its own (`a - b`, `1/(1+exp(-x))`), not in a hyphenated word.
  return /(^|[^A-Za-z])[A-Za-z0-9]{1,3}([^A-Za-z-]|$)/.test(outside) && !/^[A-Za-z]+(-[A-Za-z]+)+$/.test(query.trim());
}

/**
 * A query's formula terms (all parts together), or null when it does not read as a formula with
 * some structure: at least two symbols, one of them an operator, function or grouping (so `\eta`,
 * `\hat{y}`, `W_{hh}` and `\beta_1 \beta_2 \epsilon` stay symbol searches).
 */
export function formulaQueryTerms(query: string): string[] | null {
  if (!looksLikeFormula(query)) return null;
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
  const out: string[] = [];
  for (const row of parts) rowTerms(row, [], out);
  return out.length ? out : null;
}
