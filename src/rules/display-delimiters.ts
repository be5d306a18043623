/** `display-delimiters` (info): its meta, documentation and check. */
import type { Diagnostic, DisplayForm, Equation } from '../types.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';
import { defineRule } from './rule.js';

export const displayDelimiters = defineRule({
  id: 'display-delimiters',
  severity: 'info',
  summary: `\`\\[...\\]\` or \`$$...$$\` where the format asks for \`$...$\` (it renders the same): in a document that mostly writes \`$...$\`, or under a \`####\` heading`,
  fixable: true,
  messages: {
    delimiters: (form: string): string => `The format writes equations as $...$; this one uses ${form} (it renders the same)`,
  },
  docs: {
    catches: `An equation written with \`\\[...\\]\` or \`$$...$$\` where the format asks for \`$...$\`: in a document that mostly writes \`$...$\`, or under a \`####\` heading. It renders the same.`,
    why: `One way of writing equations keeps the document easy to read and edit, and to diff.`,
    failing: {
      markdown: `# Rules

#### 1. Display
$$y = x$$

where:

- $y$ is the output
- $x$ is the input
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

/** Held to the format's `$...$` when the document mostly writes it (`display`), or uses the format's `####` headings. */
export function checkDisplayDelimiters(eq: Equation, display: DisplayForm, ctx: FileContext): Diagnostic | null {
  if (!((display === 'dollar' || eq.headingLevel === 4) && (eq.display === 'bracket' || eq.display === 'double-dollar'))) return null;
  const form = eq.display === 'bracket' ? '\\[...\\]' : '$$...$$';
  return diagnosticAt(ctx, eq.positions.equation?.start.offset ?? eq.positions.heading.start.offset, displayDelimiters, displayDelimiters.messages.delimiters(form), eq.slug);
}
