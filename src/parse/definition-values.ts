/**
 * What a formula does to its left side, for the definition readers: defines it by an expression of
 * other quantities (`\rho = \lambda / \mu`) or gives it a value (`s = 4\%`), and the unit written
 * after such a value in prose ("$g = 9.81$ m/s$^2$ is …").
 */
import type { ReadingWords } from './language.js';
import { findRelation, isCompound } from './latex-split.js';

/** A relation that defines its left side: `=`, `:=`, `\coloneqq` (not `\le`, `\ne`). */
export const DEFINING_RELATION = /(?<![<>!\\])=|:=|\\coloneqq/;
/** Commands of arithmetic and layout, which name no quantity (`2 \times 3`, `\frac{1}{2}`, `4\%`). */
const ARITHMETIC = /\\(?:times|cdot|div|pm|mp|frac|dfrac|tfrac|sqrt|left|right|big[lr]?|Big[lr]?|approx|quad|qquad|[%,;:! ])|\\(?:text|mathrm)\{[^{}]*\}/g;

/** A formula that defines its left side by an expression of other quantities (`\rho = \lambda / \mu`), not a worked value (`s_1 = 4\%`, `f = 1.05^2 / 1.04 - 1`). */
export function definesByEquation(latex: string): boolean {
  const m = DEFINING_RELATION.exec(latex);
  if (!m) return false;
  return /[A-Za-z\\]/.test(latex.slice(m.index + m[0].length).replace(ARITHMETIC, ''));
}

/** One unit: `m`, `kg`, `°C`, `s$^2$`, `m^{-1}`, `%`. */
const UNIT_PART = '(?:°?[A-Za-zµμΩÅ]{1,4}|%)(?:\\$\\^\\{?[-−]?\\d\\}?\\$|\\^\\{?[-−]?\\d\\}?)?';
const UNIT = new RegExp(`^[ \\t]*${UNIT_PART}(?:[ \\t]*[/·⋅.][ \\t]*${UNIT_PART})*(?=[ \\t]+\\S)`, 'u');

/**
 * The length of a unit written after a value ("$g = 9.81$ m/s$^2$ is …", "$L = 0.8$ m is …") when
 * a verb of meaning follows it, else 0.
 */
export function unitAfterValue(math: string, after: string, words: ReadingWords): number {
  if (!givesValue(math.replace(/^\$+|\$+$/g, ''))) return 0;
  const unit = UNIT.exec(after);
  if (!unit || words.verb.test(unit[0].trim())) return 0;
  return words.verb.test(after.slice(unit[0].length).replace(/^[\s*_]+/, '')) ? unit[0].length : 0;
}

/** `s = 4\%`, `k := 2`: a simple symbol given a value (its right side holds no other quantity). */
export function givesValue(latex: string): boolean {
  const relation = findRelation(latex);
  if (!relation || (relation.op !== '=' && relation.op !== ':=' && relation.op !== '\\coloneqq')) return false;
  const head = latex.slice(0, relation.at).trim();
  return head.length > 0 && head.length <= 30 && !isCompound(head) && /\d/.test(latex.slice(relation.at + relation.length));
}
