/**
 * The borrowing stage: each equation's borrowed meanings (src/borrow/borrow.ts) put on the records
 * the site, `export` and `check --fix` read, as `Equation.borrowed` / `Equation.unexplained`.
 * Pure: returns a new Collection (equations with nothing to add stay the same objects); the
 * author's `variables` are never touched.
 */
import type { BorrowedDefinition, Collection, Equation, Topic } from '../types.js';
import { borrowAll, type BorrowResult } from './borrow.js';

export interface SymbolCoverage {
  /** Symbol uses (distinct symbols per equation) explained by the equation's own where-list. */
  own: number;
  /** … by a meaning borrowed from another equation of the collection. */
  borrowed: number;
  /** … by nothing. */
  unexplained: number;
}

export interface BorrowStage {
  collection: Collection;
  results: BorrowResult[];
}

export function borrowStage(collection: Collection, topics: Topic[]): BorrowStage {
  const results = borrowAll(collection, topics);
  const equations = collection.equations.map((eq, i): Equation => {
    const r = results[i];
    if (!r || (r.borrowed.length === 0 && r.unexplained.length === 0)) return eq;
    return { ...eq, ...(r.borrowed.length ? { borrowed: r.borrowed } : {}), ...(r.unexplained.length ? { unexplained: r.unexplained } : {}) };
  });
  return { collection: { ...collection, equations }, results };
}

/** "33. LSTM Input Gate" */
export function equationLabel(eq: Pick<Equation, 'number' | 'nameText'>): string {
  return eq.number === null ? eq.nameText : `${eq.number}. ${eq.nameText}`;
}

/** The `undefined-symbol` suggestion: "defined in 33. LSTM Input Gate as 'the sigmoid function'". */
export function suggestionFor(collection: Collection, b: BorrowedDefinition): string {
  const source = collection.equations.find((e) => e.slug === b.from);
  const where = source ? equationLabel(source) : b.from;
  return b.fromItem < 0 ? `defined by ${where}` : `defined in ${where} as '${b.description}'`;
}

/** Looks up the suggestion for (equation, symbol as used) from a stage's results. */
export function suggester(collection: Collection, results: BorrowResult[]): (eq: Equation, latex: string) => string | null {
  const byEq = new Map<Equation, BorrowedDefinition[]>();
  collection.equations.forEach((eq, i) => byEq.set(eq, results[i]?.borrowed ?? []));
  return (eq, latex) => {
    const b = byEq.get(eq)?.find((x) => x.symbol === latex);
    return b ? suggestionFor(collection, b) : null;
  };
}

/**
 * Per collection: distinct symbols used per equation, explained by the equation's own
 * definitions, by borrowed meanings, or by nothing. Equations without any where-definitions
 * count every symbol as unexplained (they get `missing-where-list`).
 */
export function symbolCoverage(collection: Collection, freeSymbols: (latex: string) => Array<{ key: string }>): SymbolCoverage {
  const out: SymbolCoverage = { own: 0, borrowed: 0, unexplained: 0 };
  for (const eq of collection.equations) {
    if (!eq.latex.trim()) continue;
    const uses = new Set(freeSymbols(eq.latex).map((o) => o.key)).size;
    if (eq.variables.length === 0) {
      out.unexplained += uses;
      continue;
    }
    const borrowed = eq.borrowed?.length ?? 0;
    const unexplained = eq.unexplained?.length ?? 0;
    out.borrowed += borrowed;
    out.unexplained += unexplained;
    out.own += Math.max(0, uses - borrowed - unexplained);
  }
  return out;
}
