/**
 * Capitals in a row that are a product, not a name (issue 24, trial 6 N12). Three capitals or more
 * that the where-list does not define are read as one name (`RSS`, `GDP`: symbols/lhs.ts `acronyms`),
 * so `S = a(UVN)^b` warned of one symbol `UVN` the author never wrote. The document decides: the run is
 * a product of its letters, reported letter by letter (a letter another formula defines then borrows that
 * meaning, as info), unless the document names the run itself: a where-item or prose definition has it as its
 * symbol, a formula gives it as a name (`L_{IoU}`, `IoU = …`: symbols/document-names.ts), or text outside the
 * formulas writes it (`RSS` in "the residual sum of squares (RSS)", `$GDP$` in a sentence). A name the text
 * uses stays one name even when one of its letters is defined elsewhere (`GDP` beside a defined `P`).
 * Letters the formula's own where-list defines, or already reported, are left out.
 */
import type { Equation } from '../types.js';
import type { SymbolMatchResult, SymbolOccurrence } from './analysis.js';

/** What the whole document says about capital runs; computed once per file. */
export interface CapitalRuns {
  /** True when the document names the run as one quantity (see the module comment). */
  named: (run: string) => boolean;
}

const RUN = /^[A-Z]{3,}$/;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const tokens = (text: string, run: string): number => [...text.matchAll(new RegExp(`(?<![A-Za-z\\\\])${escape(run)}(?![A-Za-z])`, 'g'))].length;

/** The document's view of capital runs: `names` are its document names (symbols/document-names.ts). */
export function capitalRuns(equations: Equation[], fileText: string, names: readonly string[]): CapitalRuns {
  const symbols = new Set<string>();
  for (const eq of equations) {
    for (const v of eq.variables) {
      for (const s of v.symbols) {
        const t = s.trim().replace(/^\\(?:text|mathrm|mathit)\{([A-Za-z]+)\}$/, '$1');
        symbols.add(t);
      }
    }
  }
  const cache = new Map<string, boolean>();
  const named = (run: string): boolean => {
    let known = cache.get(run);
    if (known === undefined) {
      const inFormulas = equations.reduce((n, eq) => n + tokens(eq.latex, run), 0);
      known = symbols.has(run) || names.includes(run) || tokens(fileText, run) > inFormulas;
      cache.set(run, known);
    }
    return known;
  };
  return { named };
}

/** `result` with each undefined capital run that is a product (see the module comment) reported as its letters. */
export function withCapitalRuns(eq: Equation, result: SymbolMatchResult, runs: CapitalRuns | undefined): SymbolMatchResult {
  if (!runs || !result.undefinedUses.some((u) => RUN.test(u.latex))) return result;
  const own = new Set(eq.variables.flatMap((v) => v.symbols.map((s) => s.trim())));
  const uses: SymbolOccurrence[] = [];
  const keys = new Set(result.undefinedUses.map((u) => u.key));
  for (const use of result.undefinedUses) {
    if (!RUN.test(use.latex) || use.start < 0 || runs.named(use.latex)) {
      uses.push(use);
      continue;
    }
    [...use.latex].forEach((l, k) => {
      if (own.has(l) || keys.has(l)) return;
      keys.add(l);
      uses.push({ key: l, start: use.start + k, end: use.start + k + 1, latex: l });
    });
  }
  return { ...result, undefinedUses: uses.sort((a, b) => a.start - b.start) };
}
