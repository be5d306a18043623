/**
 * Whether a query reads as a formula (browser-safe, small: it is in the search chunk every first
 * use loads; the formula reader itself, search/formula/search.ts, is fetched only when this says yes).
 */
import { ACCENTS, COMMAND_TERMS } from '../tex-terms.js';

/** A typed accent: `yhat`, `xbar`, `thetahat`. */
export const TYPED_ACCENT = /^([A-Za-z]|[a-z]{2,7})(hat|bar|tilde|vec)$/;

/** Words a formula may hold (functions and TeX names as typed); any other word of 4+ letters is prose. */
const FORMULA_WORDS = new Set(
  (
    'sqrt sum prod log exp max min argmax argmin softmax relu sigmoid tanh sinh cosh grad mean norm frac dfrac tfrac ' +
    'diag sign grad'
  ).split(' '),
);

function formulaWord(word: string): boolean {
  const w = word.toLowerCase();
  return FORMULA_WORDS.has(w) || COMMAND_TERMS.has(w) || w in ACCENTS || TYPED_ACCENT.test(word);
}

/** TeX or operators, and no prose word (`\lambda regularization` and `cross-entropy` are words). */
export function looksLikeFormula(query: string): boolean {
  if (!/\\[A-Za-z]|[\^_=]|[+\-*/()|<>]/.test(query)) return false;
  // Words inside \text{…}/\operatorname{…} are names, not prose; so are commands.
  const outside = query.replace(/\\(?:text|textrm|mathrm|operatorname|mathbf|mathit|mathsf|textbf|begin|end)\s*\{[^{}]*\}/g, ' ').replace(/\\[A-Za-z]+/g, ' ');
  for (const m of outside.matchAll(/[A-Za-z]{4,}/g)) if (!formulaWord(m[0])) return false;
  if (/\\[A-Za-z]|[\^_=]/.test(query)) return true;
  // Operators alone: a letter or number must stand on its own (`a - b`, `1/(1+exp(-x))`), not in a hyphenated word.
  return /(^|[^A-Za-z])[A-Za-z0-9]{1,3}([^A-Za-z-]|$)/.test(outside) && !/^[A-Za-z]+(-[A-Za-z]+)+$/.test(query.trim());
}
