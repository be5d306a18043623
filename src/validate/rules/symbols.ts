/**
 * Symbol rules:
 * - `unused-symbol` (warning): a where-list symbol that does not occur in the equation (a definition read from prose never is).
 * - `undefined-symbol` (warning): a symbol the equation uses that its where-list does not define
 *   (one per distinct symbol, at its first occurrence).
 * What "occurs" and "defined" mean is documented in src/latex/symbols.ts.
 */
import type { Diagnostic, Equation } from '../../types.js';
import { matchVariables } from '../../latex/symbols.js';
import { diagnosticInMath, type FileContext } from '../../diagnostics/diagnostic.js';

export const UNUSED_SYMBOL = 'unused-symbol';
export const UNDEFINED_SYMBOL = 'undefined-symbol';

/** Keeps a message on one line and its math delimiters intact. */
function shown(latex: string): string {
  return `$${latex.replace(/\s+/g, ' ').trim()}$`;
}

/** `suggest(latex)`: where else the collection defines an undefined symbol ("defined in 33. LSTM Input Gate as '…'"), if anywhere. */
const suggestion = (s: string | null | undefined): string => (s ? ` (${s.replace(/\s+/g, ' ')})` : '');

export function checkSymbols(eq: Equation, earlier: Equation[], ctx: FileContext, suggest?: (latex: string) => string | null): Diagnostic[] {
  const out: Diagnostic[] = [];
  const result = matchVariables(eq, earlier);
  for (const u of result.unused) {
    const variable = eq.variables[u.variableIndex];
    const source = variable?.symbolSources[u.symbolIndex];
    const latex = variable?.symbols[u.symbolIndex];
    if (!variable || !source || latex === undefined) continue;
    // Prose explains more than the formula writes ("Let $\gamma = b / 2m$" before a formula in $\omega_0$ only): no warning.
    if (variable.source === 'prose') continue;
    out.push(
      diagnosticInMath(
        ctx,
        source,
        0,
        'warning',
        UNUSED_SYMBOL,
        `${shown(latex)} is defined but does not occur in the equation; remove it or check its spelling`,
        eq.slug,
      ),
    );
  }
  for (const use of result.undefinedUses) {
    if (use.start < 0) continue;
    out.push(
      diagnosticInMath(
        ctx,
        { latex: eq.latex, map: eq.latexMap },
        use.start,
        'warning',
        UNDEFINED_SYMBOL,
        `${shown(use.latex)} is used in the equation but not defined in its where-list; add an item for it${suggestion(suggest?.(use.latex))}`,
        eq.slug,
      ),
    );
  }
  return out;
}
