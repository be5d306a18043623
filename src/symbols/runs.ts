/**
 * Symbols across a run of formulas (issue 24's reader contract; src/parse/runs.ts groups the
 * runs and gives each formula the run's definitions, as the same Variable objects):
 * - a definition of the run is used when any formula of the run writes it (no `unused-symbol`
 *   for `F_d` under `F_s = -kx` when the next formula is `F_d = -b\dot{x}`);
 * - what one formula of the run introduces on its left-hand side — the symbol it defines and the
 *   parameters of the function it defines — is introduced for the others (`d_1` in `d_2 = d_1 -
 *   \sigma\sqrt{T}` right after `d_1 = …`; `Q`, `K`, `V` in `\mathrm{head}_i = \mathrm{Attention}(QW_i^Q, …)`
 *   right after `\mathrm{MultiHead}(Q, K, V) = …`).
 */
import type { Equation, Variable } from '../types.js';
import { matchVariables, type SymbolMatchResult } from './analysis.js';
import { isSameOrShifted, type MatchContext } from './match.js';
import { analyse, type Analysis, type Sym } from './scan.js';
import { parseMath } from './tree.js';
import { isFormulaTooLarge } from '../katex/limits.js';

/** Two records hold the same definition: the same item, shared by the run (or read back equal). */
function sameVariable(a: Variable, b: Variable): boolean {
  return a === b || (a.position.start.offset === b.position.start.offset && a.symbols.join('\u0000') === b.symbols.join('\u0000'));
}

/** The other formulas of `eq`'s run among `equations`: those that hold one of its definitions. */
export function runMates(eq: Equation, equations: Equation[]): Equation[] {
  if (eq.variables.length === 0) return [];
  return equations.filter((other) => other !== eq && other.variables.some((v) => eq.variables.some((w) => sameVariable(v, w))));
}

function analysed(latex: string): Analysis | null {
  if (isFormulaTooLarge(latex)) return null;
  const parsed = parseMath(latex);
  return parsed ? analyse(parsed) : null;
}

/** The left-hand sides and function parameters a formula introduces. */
function introduced(latex: string): Sym[] {
  const a = analysed(latex);
  if (!a) return [];
  return a.occurrences.filter((o) => !o.index && (a.lhsHeads.has(o.sym.key) || a.params.has(o.sym.key))).map((o) => o.sym);
}

/** `result` (matchVariables of `eq`) with what its run mates use and introduce taken into account. */
export function withRunMates(eq: Equation, result: SymbolMatchResult, mates: Equation[]): SymbolMatchResult {
  if (mates.length === 0) return result;
  const unused = result.unused.filter(({ variableIndex, symbolIndex }) => {
    const v = eq.variables[variableIndex];
    if (!v) return true;
    return !mates.some((mate) => {
      const k = mate.variables.findIndex((w) => sameVariable(v, w));
      if (k < 0) return false;
      return !matchVariables(mate, []).unused.some((u) => u.variableIndex === k && u.symbolIndex === symbolIndex);
    });
  });
  if (result.undefinedUses.length === 0) return { ...result, unused };
  const a = analysed(eq.latex);
  const others = mates.flatMap((m) => introduced(m.latex));
  if (!a || others.length === 0) return { ...result, unused };
  const cx: MatchContext = { bound: a.bound, letters: a.letters, defined: new Set() };
  const undefinedUses = result.undefinedUses.filter((use) => {
    const o = a.occurrences.find((x) => x.node.start === use.start || (x.node.base?.start === use.start && x.node.start <= use.start));
    return !o || !others.some((d) => isSameOrShifted(d, o.sym, cx));
  });
  return { ...result, unused, undefinedUses };
}
