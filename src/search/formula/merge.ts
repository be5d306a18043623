/**
 * One result list from the word search and the formula search of the same query (browser-safe).
 *
 * Only a query that reads as a formula (search/formula/terms.ts: formulaQueryTerms) has formula hits;
 * every other query's results are the word search's, untouched. For a formula query, word
 * scores are scaled to at most 1 and a formula hit adds FORMULA_WEIGHT × its similarity (0…1),
 * so a close formula match outranks words that merely share its letters, while an equation
 * matching both (a typed `\text{softmax}(z)`) ranks first. Formula hits far below the best one
 * are dropped rather than listed, and so, when a formula matched best, are equations that only
 * share a few letters with the query.
 */
import type { SearchResult } from 'minisearch';
import type { FormulaHit } from './term-index.js';

export const FORMULA_WEIGHT = 3;
/** When a formula matched best, an equation the words alone found is listed only with at least this share of its score. */
const WORD_ONLY_SHARE = 0.4;
/** A formula hit is listed when its similarity is at least this share of the best one's. */
const MIN_SHARE = 0.5;

/** A search result; `formula` says which part of the equation's formula matched, when one did. */
export type EquationResult = SearchResult & { formula?: FormulaHit };

export function mergeFormulaHits(words: SearchResult[], hits: readonly FormulaHit[]): EquationResult[] {
  if (hits.length === 0) return words;
  const top = hits[0]!.sim;
  const maxWord = words.reduce((m, r) => Math.max(m, r.score), 0) || 1;
  const byId = new Map<number, EquationResult>();
  for (const r of words) byId.set(Number(r.id), { ...r, score: r.score / maxWord });
  for (const hit of hits) {
    if (hit.sim < MIN_SHARE * top) break;
    const had = byId.get(hit.id);
    if (had) {
      had.score += FORMULA_WEIGHT * hit.sim;
      had.formula = hit;
    } else byId.set(hit.id, { id: hit.id, score: FORMULA_WEIGHT * hit.sim, terms: [], queryTerms: [], match: {}, formula: hit });
  }
  const all = [...byId.values()].sort((a, b) => b.score - a.score);
  // Under a formula match, equations that only share some letters with the query are noise.
  const best = all[0];
  if (!best?.formula) return all;
  return all.filter((r) => r.formula || r.score >= WORD_ONLY_SHARE * best.score);
}
