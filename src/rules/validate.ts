/**
 * validate: a parsed Collection → diagnostics. Pure: no I/O. Each rule family lives in
 * src/validate/rules/; this module only runs them in order.
 */
import type { Collection, Diagnostic, Equation, MathSource } from '../types.js';
import { LineIndex } from '../diagnostics/positions.js';
import type { FileContext } from '../diagnostics/diagnostic.js';
import { checkMath, tooMuchMath } from './math.js';
import { isFormulaTooLarge, MathBudget } from '../katex/limits.js';
import { checkStructure, documentStyle } from './structure.js';
import { checkCollection } from './collection.js';
import { hintRepeatedUndefined } from './undefined-macros.js';
import { checkSymbols, unexplainedSymbols, type SymbolScope } from './symbols.js';
import { runMates } from '../symbols/runs.js';
import { notationSymbols, pageConstants } from '../symbols/notation.js';
import { documentNames } from '../symbols/document-names.js';
import { documentMentions } from '../symbols/prose-mentions.js';
import { definedAbove } from '../symbols/left-sides.js';
import { capitalRuns } from '../symbols/capital-runs.js';

/** `suggest(eq, latex)`: where the collection defines a symbol `eq` leaves undefined (src/borrow/stage.ts). */
export type SymbolSuggester = (eq: Equation, latex: string) => string | null;

export function validateCollection(collection: Collection, fileText: string, lines?: LineIndex, suggest?: SymbolSuggester): Diagnostic[] {
  const ctx: FileContext = { file: collection.sourceFile, lines: lines ?? new LineIndex(fileText) };
  const out: Diagnostic[] = [];
  // The file's math budget (katex/limits.ts), spent in document order; reported once when spent.
  const budget = new MathBudget();
  let reported = false;
  const math = (source: MathSource, display: boolean, equation: string | null, parseOnly = false): boolean => {
    if (budget.take(source.latex)) {
      for (const item of checkMath(source, display, ctx, equation, parseOnly)) out.push(item);
      return true;
    }
    if (!reported) out.push(tooMuchMath(source, budget.exceeded ?? 'spans', ctx, equation));
    reported = true;
    return false;
  };
  for (const source of collection.inlineMath) math(source, false, null);
  const style = documentStyle(collection.equations, collection.headingNumbers === 'sections');
  const headingsSeen = new Set<number>();
  // A page-wide notation table defines its symbols for every formula (src/symbols/notation.ts).
  const constants = pageConstants(collection.equations);
  const names = documentNames(collection.equations);
  const runs = capitalRuns(collection.equations, fileText, names);
  const notation = notationSymbols(fileText, collection.equations.flatMap((e) => (e.positions.whereList ? [e.positions.whereList] : [])));
  // Symbols the document's words or a presenting formula name anywhere: their undefined-symbol is info (src/symbols/prose-mentions.ts).
  const mentions = documentMentions(collection.equations, fileText, (offset) => ctx.lines.point(offset).line);
  let definedSymbols: Set<string> | null = null;
  collection.equations.forEach((eq, i) => {
    const structureAt = out.length;
    const typeset = eq.latex.trim() ? math({ latex: eq.latex, map: eq.latexMap, ...(eq.macroError ? { macroError: eq.macroError } : {}) }, true, eq.slug) : false;
    const checkable = typeset && !isFormulaTooLarge(eq.latex);
    const scope: SymbolScope = { suggest: suggest && ((latex) => suggest(eq, latex)), mates: runMates(eq, neighbours(collection.equations, i)), notation, constants, names, mentions, above: (r) => definedAbove(i, r, collection.equations), runs };
    // An equation without definitions of its own (only those the document gives all formulas) gets `missing-where-list`,
    // naming the symbols nothing explains, not a warning per symbol.
    const unexplained = checkable ? () => unexplainedSymbols(eq, earlierFor(collection.equations, i), scope, (latex) => (definedSymbols ??= allDefined(collection.equations)).has(latex)) : undefined;
    out.splice(structureAt, 0, ...checkStructure(eq, style, headingsSeen, ctx, unexplained));
    for (const source of eq.inlineMath) math(source, false, eq.slug);
    // Never shown: parsed by KaTeX (errors, trust, strict), not typeset.
    for (const source of eq.overflowMath ?? []) math(source, false, eq.slug, true);
    if (checkable && eq.variables.some((v) => !v.incidental)) for (const item of checkSymbols(eq, earlierFor(collection.equations, i), ctx, scope.suggest, scope.mates, notation, constants, names, mentions, scope.above, runs)) out.push(item);
  });
  for (const item of checkCollection(collection.equations, ctx, collection.slugStyle, collection.headingNumbers === 'sections')) out.push(item);
  return hintRepeatedUndefined(out);
}

const NONE: Equation[] = [];

/** Every symbol some definition of the collection defines, spacing normalised. */
function allDefined(equations: Equation[]): Set<string> {
  const out = new Set<string>();
  for (const eq of equations) for (const v of eq.variables) for (const s of v.symbols) out.add(s.replace(/\s+/g, ' ').trim());
  return out;
}

/** The equations a run can hold around the i-th: a run is consecutive formulas of one section (src/parse/runs.ts). */
function neighbours(equations: Equation[], i: number): Equation[] {
  const heading = equations[i]!.positions.heading.start.offset;
  let from = i;
  let to = i;
  while (from > 0 && equations[from - 1]!.positions.heading.start.offset === heading) from--;
  while (to + 1 < equations.length && equations[to + 1]!.positions.heading.start.offset === heading) to++;
  return from === to ? NONE : equations.slice(from, to + 1);
}

/** The equations before the i-th, for "defined as above" items; only those items read them (a copy per equation would be quadratic). */
function earlierFor(equations: Equation[], i: number): Equation[] {
  return equations[i]!.variables.some((v) => v.inherited) ? equations.slice(0, i) : NONE;
}
