/**
 * Which formulas of a run a shared definition belongs to (trial 7, P3/P9/P18). A run shares its
 * definitions (runs.ts), yet a definition read after a formula that the author's prose separates
 * from an earlier formula of the run ("To penalise large weights the loss becomes:" between them)
 * is not the earlier formula's unless it writes the symbol: "where $\lambda$ is …" after
 * `L = \text{RSS} + \lambda L_{reg}` defines nothing of `\text{RSS} = …` above it, and a display
 * definition after "其中:" under the last formula is not copied onto the formulas before it.
 * Displays that follow one another with nothing between them ("$$F_s = -kx$$ $$F_d = -b\dot x$$
 * Here, …") and the sentence that introduces the run still share everything; a definition read
 * before the run is not a later formula's that a sentence of its own separates from the first and does not write it.
 */
import type { Variable } from '../types.js';
import { usesSymbol, writesSymbol } from './prose-sentences.js';

/** The formulas that prose of the author's separates from the formula before them (set while a section is read). */
const afterProse = new WeakSet<object>();

/** Marks a formula as separated by prose from the formula before it. */
export function markAfterProse(draft: object): void {
  afterProse.add(draft);
}

/** Formulas whose prose before them opens a sentence of its own ("For every $x$ …"), not one that carries on ("and dividing by $m$ …"). */
const afterSentence = new WeakSet<object>();

/** Marks a formula as separated from the formula before it by a sentence of its own (its first letter no lowercase one). */
export function markAfterSentence(draft: object): void {
  afterSentence.add(draft);
}

/** Definitions that belong to the formulas writing their symbols only (a display's own symbol list written above it). */
const forWriters = new WeakSet<Variable>();

/** Definitions a lead-in read for the left side of the formula right after it ("The final velocity of the cart is" `v_f = …`). */
const leadIns = new WeakSet<Variable>();

/** Marks a lead-in's definition: it stays on its formula and on those writing its very symbol (`v_i` is no `v_f`). */
export function markLeadIn(v: Variable): void {
  leadIns.add(v);
}

/** Formulas set apart after a bare "with"/"being" (trial 9, E3): they take from the run's earlier definitions only those of symbols they write. */
const connected = new WeakSet<object>();

/** Marks a formula as introduced by a bare connective line ("with", "being", "essendo"). */
export function markConnected(draft: object): void {
  connected.add(draft);
}

/** Marks a definition as one no formula of its run takes unless it writes its symbol (or is the formula it was read for). */
export function markForWriters(v: Variable): void {
  forWriters.add(v);
}

/**
 * The members of a run (in order) that take `v`: every member, except one that neither writes a
 * symbol of `v` nor stands with the formulas after it, up to where `v` was read, without prose between.
 */
export function runOwners<D extends object>(members: D[], v: Variable, latexOf: (d: D) => string, startOf: (d: D) => number): D[] {
  const at = v.position.start.offset;
  // `$x$ - meaning` lines above a display (trial 9, D3): its formula, and those of the run that write the symbol.
  const own = forWriters.has(v) ? members.find((d) => at < startOf(d)) : undefined;
  const named = leadIns.has(v) ? members.find((d) => at < startOf(d)) : undefined;
  return members.filter((d, i) => {
    // A lead-in names its own formula's left side: a later formula writing `v_i` (same letter) does not take `v_f`.
    if (named) return d === named || v.symbols.some((s) => usesSymbol(latexOf(d), s));
    if (v.symbols.some((s) => writesSymbol(latexOf(d), s))) return true;
    if (forWriters.has(v)) return d === own;
    if (at < startOf(d)) {
      if (connected.has(d)) return false;
      // Read before the run: not a later formula's when a sentence of its own stands between the run's first formula and it
      // ("… of mass $m$ is" `E = ½mv²`, "For every $x$ …" `f(x) ≥ 0`: `m` is no symbol of the second);
      // prose that carries on ("and the recovered grow as", "and dividing by $m$ …") keeps the run's introduction shared.
      const first = members.findIndex((m) => at < startOf(m));
      for (let j = first + 1; j <= i; j++) if (afterSentence.has(members[j]!)) return false;
      return true;
    }
    // Read after this formula: kept unless prose stands between it and the next formula read before `v`.
    for (let j = i + 1; j < members.length && startOf(members[j]!) <= at; j++) if (afterProse.has(members[j]!)) return false;
    return true;
  });
}

const symbolKey = (v: Variable): string => v.symbols.map((s) => s.replace(/\s+/g, '')).join('\u0000');

/**
 * A formula's definitions without a second prose definition of a symbol it already has (trial 7,
 * P13): a translated line under "Here, $\lambda > 0$ is the expected value …" repeats λ in
 * another language, and the page would list λ twice. Definitions of the author's lists are kept
 * as written.
 */
export function withoutProseRepeats(variables: Variable[]): Variable[] {
  const seen = new Set(variables.filter((v) => v.source !== 'prose').map(symbolKey));
  return variables.filter((v) => {
    if (v.source !== 'prose') return true;
    const key = symbolKey(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
