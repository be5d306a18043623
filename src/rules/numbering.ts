/** `numbering` (warning): its meta, documentation and check. */
import type { Diagnostic, Equation } from '../types.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';
import { defineRule } from './rule.js';

export const numbering = defineRule({
  id: 'numbering',
  severity: 'warning',
  summary: `a numbered heading out of sequence`,
  fixable: false,
  messages: {
    outOfSequence: (number: number, previous: number): string => `Equation ${number} follows equation ${previous}: expected ${previous + 1}`,
  },
  docs: {
    catches: `A numbered equation heading out of sequence (3 after 1). Numbers that number sections, not equations, are not held to a sequence: when a numbered heading at the equation level presents no formula itself and a heading under it does (an answer's \`### 3. Find the minimum\` over \`#### Steps\`), the document's heading numbers are section numbers.`,
    why: `The numbers are how readers and other documents cite equations; a gap or a repeat usually means an equation was lost or pasted twice.`,
    failing: {
      markdown: `# Rules

#### 1. First
$y = x$

where:

- $y$ is the output
- $x$ is the input

#### 3. Third
$y = 2x$

where:

- $y$ is the output
- $x$ is the input
`,
      line: 11,
      column: 6,
    },
    passing: {
      markdown: `# Rules

#### 1. First
$y = x$

where:

- $y$ is the output
- $x$ is the input

#### 2. Second
$y = 2x$

where:

- $y$ is the output
- $x$ is the input
`,
    },
    fix: `Renumber the headings in order.`,
  },
});

/** `previous`: the number of the last numbered equation before this one, if any. At the heading's number. */
export function checkNumbering(eq: Equation, previous: number | null, ctx: FileContext): Diagnostic | null {
  if (eq.number === null || previous === null || eq.number === previous + 1) return null;
  const at = eq.positions.heading.start.offset + ctx.lines.text.slice(eq.positions.heading.start.offset).search(/\d/);
  return diagnosticAt(ctx, at, numbering, numbering.messages.outOfSequence(eq.number, previous), eq.slug);
}
