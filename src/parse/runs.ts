/**
 * Runs of formulas share their definitions (issue 24's reader contract): consecutive formulas of
 * one section with no definitions between them are one run, and each formula of the run is
 * defined by every definition of the run — the sentence that introduces the first formula, the
 * where-list or where-sentence after the last, and any definitions read for one of them. Prose
 * between the formulas that defines nothing ("and dividing by $m$ puts it in standard form:")
 * does not end the run; a definition between two formulas does, and so does a chemical reaction
 * (`\ce{aA + bB <=> cC + dD}` before the equilibrium constant that quantifies it is no formula of
 * the constant's run).
 *
 * `$$F_s = -kx$$` then `$$F_d = -b\dot{x}$$` then "Here, $k$ is the spring constant and $b$ the
 * damping coefficient": both formulas are defined by `k` and `b`. A definition read after a
 * formula is not copied onto an earlier one that prose separates from it and that does not write
 * its symbol (trial 7, definitions-run.ts).
 *
 * The same Variable objects are shared (never copied), so the symbol rules can tell a run's
 * formulas by the definitions they share (src/rules/symbols.ts: a symbol used by any formula of
 * the run is used). Definitions are kept in document order.
 */
import type { Variable } from '../types.js';
import type { EquationDraft } from './section-draft.js';
import { runOwners } from './definitions-run.js';

const offsetOf = (v: Variable): number => v.position.start.offset;

/** A chemical reaction written with mhchem (`\ce{2H2 + O2 -> 2H2O}`): a statement of its own, in no run. */
const REACTION = /^\s*\\ce\s*\{[\s\S]*\}\s*$/;

/** A section's drafts grouped into runs, in order (a draft alone is a run of one). */
export function runsOf(drafts: EquationDraft[]): EquationDraft[][] {
  if (drafts.length === 0) return [];
  const all = drafts.flatMap((d) => d.variables);
  const runs: EquationDraft[][] = [];
  let run: EquationDraft[] = [];
  drafts.forEach((draft, i) => {
    const previous = drafts[i - 1];
    if (previous && (draft.newRun || REACTION.test(previous.math.latex) || REACTION.test(draft.math.latex))) {
      runs.push(run);
      run = [];
    } else if (previous) {
      const from = previous.positions.equation.end.offset;
      const to = draft.positions.equation.start.offset;
      if (all.some((v) => offsetOf(v) >= from && offsetOf(v) < to)) {
        runs.push(run);
        run = [];
      }
    }
    run.push(draft);
  });
  runs.push(run);
  return runs;
}

/** Groups a section's drafts into runs and gives each draft of a run all of the run's definitions. */
export function shareRunDefinitions(drafts: EquationDraft[]): void {
  if (drafts.length < 2) return;
  for (const members of runsOf(drafts)) {
    if (members.length < 2) continue;
    const seen = new Set<Variable>();
    const shared: Variable[] = [];
    for (const d of members) {
      for (const v of d.variables) {
        if (seen.has(v)) continue;
        seen.add(v);
        shared.push(v);
      }
    }
    shared.sort((a, b) => offsetOf(a) - offsetOf(b));
    // Not onto an earlier formula that prose separates from where it was read and that does not write it (definitions-run.ts).
    const owners = new Map(shared.map((v) => [v, runOwners(members, v, (d) => d.math.latex, (d) => d.positions.equation.start.offset)]));
    for (const d of members) d.variables = shared.filter((v) => owners.get(v)!.includes(d));
  }
}
