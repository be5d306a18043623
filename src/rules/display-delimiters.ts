/** `display-delimiters` (info): its meta, documentation and check. */
import type { Diagnostic, DisplayForm, Equation } from '../types.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';
import { defineRule } from './rule.js';

export const displayDelimiters = defineRule({
  id: 'display-delimiters',
  severity: 'info',
  summary: `\`\\[...\\]\` or \`$$...$$\` in a document that mostly writes \`$...$\` (it renders the same)`,
  fixable: true,
  messages: {
    delimiters: (form: string): string => `The format writes equations as $...$; this one uses ${form} (it renders the same)`,
  },
  docs: {
    catches: `An equation written with \`\\[...\\]\` or \`$$...$$\` in a document that mostly writes \`$...$\`. It renders the same. A document that writes every display one way is consistent and is not flagged, whatever its headings.`,
    why: `One way of writing equations keeps the document easy to read and edit, and to diff.`,
    failing: {
      markdown: `# Rules

#### 1. Display
$$y = x$$

where:

- $y$ is the output
- $x$ is the input

#### 2. Line
$z = 2 y$

where:

- $z$ is the result

#### 3. Slope
$w = z / x$

where:

- $w$ is the slope
`,
      line: 4,
      column: 1,
    },
    passing: {
      markdown: `# Rules

#### 1. Display
$y = x$

where:

- $y$ is the output
- $x$ is the input
`,
    },
    fix: `Write the equation as \`$...$\` on the line after its heading. \`formulary check --fix --fix-delimiters\` does it for you.`,
  },
});

/**
 * Held to `$...$` when the document mostly writes it (`display`). A document that writes its displays as
 * `$$` throughout, even under the format's `####` headings, is consistent: flagging each would be noise.
 */
export function checkDisplayDelimiters(eq: Equation, display: DisplayForm, ctx: FileContext): Diagnostic | null {
  if (!(display === 'dollar' && (eq.display === 'bracket' || eq.display === 'double-dollar'))) return null;
  const form = eq.display === 'bracket' ? '\\[...\\]' : '$$...$$';
  return diagnosticAt(ctx, eq.positions.equation?.start.offset ?? eq.positions.heading.start.offset, displayDelimiters, displayDelimiters.messages.delimiters(form), eq.slug);
}
