/** `no-equations` (warning): its meta and documentation. */
import { defineRule } from './rule.js';

export const noEquations = defineRule({
  id: 'no-equations',
  severity: 'warning',
  summary: `a file with no equations`,
  fixable: false,
  messages: {
    empty: (): string => 'The file is empty',
    none: (): string => 'No equations found: write each as a `####` heading, the equation between dollar signs, then a "where:" list',
  },
  docs: {
    catches: `A markdown file with no equations (or an empty file).`,
    why: `The collection makes no pages; usually the equations are written in a form the reader does not see as equations.`,
    failing: {
      markdown: `# Just prose

Nothing to see here.
`,
      line: 1,
      column: 1,
    },
    passing: {
      markdown: `# Not just prose

#### 1. Identity
$y = x$

where:

- $y$ is the output
- $x$ is the input
`,
    },
    fix: `Write each equation as a \`####\` heading, its LaTeX between dollar signs on the next line, then a "where:" list; or move the file out of the content folder.`,
  },
});
