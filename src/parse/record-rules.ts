/**
 * Which display formulas are equations of their own (issue 24, one record per formula the
 * author presents):
 *
 * - consecutive display lines join into one equation only when written with single dollars
 *   (`$a = b$` then `$c = d$`, the seed's multi-line form); `$$…$$` and `\[…\]` blocks on
 *   consecutive lines are separate equations, as they render separately;
 * - a worked numeric substitution (after an equation, the same left-hand side equals only
 *   numbers, operators and units: `F = 2 \times 9.8 = 19.6\,\text{N}`) instantiates that
 *   equation and is not a new one (its math is still checked);
 * - a formula with no letter or symbol at all (`[1, 2, 20],`, `0.35`, `e^{0.0152} \approx 1.0153`)
 *   is a value, not an equation: it stays typeset as the section's content.
 */
import type { DisplayForm } from '../types.js';

/** A display line of this form continues the equation before it (of that form). */
export function joinsPrevious(previous: DisplayForm, form: DisplayForm): boolean {
  return form === 'dollar' && (previous === 'dollar' || previous === 'dollar-lines');
}

/** Units and spacing inside a numeric value: `\text{…}`, `\mathrm{…}`, `\,`. */
const UNITS = /\\(?:text|mathrm|textrm|operatorname|mbox)\s*\{[^{}]*\}|\\[,;:! $%]|\\q?quad\b|~|\be\^/g;
const NUMERIC_COMMANDS = /\\(?:times|cdot|div|pm|mp|frac|dfrac|tfrac|sqrt|left|right|bigl?|bigr?|Bigl?|Bigr?|approx|simeq|pi|%|ldots|cdots|exp|ln|log)(?![A-Za-z])/g;
/** One quantity: a letter or Greek letter (maybe `\Delta`-prefixed or accented), with scripts. */
const QUANTITY = /^(?:\\Delta)?(?:\\(?:hat|bar|tilde|vec|dot|mathbf|boldsymbol|mathrm)\{(?:[A-Za-z]|\\[A-Za-z]+)\}|[A-Za-z]|\\[A-Za-z]+)(?:[_^](?:\{[^{}]{1,20}\}|[A-Za-z0-9])|')*$/;
/**
 * A quantity written as an operator applied to its argument: an expectation, probability or
 * variance (`E[W]`, `P(A)`, `Var(X)`, `\mathbb{E}[X^2]`, `\Pr(A)`) or a function's value (`f(2)`).
 */
const APPLIED = /^(?:[A-Za-z]|Var|Cov|\\Pr|\\(?:mathbb|mathrm|operatorname)\{[A-Za-z]{1,4}\})(?:\[[^[\]=]{1,40}\]|\((?:[^()=]|\([^()=]{0,20}\)){1,40}\))$/;
const RELATION = /\\approx|\\simeq|\\equiv|=/;

/** A formula's text without spaces and `\left`/`\right` (the same expression however it is sized). */
function withoutSizing(latex: string): string {
  return latex.replace(/\\(?:left|right|big|Big|bigg|Bigg)[lr]?(?![A-Za-z])/g, '').replace(/\s+/g, '');
}

/** The parts of a formula between its top-level `=`/`\approx` (not inside braces). */
function sides(latex: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < latex.length; i++) {
    const c = latex[i];
    if (c === '\\') {
      const m = /^\\(approx|simeq)(?![A-Za-z])/.exec(latex.slice(i, i + 8));
      if (m && depth === 0) {
        out.push(latex.slice(from, i));
        from = i + m[0].length;
        i = from - 1;
        continue;
      }
      i++;
    } else if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === '=' && depth === 0) {
      out.push(latex.slice(from, i));
      from = i + 1;
    }
  }
  out.push(latex.slice(from));
  return out.map((s) => s.trim());
}

/** A unit written as bare letters after the final number and a LaTeX space (`20\,V`, `3\,\Omega`, `5\,kg`); `2x` is a product. */
const BARE_UNIT = /([0-9])\s*\\[,;:! ](?:\s|\\[,;:! ])*(?:\\Omega|\\mu\s*[A-Za-z]{1,2}|[A-Za-z]{1,3})(?:\^\{?-?[0-9]\}?)?\s*$/;

/** One SI or common unit written as letters, maybe prefixed and raised to a power (`m`, `kg`, `s^2`, `\mu s`, `km^{-1}`). */
const UNIT_WORD = String.raw`(?:(?:\\mu\s*|[kcmMGnµ])?(?:mol|Hz|Pa|rad|min|Wh|m|s|g|N|J|W|V|A|K|L|h|C|F|T|\\Omega|Ω)(?![A-Za-z])(?:\^\{?-?[0-9]\}?|\^-?[0-9])?)`;
/**
 * A unit written as bare letters right after a number, glued or after a space (`9.81 m/s^2`,
 * `10m`, `196,2m^2/s^2`, `1,43s`, `5 kg \cdot m`), as school worked solutions write it (trial 2,
 * G6); its parts are joined by `/` or `\cdot`, never a space (`2 g h` is a product of symbols).
 */
const UNIT_AFTER_NUMBER = new RegExp(String.raw`([0-9])(?:\s|\\[,;:! ])*${UNIT_WORD}(?:\s*(?:/|\\cdot(?![A-Za-z]))\s*${UNIT_WORD})*`, 'g');

/** A side that writes a unit after its number (`15,3m/s`, `9.81\,\mathrm{m/s^2}`). */
function hasUnit(side: string): boolean {
  return new RegExp(UNIT_AFTER_NUMBER.source).test(side) || BARE_UNIT.test(side) || /[0-9](?:\s|\\[,;:! ])*\\(?:text|mathrm)\s*\{/.test(side);
}

function isNumeric(side: string, last = false): boolean {
  if (!/[0-9]/.test(side)) return false;
  const value = (last ? side.replace(BARE_UNIT, '$1') : side).replace(UNIT_AFTER_NUMBER, '$1');
  const rest = value.replace(UNITS, ' ').replace(NUMERIC_COMMANDS, ' ').replace(/[0-9.,+\-*/^_{}()[\]|\s]/g, '');
  return rest === '';
}

/** Relations and layout that a value may hold besides numbers (`=`, `\approx`, `\ldots`, `\quad`). */
const VALUE_EXTRAS = /\\(?:approx|simeq|equiv|le|ge|leq|geq|lt|gt|ne|neq|dots|ldots|cdots|infty)(?![A-Za-z])|[=<>;:!]/g;

/**
 * True when the formula writes no letter or symbol: numbers, brackets, operators, punctuation
 * (and `e^{…}`, `\exp`, `\ln` applied to numbers). Such a display is a value, not an equation.
 */
export function isNumberOnly(latex: string): boolean {
  if (latex.length > 2000 || !/[0-9]/.test(latex)) return false;
  const rest = latex
    .replace(/\\(?:begin|end)\{(?:[pbvBV]?matrix|array)\}(?:\{[lcr|]*\})?|&|\\\\/g, ' ')
    .replace(/\\(?:left|right)(?![A-Za-z])\s*(?:\\[{}]|[()[\]|.])?/g, ' ')
    .replace(VALUE_EXTRAS, ' ')
    // A unit right after a number (`9.81\,\mathrm{m/s^2}`) is part of the value; a `\mathrm{CPI}` alone is a symbol.
    .replace(/([0-9])(?:\s|\\[,;:! ])*\\(?:text|mathrm|textrm|mbox)\s*\{[^{}]*\}/g, '$1')
    .replace(/\\[,;:! $%]|\\q?quad(?![A-Za-z])|~|\be\^/g, ' ')
    .replace(NUMERIC_COMMANDS, ' ')
    .replace(/\\[{}]/g, ' ')
    .replace(/[0-9.,+\-*/^_{}()[\]|\s]/g, '');
  return rest === '';
}

/** A formula wrapped whole in a size command (`\LARGE{U = R I}`, Obsidian flashcards): its body. */
function unsized(latex: string): string {
  const m = /^\s*\\(?:tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge|displaystyle)\s*\{([\s\S]*)\}\s*$/.exec(latex);
  return m ? m[1]! : latex;
}

/**
 * True when `latex` is a worked numeric substitution of an equation before it: its left-hand
 * side is one quantity (a symbol, or `E[W]`, `P(A)`, `Var(X)`: APPLIED) of one of `before`
 * (the file's earlier equations), and its last side is a number (with units or currency).
 */
export function isWorkedSubstitution(latex: string, earlier: () => readonly string[], presented = false): boolean {
  if (latex.length > 2000 || !RELATION.test(latex)) return false;
  const parts = sides(latex);
  if (parts.length < 2) return false;
  const lhs = parts[0]!.replace(/\s+/g, '');
  const quantity = QUANTITY.test(lhs) || APPLIED.test(lhs);
  // A substitution computes one quantity (a symbol on the left, or an expression an earlier equation
  // writes, below), and `… = 0` is an equation.
  if (parts[parts.length - 1] === '0' || !isNumeric(parts[parts.length - 1]!, true)) return false;
  if (!quantity) {
    // `\ln\left(\frac{K_2}{K_1}\right) = -\frac{50000}{8.314}(…)` after the equation that writes that left side
    // (trial 4, K4): numbers put into it. Only a left side with letters, written whole by an earlier equation.
    const expression = withoutSizing(lhs);
    if (presented || expression.length < 3 || !/[A-Za-z]/.test(expression.replace(/\[A-Za-z]+/g, ''))) return false;
    return earlier().some((b) => b.length <= 2000 && withoutSizing(unsized(b)).includes(expression));
  }
  // `x = <numbers> = <result>` computes x: its left side need only occur in an earlier equation;
  // `x = <number>` alone instantiates one only when x is an earlier equation's left-hand side.
  const computes = parts.length >= 3 && isNumeric(parts[parts.length - 2]!);
  // A formula its heading presents (a numbered heading's first) is an equation unless it computes.
  if (presented && !computes) return false;
  const before = earlier().map(unsized);
  // `v = 15.3 m/s` after `v^2 = 2 g h` gives the quantity whose power that equation states.
  const unpowered = (x: string) => x.replace(/\^(?:\{[^{}]*\}|[0-9])$/, '');
  return before.some((b) => {
    if (b.length > 2000) return false;
    if (computes) return b.replace(/\s+/g, '').includes(lhs);
    const head = (sides(b)[0] ?? '').replace(/\s+/g, '');
    return head === lhs || (hasUnit(parts[parts.length - 1]!) && unpowered(head) === lhs);
  });
}

/**
 * A value given to one quantity (`m = 2\,\text{kg}`, `n = 10`, `v_0 = 3 m/s`): the data of an
 * exercise listed item by item, not a formula the author presents.
 */
export function isValueAssignment(latex: string): boolean {
  if (latex.length > 2000) return false;
  const parts = sides(latex);
  return parts.length === 2 && (QUANTITY.test(parts[0]!.replace(/\s+/g, '')) || APPLIED.test(parts[0]!.replace(/\s+/g, ''))) && isNumeric(parts[1]!, true);
}
