/**
 * Borrowed definitions: for a symbol an equation uses but does not define (`undefinedUses` of
 * `matchVariables`), the meaning another where-list of the same collection gives it.
 *
 * - A source item qualifies when one of its symbols is, on its own, exactly the used symbol as
 *   the symbol analysis keys it (`equationSymbols`): `\hat{y}` ≠ `y`, `h_t` ≠ `h_{t-1}`, `W_{hh}` ≠ `W`.
 *   Items that refer elsewhere ("as before", "defined as above") and items written as a
 *   function (`\sigma(z)`, `L(\theta)`) do not lend their meaning.
 * - Candidates with the same meaning (descriptions equal up to articles, case and a trailing
 *   parenthesis) are one meaning. A meaning is chosen by: given in the same topic, then how many
 *   symbols the two equations share, then how often the collection gives it, then the nearest
 *   equation. Its source is the nearest same-topic (else nearest) equation giving it.
 * - Confidence: the chosen meaning's share of the evidence, scaled by how close the source is.
 *   A symbol with several meanings and no same-topic source stays unexplained; so does a borrow
 *   under `MIN_CONFIDENCE`. A doubtful borrow is worse than none.
 *
 * Pure: records in, plain data out; nothing is mutated.
 */
import type { BorrowedDefinition, Collection, Equation, Topic } from '../types.js';
import { equationSymbols, matchVariables } from '../symbols/analysis.js';
import { formulaLabels } from '../symbols/formula-labels.js';
import { analysisCallsVariant, analysisCoversMember, baseKey, meaningWords, sameMeaning, swapLetter } from './match.js';
import { FAMILY_CONFIDENCE, definitionIndex, familyOf, nearest, sameLetterKeys, swapsOf, type Definition, type DefinitionIndex, type Swap } from './definitions.js';

export const MIN_CONFIDENCE = 0.6;

export interface BorrowResult {
  borrowed: BorrowedDefinition[];
  /** Undefined uses (LaTeX as used) nothing in the collection explains. */
  unexplained: string[];
  /** Every undefined use (for coverage figures): borrowed + unexplained. */
  undefinedCount: number;
}

interface Candidate {
  eq: Equation;
  index: number;
  /** Index in `eq.variables`, or -1: the equation itself defines the symbol (its left-hand side). */
  item: number;
  description: string;
  words: Set<string>;
  sameTopic: boolean;
  /** The source defines, by its left-hand side, a named quantity this equation uses (`L_{\text{MSE}}`). */
  parent: boolean;
  shared: number;
  distance: number;
  /** Defined with another index letter (`z_k` for `z_j`): evidence for a meaning, shown with the letter swapped. */
  variant: boolean;
}

const NONE: Equation[] = [];

const freeMemo = new WeakMap<Equation, Set<string>>();

function freeKeys(eq: Equation): Set<string> {
  let keys = freeMemo.get(eq);
  if (!keys) {
    keys = new Set(equationSymbols(eq.latex).map((o) => o.key));
    freeMemo.set(eq, keys);
  }
  return keys;
}

function topicIndex(topics: Topic[]): Map<string, Topic> {
  const out = new Map<string, Topic>();
  for (const t of topics) for (const s of t.equations) if (!out.has(s)) out.set(s, t);
  return out;
}

export interface Choice {
  candidate: Candidate;
  confidence: number;
}

function weight(c: Candidate): number {
  return ((c.sameTopic ? 3 : 1) * (1 + c.shared) * (c.variant ? 0.5 : 1)) / (1 + c.distance / 20);
}

const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * The meaning to borrow among the candidates, or null when none is sure enough:
 * 1. the parent equation (the one defining a named quantity this equation uses, `L_{\text{MSE}}`)
 *    decides when it defines the symbol: a gradient of the MSE means what the MSE means;
 * 2. else the strongest candidate (same topic ×3, symbols both equations define or use, nearness)
 *    decides, if the evidence agrees with it (`MIN_CONFIDENCE` of the weight); a candidate outside the
 *    topic must share a symbol with this equation's where-list, and loses to any rival that does when it does not;
 * 3. else a symbol the whole collection (one document) explains one way (one source or more, no rival)
 *    takes that meaning, in whichever section it is used: a borrow never depends on which
 *    symbols the two formulas happen to share.
 */
export function chooseMeaning(candidates: Candidate[]): Choice | null {
  const ranked = [...candidates].sort((a, b) => weight(b) - weight(a) || Number(a.variant) - Number(b.variant) || a.distance - b.distance || a.index - b.index);
  const best = ranked[0];
  if (!best) return null;
  const agrees = (c: Candidate) => sameMeaning(c.words, best.words);
  // Shown: the strongest candidate, or the strongest exact one saying the same when it is a variant.
  const shown = (): Candidate => (best.variant ? (ranked.find((c) => !c.variant && agrees(c)) ?? best) : best);
  const parents = ranked.filter((c) => c.parent && !c.variant);
  const fromParent = parents[0];
  if (fromParent) {
    if (parents.every((c) => sameMeaning(c.words, fromParent.words))) return { candidate: fromParent, confidence: 0.95 };
    // Parents that disagree (`L_{\text{CE}}` of the binary and the multi-class loss): the one sharing most symbols, if it alone does.
    const byShared = [...parents].sort((a, b) => b.shared - a.shared || a.distance - b.distance);
    const top = byShared[0] as Candidate;
    const rivalShared = Math.max(0, ...parents.filter((c) => !sameMeaning(c.words, top.words)).map((c) => c.shared));
    return top.shared > rivalShared ? { candidate: top, confidence: 0.8 } : null;
  }
  let agree = 0;
  let total = 0;
  for (const c of ranked) {
    total += weight(c);
    if (agrees(c)) agree += weight(c);
  }
  const share = agree / total;
  const contextual = best.sameTopic || best.shared > 0;
  const outshared = best.shared === 0 && ranked.some((c) => c.shared > 0 && !agrees(c));
  if (contextual && !outshared && share >= MIN_CONFIDENCE) return { candidate: shown(), confidence: round(best.sameTopic ? share : share * 0.85) };
  // The document gives the symbol one meaning wherever it defines it: that meaning, whichever section uses it (trial 4 K14).
  const exact = ranked.filter((c) => !c.variant).length;
  if (exact >= 1 && ranked.every(agrees)) return { candidate: shown(), confidence: exact >= 2 ? 0.7 : 0.65 };
  return null;
}

/** Borrowed meanings for one equation of the collection. */
export function borrowFor(
  collection: Collection,
  index: number,
  topics: Topic[],
  defs: DefinitionIndex = definitionIndex(collection),
  topicOf: Map<string, Topic> = topicIndex(topics),
): BorrowResult {
  const eq = collection.equations[index];
  const out: BorrowResult = { borrowed: [], unexplained: [], undefinedCount: 0 };
  // Like `undefined-symbol`: an equation without definitions gets `missing-where-list` instead.
  if (!eq || !eq.latex.trim() || eq.variables.length === 0) return out;
  // The earlier equations matter only to items defined as above (a copy per equation would be quadratic);
  // the same call as validation's (rules/validate.ts), so its result is reused there.
  const earlier = eq.variables.some((v) => v.inherited) ? collection.equations.slice(0, index) : NONE;
  const { undefinedUses } = matchVariables(eq, earlier);
  if (undefinedUses.length === 0) return out;
  const topic = topicOf.get(eq.slug);
  const undefinedKeys = new Set(undefinedUses.map((u) => u.key));
  const mine = new Set([...freeKeys(eq)].filter((k) => !undefinedKeys.has(k)));
  const occurrences = equationSymbols(eq.latex);
  // `n_A` where `\omega_A`, `f_A` label the same thing: not the index `j` of a defined `n_j` (trial 5 doc 2).
  // Parsed only for a use with such a subscript (the labels are capital letters): a rebuild parses no other formula for it.
  let labels: Set<string> | null = null;
  const parents = new Set<Equation>();
  for (const k of freeKeys(eq)) for (const d of defs.get(k) ?? []) if (d.item === -1 && d.eq !== eq) parents.add(d.eq);
  for (const use of undefinedUses) {
    if (use.start < 0) continue;
    out.undefinedCount++;
    // `\hat{y}^{(i)}` is reported as `\hat{y}`: a definition of the whole occurrence is the exact one.
    const whole = occurrences.find((o) => o.start === use.start && o.key !== use.key);
    const keys = whole && defs.has(whole.key) ? [whole.key] : [use.key];
    const written = whole && defs.has(whole.key) ? whole.latex : use.latex;
    const found: Array<{ d: Definition; swap: Swap | null }> = keys.flatMap((k) => nearest(defs.get(k) ?? [], index).map((d) => ({ d, swap: null })));
    const letter = /_\{([A-Z])\}$/.exec(keys[0] as string)?.[1];
    const labelled = letter !== undefined && (labels ??= formulaLabels(eq.latex)).has(letter);
    for (const { key: k, swap, index: isIndex } of swapsOf(defs, keys[0] as string)) {
      if (!isIndex || labelled) continue;
      for (const d of nearest(defs.get(k) ?? [], index)) if (d.symbol && analysisCallsVariant(written, d.symbol)) found.push({ d, swap });
    }
    // An entry, member or state of a symbol the document defines (`\\hat{y}_i` of `\\hat{y}`, `w_{\\text{old}}` of `w`) borrows its meaning (trial 4 K13).
    const base = found.length === 0 ? baseKey(keys[0] as string) : null;
    // Its own base first (`\\hat{y}` for `\\hat{y}_i`), else the same letter in another weight or case (`\\hat{\\mathbf{y}}`, `X` for `x_{ij}`).
    if (base !== null) {
      for (const k of defs.has(base) ? [base] : sameLetterKeys(defs, base)) {
        for (const d of nearest(defs.get(k) ?? [], index)) if (d.symbol && analysisCoversMember(written, d.symbol)) found.push({ d, swap: null });
      }
    }
    const family = found.length === 0 ? familyOf(defs, keys[0] as string, index).filter(({ d }) => d.eq !== eq) : [];
    for (const f of family) found.push(f);
    const candidates: Candidate[] = found
      .filter(({ d }) => d.eq !== eq)
      .map(({ d, swap }) => {
        let shared = 0;
        for (const k of freeKeys(d.eq)) if (!keys.includes(k) && k !== use.key && mine.has(k)) shared++;
        const description = swap ? swapLetter(d.description, swap) : d.description;
        return {
          eq: d.eq,
          index: d.index,
          item: d.item,
          description,
          // An equation's name keeps its parenthesis: "(Binary)" and "(Multi-Class)" differ.
          words: meaningWords(d.item === -1 ? description.replace(/[()]/g, ' ') : description),
          sameTopic: topic !== undefined && topicOf.get(d.eq.slug) === topic,
          parent: parents.has(d.eq),
          shared,
          distance: Math.abs(d.index - index),
          variant: swap !== null,
        };
      });
    const choice = chooseMeaning(candidates);
    if (!choice) {
      out.unexplained.push(use.latex);
      continue;
    }
    out.borrowed.push({
      symbol: use.latex,
      description: choice.candidate.description,
      from: choice.candidate.eq.slug,
      fromItem: choice.candidate.item,
      confidence: family.length > 0 ? Math.min(choice.confidence, FAMILY_CONFIDENCE) : choice.confidence,
    });
  }
  return out;
}

/** Borrowed meanings for every equation of a collection, in equation order. */
export function borrowAll(collection: Collection, topics: Topic[]): BorrowResult[] {
  const defs = definitionIndex(collection);
  const byTopic = topicIndex(topics);
  return collection.equations.map((_, i) => borrowFor(collection, i, topics, defs, byTopic));
}
