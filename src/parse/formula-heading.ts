/**
 * A heading that is nothing but a formula stating an equation (`## $\displaystyle k=Ae^{-E_a/RT}$`,
 * `### $$E=mc^2$$`, an Obsidian formula card, trial 4 K3): the formula is the section's first
 * equation and the bullets under it its where-list. It is named by the heading above it (the
 * document's title when there is none), numbered when that heading names several (records.ts):
 * the formula itself is no name, and its left-hand side (`k`) says less than the topic above it.
 * A heading that writes a symbol or a condition (`## $\mathbb{R}^n$`, `## $x > 0$`) stays a heading.
 */
import type { Heading, Nodes } from 'mdast';
import { statesEquation } from './list-formulas.js';

/** The heading's formula when the heading is only that formula, else null. */
export function headingFormula(heading: Heading): Nodes | null {
  const maths = heading.children.filter((c) => c.type === 'inlineMath');
  if (maths.length !== 1) return null;
  if (heading.children.some((c) => c.type !== 'inlineMath' && !(c.type === 'text' && /^[\s.:]*$/.test(c.value)))) return null;
  const m = maths[0]!;
  if (m.type !== 'inlineMath') return null;
  return statesEquation(m.value) ? m : null;
}
