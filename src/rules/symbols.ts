/**
 * Symbol rules:
 * - `unused-symbol` (warning): a where-list symbol that does not occur in the equation (a definition read from prose never is).
 * - `undefined-symbol` (warning): a symbol the equation uses that its where-list does not define
 *   (one per distinct symbol, at its first occurrence). `info` when a meaning borrowed from another
 *   equation of the collection explains it: the page shows that meaning, so a reader is not left
 *   without one, and the author has nothing to fix (config `rules` still set its severity).
 * What "occurs" and "defined" mean is documented in src/symbols/analysis.ts.
 */
import type { Diagnostic, Equation } from '../types.js';
import { matchVariables, type SymbolMatchResult, type SymbolOccurrence } from '../symbols/analysis.js';
import { withRunMates } from '../symbols/runs.js';
import { withNotation, withPageConstants } from '../symbols/notation.js';
import { withProseNames } from '../symbols/prose-names.js';
import { withDocumentNames } from '../symbols/document-names.js';
import { withCapitalRuns, type CapitalRuns } from '../symbols/capital-runs.js';
import { namedUses, type Mention } from '../symbols/prose-mentions.js';
import { diagnosticInMath, type FileContext } from '../diagnostics/diagnostic.js';

import { unusedSymbol } from './unused-symbol.js';
import { undefinedSymbol, undefinedSymbolExplained } from './undefined-symbol.js';
import { unitRanges } from '../symbols/units.js';

/** Keeps a message on one line and its math delimiters intact. */
function shown(latex: string): string {
  return `$${latex.replace(/\s+/g, ' ').trim()}$`;
}

/** `suggest(latex)`: where else the collection defines an undefined symbol ("defined in 33. LSTM Input Gate as '…'"), if anywhere. */
const suggestion = (s: string | null | undefined): string => (s ? ` (${s.replace(/\s+/g, ' ')})` : '');

/** What the symbol rules read besides the equation: the collection around it (see validateCollection). */
export interface SymbolScope {
  suggest?: ((latex: string) => string | null) | undefined;
  mates?: Equation[];
  notation?: string[];
  constants?: string[];
  names?: string[];
  mentions?: Mention[];
  above?: ((result: SymbolMatchResult) => Map<number, Equation>) | undefined;
  runs?: CapitalRuns | undefined;
}

/** The symbol analysis of `eq` with everything the document explains around it taken in. */
function analysed(eq: Equation, earlier: Equation[], scope: SymbolScope): SymbolMatchResult {
  // The other formulas of its run (src/symbols/runs.ts): what they use is used, what they introduce is defined;
  // a page-wide notation table (src/symbols/notation.ts) defines its symbols for every formula.
  // The page's own `i`, `j` (defined bare somewhere on it) are symbols, not the imaginary unit.
  // A multi-letter name the section's words spell out (`SD`, "the standard deviation") is explained (symbols/prose-names.ts).
  // Letters in a row the document names as one quantity (`IoU` of `L_{IoU}`) are that name (symbols/document-names.ts).
  const names = scope.names ?? [];
  const matched = withPageConstants(eq, withNotation(eq, withRunMates(eq, matchVariables(eq, earlier), scope.mates ?? []), scope.notation ?? []), scope.constants ?? []);
  // Only the names the formula writes (a test per name, not a regular expression: a document of 10,000 formulas gives thousands of names).
  const written = matched.undefinedUses.length < 2 ? names : names.filter((n) => eq.latex.includes(n));
  // Capitals in a row the document does not name as one quantity are a product, one use per letter (symbols/capital-runs.ts).
  return withCapitalRuns(eq, withProseNames(eq, withDocumentNames(eq, matched, written)), scope.runs);
}

interface UndefinedFinding {
  use: SymbolOccurrence;
  /** Where a meaning for it is (another equation, a formula just above or below, the text), or null: nothing explains it. */
  explained: string | null;
}

/** Each symbol `eq` uses that its definitions do not define, with what else explains it, if anything. */
function undefinedFindings(eq: Equation, result: SymbolMatchResult, scope: SymbolScope): UndefinedFinding[] {
  const out: UndefinedFinding[] = [];
  // A symbol the document's words name somewhere ("$n$ is the sample size" in a list the reader did not read) is
  // not unknown to a reader: the warning would be a guess, so it is info, saying where (symbols/prose-mentions.ts).
  // So is one the left-hand side of a formula just above or below defines (`l` after `l(\mathbf{w}) = …`, symbols/left-sides.ts).
  // Each is read only for a use the collection's other definitions do not explain: both parse the formula with KaTeX again.
  let named: Map<number, Mention> | null = null;
  let defining: Map<number, Equation> | undefined | null = null;
  // The units of a `[Q] = \Omega = V/A` statement are no quantities (symbols/units.ts).
  const units = unitRanges(eq.latex);
  for (const use of result.undefinedUses) {
    if (use.start < 0 || units.some(([start, end]) => use.start >= start && use.start < end)) continue;
    let explained = scope.suggest?.(use.latex) ?? null;
    if (explained === null) {
      if (defining === null) defining = scope.above?.(result);
      const source = defining?.get(use.start);
      const below = source !== undefined && (source.positions.equation?.start.offset ?? 0) > (eq.positions.equation?.start.offset ?? 0);
      if (source) explained = `defined by ${source.number === null ? '' : `${source.number}. `}${source.nameText}, just ${below ? 'below' : 'above'}`;
      else {
        named ??= namedUses(eq, result, scope.mentions ?? []);
        const mention = named.get(use.start);
        explained = mention ? `${mention.formula ? 'introduced by the formula' : 'named in the text'} on line ${mention.line}` : null;
      }
    }
    out.push({ use, explained });
  }
  return out;
}

export function checkSymbols(
  eq: Equation,
  earlier: Equation[],
  ctx: FileContext,
  suggest?: (latex: string) => string | null,
  mates: Equation[] = [],
  notation: string[] = [],
  constants: string[] = [],
  names: string[] = [],
  mentions: Mention[] = [],
  above?: (result: SymbolMatchResult) => Map<number, Equation>,
  runs?: CapitalRuns,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const scope: SymbolScope = { suggest, mates, notation, constants, names, mentions, above, runs };
  const result = analysed(eq, earlier, scope);
  for (const u of result.unused) {
    const variable = eq.variables[u.variableIndex];
    const source = variable?.symbolSources[u.symbolIndex];
    const latex = variable?.symbols[u.symbolIndex];
    if (!variable || !source || latex === undefined) continue;
    // Prose explains more than the formula writes ("Let $\gamma = b / 2m$" before a formula in $\omega_0$ only): no warning.
    // A glossary defines the page's quantities: it is given only for symbols the formula writes.
    if (variable.source === 'prose' || variable.source === 'glossary') continue;
    out.push(diagnosticInMath(ctx, source, 0, unusedSymbol, unusedSymbol.messages.unused(shown(latex)), eq.slug));
  }
  for (const { use, explained } of undefinedFindings(eq, result, scope)) {
    out.push(
      diagnosticInMath(
        ctx,
        { latex: eq.latex, map: eq.latexMap },
        use.start,
        explained ? undefinedSymbolExplained : undefinedSymbol,
        undefinedSymbol.messages.undefined(shown(use.latex), suggestion(explained)),
        eq.slug,
      ),
    );
  }
  return out;
}

/**
 * The symbols of an equation without definitions that nothing in the collection explains (no other
 * equation's definitions, `definedElsewhere`: meanings are borrowed only by equations with a where-list
 * of their own; no formula just above or below; no words of the document), in the order the formula
 * writes them, each once: what its `missing-where-list` asks the author to define.
 */
export function unexplainedSymbols(eq: Equation, earlier: Equation[], scope: SymbolScope, definedElsewhere: (latex: string) => boolean): string[] {
  const seen = new Set<string>();
  for (const { use, explained } of undefinedFindings(eq, analysed(eq, earlier, scope), scope)) {
    const latex = use.latex.replace(/\s+/g, ' ').trim();
    if (explained === null && !definedElsewhere(latex)) seen.add(latex);
  }
  return [...seen];
}
