/**
 * A heading that is nothing but a formula stating an equation (`## $\displaystyle k=Ae^{-E_a/RT}$`,
 * `### $$E=mc^2$$`, an Obsidian formula card, trial 4 K3): the formula is the section's first
 * equation and the bullets under it its where-list. It is named by the heading above it (the
 * document's title when there is none), numbered when that heading names several (records.ts):
 * the formula itself is no name, and its left-hand side (`k`) says less than the topic above it.
 * A heading that writes a symbol or a condition (`## $\mathbb{R}^n$`, `## $x > 0$`) stays a heading,
 * and so does one over a section that displays formulas of its own (`### $E = mc^2$` over
 * `$$E = m c^2$$`: the heading titles the section, the display is the equation).
 */
import type { Heading, Nodes } from 'mdast';
import { isMathCode, type ChunkContext } from './mdast-helpers.js';
import { inlineForm } from './paragraph-lines.js';
import { statesEquation } from './list-formulas.js';

/** The heading's formula when the heading is only that formula and its section displays no other, else null. `ctx.maths`: the section's math. */
export function headingFormula(heading: Heading, ctx: ChunkContext): Nodes | null {
  const maths = heading.children.filter((c) => c.type === 'inlineMath');
  if (maths.length !== 1) return null;
  if (heading.children.some((c) => c.type !== 'inlineMath' && !(c.type === 'text' && /^[\s.:]*$/.test(c.value)))) return null;
  const m = maths[0]!;
  if (m.type !== 'inlineMath' || !statesEquation(m.value)) return null;
  const displays = (ctx.maths ?? []).some((n) => n !== m && (n.type === 'math' || isMathCode(n) || (n.type === 'inlineMath' && inlineForm(n, ctx) !== 'dollar')));
  return displays ? null : m;
}
