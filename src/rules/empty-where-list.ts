/** `empty-where-list` (warning): its meta, documentation and check. */
import type { Diagnostic, Equation } from '../types.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';
import { defineRule } from './rule.js';

export const emptyWhereList = defineRule({
  id: 'empty-where-list',
  severity: 'warning',
  summary: `a "where:" with no items`,
  fixable: false,
  messages: {
    empty: (name: string): string => `The "where:" list of "${name}" is empty: add an item per symbol, e.g. "- $x$ is the input"`,
  },
  docs: {
    catches: `A "where:" with no items after it.`,
    why: `The list promises definitions and gives none; the symbols stay unexplained.`,
    failing: {
      markdown: `# Rules

#### 1. Empty List
$y = x$

where:

#### 2. Fine
$y = x + 1$

where:

- $y$ is the output
- $x$ is the input
`,
      line: 6,
      column: 1,
    },
    passing: {
      markdown: `# Rules

#### 1. Full List
$y = x$

where:

- $y$ is the output
- $x$ is the input
`,
    },
    fix: `Add an item per symbol, e.g. \`- $x$ is the input\`.`,
  },
});

export function checkEmptyWhereList(eq: Equation, ctx: FileContext): Diagnostic | null {
  if (!eq.positions.whereList || eq.variables.length > 0 || eq.notes.length > 0) return null;
  return diagnosticAt(ctx, eq.positions.whereList.start.offset, emptyWhereList, emptyWhereList.messages.empty(eq.nameText), eq.slug);
}
