/**
 * Bounds on the math KaTeX is asked to typeset, so no input can make `check` or `build` hang or
 * run out of memory. KaTeX's layout time grows faster than a formula's length, and every span
 * ends up on a page, so both one formula and a whole file's math are bounded:
 *
 * - one formula: at most MAX_FORMULA_CHARS characters (`formula-too-large`); a longer one is never
 *   typeset or analysed anywhere (check, pages, search previews, symbols, linking).
 * - one file: at most MAX_MATH_SPANS_PER_FILE math spans (repeats included: each one is on a
 *   page), and distinct formulas costing at most MAX_MATH_COST_PER_FILE in total, where a
 *   formula of n characters costs n·(1 + n/250) (`too-much-math`, reported once; the math
 *   after that point is not checked, and the build stops on the error). A file of 10,000
 *   equations like the seed's (the most a file may hold) has about 38,000 spans costing 780,000; 10,000-character
 *   formulas cost 410,000 each, so 9 of them fit, and 2 of the largest (20,000 characters).
 *
 * Pure; browser-safe.
 */

export const MAX_FORMULA_CHARS = 20_000;
export const MAX_MATH_SPANS_PER_FILE = 100_000;
export const MAX_MATH_COST_PER_FILE = 4_000_000;

/**
 * Longest formula given a spoken form (Speech Rule Engine) or an SVG and card formula (MathJax,
 * resvg) at build time: their cost grows with the length (SRE: about 0.2 ms a character, so 9
 * formulas of 10,000 characters took 20 s), and a spoken or card formula that long helps no one.
 * A longer formula gets no "Read the equation" sentence, no SVG and a text card.
 */
export const MAX_MEDIA_FORMULA_CHARS = 2_000;

export function isFormulaTooLongForMedia(latex: string): boolean {
  return latex.length > MAX_MEDIA_FORMULA_CHARS;
}

/**
 * Formulas longer than LONG_MEDIA_FORMULA_CHARS (rare: the seed's longest is under 250) cost
 * tenths of a second each to speak and draw, so a build gives media to at most
 * MAX_LONG_MEDIA_CHARS of them in all, in content order; once one does not fit, no later long
 * formula gets media (no spoken form, no SVG, a text card). Shorter formulas always do.
 */
export const LONG_MEDIA_FORMULA_CHARS = 500;
export const MAX_LONG_MEDIA_CHARS = 6_000;

/** Which formulas of a build get a spoken form and images, from every formula in content order. */
export function mediaAllowance(latexInOrder: Iterable<string>): (latex: string) => boolean {
  const allowed = new Set<string>();
  let spent = 0;
  for (const latex of latexInOrder) {
    if (latex.length <= LONG_MEDIA_FORMULA_CHARS || isFormulaTooLongForMedia(latex) || allowed.has(latex)) continue;
    if (spent + latex.length > MAX_LONG_MEDIA_CHARS) break;
    spent += latex.length;
    allowed.add(latex);
  }
  return (latex) => !isFormulaTooLongForMedia(latex) && (latex.length <= LONG_MEDIA_FORMULA_CHARS || allowed.has(latex));
}

/** Every formula may have media up to MAX_MEDIA_FORMULA_CHARS (a single page, a test). */
export const anyMedia = (latex: string): boolean => !isFormulaTooLongForMedia(latex);

export function isFormulaTooLarge(latex: string): boolean {
  return latex.length > MAX_FORMULA_CHARS;
}

/** What typesetting a formula of `length` characters costs against the per-file budget. */
export function formulaCost(length: number): number {
  return length + Math.floor((length * length) / 250);
}

export type BudgetExceeded = 'spans' | 'cost';

/** One file's math budget, spent in document order. Repeats of a formula cost only a span. */
export class MathBudget {
  private spans = 0;
  private cost = 0;
  private readonly seen = new Set<string>();
  /** Why the budget ran out, once it has. */
  exceeded: BudgetExceeded | null = null;

  /** True when `latex` may be typeset; false once the budget is spent (and from then on). */
  take(latex: string): boolean {
    if (this.exceeded) return false;
    if (++this.spans > MAX_MATH_SPANS_PER_FILE) {
      this.exceeded = 'spans';
      return false;
    }
    if (this.seen.has(latex)) return true;
    const cost = isFormulaTooLarge(latex) ? 0 : formulaCost(latex.length);
    if (this.cost + cost > MAX_MATH_COST_PER_FILE) {
      this.exceeded = 'cost';
      return false;
    }
    this.cost += cost;
    this.seen.add(latex);
    return true;
  }
}

const fmt = (n: number) => n.toLocaleString('en-US');

export function tooLargeMessage(length: number): string {
  return `this formula has ${fmt(length)} characters, over the limit of ${fmt(MAX_FORMULA_CHARS)}: it is not typeset; split it into several equations`;
}

export function tooMuchMathMessage(reason: BudgetExceeded): string {
  return reason === 'spans'
    ? `this file has more than ${fmt(MAX_MATH_SPANS_PER_FILE)} math spans: the math from here on is not checked or typeset; split the file into several collections`
    : `this file's math is too large to typeset (a formula of n characters costs n·(1 + n/250), at most ${fmt(MAX_MATH_COST_PER_FILE)} per file): the math from here on is not checked or typeset; split the file or its longest formulas`;
}
