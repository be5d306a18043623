/**
 * validate: a parsed Collection → diagnostics. Pure: no I/O. Each rule family lives in
 * src/validate/rules/; this module only runs them in order.
 */
import type { Collection, Diagnostic, Equation } from '../types.js';
import { LineIndex } from '../diagnostics/positions.js';
import type { FileContext } from '../diagnostics/diagnostic.js';
import { checkMath } from './rules/math.js';
import { checkStructure, documentStyle } from './rules/structure.js';
import { checkCollection } from './rules/collection.js';
import { checkSymbols } from './rules/symbols.js';

/** `suggest(eq, latex)`: where the collection defines a symbol `eq` leaves undefined (src/pipeline/borrow-stage.ts). */
export type SymbolSuggester = (eq: Equation, latex: string) => string | null;

export function validateCollection(collection: Collection, fileText: string, lines?: LineIndex, suggest?: SymbolSuggester): Diagnostic[] {
  const ctx: FileContext = { file: collection.sourceFile, lines: lines ?? new LineIndex(fileText) };
  const out: Diagnostic[] = [];
  for (const math of collection.inlineMath) out.push(...checkMath(math, false, ctx, null));
  const style = documentStyle(collection.equations);
  const headingsSeen = new Set<number>();
  collection.equations.forEach((eq, i) => {
    out.push(...checkStructure(eq, style, headingsSeen, ctx));
    if (eq.latex.trim()) out.push(...checkMath({ latex: eq.latex, map: eq.latexMap }, true, ctx, eq.slug));
    for (const math of eq.inlineMath) out.push(...checkMath(math, false, ctx, eq.slug));
    // An equation without definitions gets `missing-where-list`, not a warning per symbol.
    if (eq.latex.trim() && eq.variables.length > 0) out.push(...checkSymbols(eq, collection.equations.slice(0, i), ctx, suggest && ((latex) => suggest(eq, latex))));
  });
  out.push(...checkCollection(collection.equations, ctx));
  return out;
}
