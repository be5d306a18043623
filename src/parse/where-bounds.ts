/**
 * A bound on the where-list items read as definitions: at most MAX_WHERE_ITEMS variables (and as
 * many notes) per equation. Past it the equation keeps its first items; the others define
 * nothing (not analysed for symbols, not borrowed from, not linked, not on the page, not
 * exported), and `where-list-too-long` says so once, at the first item left out. Their math is
 * still checked like every other span (moved from the equation's `inlineMath`, which the symbol
 * analysis reads, to its `overflowMath`, which only validation reads, with KaTeX's parser alone:
 * it is never typeset, since no page shows it).
 *
 * The symbol analysis, the borrowing of meanings and the page grow with the items: a where-list
 * of 100,000 items took 16-20 s and 1 GB in `check`, and its page never finished.
 * Pure: a collection in, a collection and its diagnostics out.
 */
import type { Collection, Diagnostic, Equation } from '../types.js';
import { diagnosticAtPoint } from '../diagnostics/diagnostic.js';
import { whereListTooLong } from '../rules/where-list-too-long.js';

export const MAX_WHERE_ITEMS = 1_000;

const fmt = (n: number): string => n.toLocaleString('en-US');

export function boundWhereLists(collection: Collection): { collection: Collection; diagnostics: Diagnostic[] } {
  if (!collection.equations.some((eq) => eq.variables.length > MAX_WHERE_ITEMS || eq.notes.length > MAX_WHERE_ITEMS)) return { collection, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const equations = collection.equations.map((eq): Equation => {
    if (eq.variables.length <= MAX_WHERE_ITEMS && eq.notes.length <= MAX_WHERE_ITEMS) return eq;
    const left = [eq.variables[MAX_WHERE_ITEMS]?.position, eq.notes[MAX_WHERE_ITEMS]?.position].filter((p) => p !== undefined);
    const first = left.reduce((a, b) => (b.start.offset < a.start.offset ? b : a));
    const total = eq.variables.length + eq.notes.length;
    const kept = Math.min(eq.variables.length, MAX_WHERE_ITEMS) + Math.min(eq.notes.length, MAX_WHERE_ITEMS);
    diagnostics.push(diagnosticAtPoint(collection.sourceFile, first.start, whereListTooLong, whereListTooLong.messages.tooLong(fmt(total), fmt(total - kept), fmt(MAX_WHERE_ITEMS)), eq.slug));
    // The math from the first item left out on is checked but not read for symbols.
    const from = first.start.offset;
    const at = (m: Equation['inlineMath'][number]): number => m.map.pieces[0]?.offset ?? -1;
    const inlineMath = eq.inlineMath.filter((m) => at(m) < from);
    const overflowMath = eq.inlineMath.filter((m) => at(m) >= from);
    return { ...eq, variables: eq.variables.slice(0, MAX_WHERE_ITEMS), notes: eq.notes.slice(0, MAX_WHERE_ITEMS), inlineMath, overflowMath };
  });
  return { collection: { ...collection, equations }, diagnostics };
}
