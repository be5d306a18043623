/** `missing-where-list` (warning): its meta, documentation and check. */
import type { Diagnostic, Equation } from '../types.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';
import { defineRule } from './rule.js';

export const missingWhereList = defineRule({
  id: 'missing-where-list',
  severity: 'warning',
  summary: `an equation with no where-definitions (a reaction written only with \`\\ce{…}\` needs none)`,
  fixable: false,
  messages: {
    missing: (name: string): string => `"${name}" has no "where:" list: add one defining each symbol of the equation`,
  },
  docs: {
    catches: `An equation with no where-list. A reaction written only with \`\\ce{…}\` needs none and is not reported, nor is a formula whose symbols a glossary section of the document defines (a list or table of the document's quantities under a heading of its own).`,
    why: `The where-list is what makes a formula readable: it says what each symbol means, and the site links each symbol to its meaning.`,
    failing: {
      markdown: `# Rules

#### 1. No List
$y = x$
`,
      line: 4,
      column: 8,
    },
    passing: {
      markdown: `# Rules

#### 1. With List
$y = x$

where:

- $y$ is the output
- $x$ is the input
`,
    },
    fix: `Add a "where:" line and a list item defining each symbol of the equation.`,
  },
});

/** A reaction (`\ce{2H2 + O2 -> 2H2O}`) has no symbols to define. */
const CHEMISTRY_ONLY = /^\s*\\ce\{[\s\S]*\}\s*$/;

export function checkMissingWhereList(eq: Equation, ctx: FileContext): Diagnostic | null {
  // A glossary section that defines the formula's symbols is its where-list (parse/definitions-glossary.ts).
  if (eq.positions.whereList || CHEMISTRY_ONLY.test(eq.latex) || eq.variables.some((v) => v.source === 'glossary')) return null;
  return diagnosticAt(ctx, eq.positions.equation?.end.offset ?? eq.positions.heading.start.offset, missingWhereList, missingWhereList.messages.missing(eq.nameText), eq.slug);
}
