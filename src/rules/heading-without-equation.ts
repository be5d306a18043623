/** `heading-without-equation` (error): its meta and documentation. */
import { defineRule } from './rule.js';

export const headingWithoutEquation = defineRule({
  id: 'heading-without-equation',
  severity: 'error',
  summary: `a numbered level-4 heading (\`#### 12. Name\`) with no equation in its section (other headings without math are ordinary sections)`,
  fixable: false,
  messages: {
    noEquation: (name: string): string => `"${name}" has no equation: put its LaTeX between dollar signs on the line after the heading`,
  },
  docs: {
    catches: `A numbered level-4 heading (\`#### 12. Name\`) with no equation in its section. Other headings without math are ordinary sections and are not reported.`,
    why: `A numbered \`####\` heading is how the format starts an equation; without its formula the equation is lost from the site, and usually the math was written in a form the reader does not see as math.`,
    failing: {
      markdown: `# Rules

#### 1. Nothing Here

Some prose but no equation.
`,
      line: 3,
      column: 9,
    },
    passing: {
      markdown: `# Rules

#### 1. Something Here
$y = x$

where:

- $y$ is the output
- $x$ is the input
`,
    },
    fix: `Put the equation's LaTeX between dollar signs on the line after the heading, or make the heading an ordinary section (no number, or another level).`,
  },
});
