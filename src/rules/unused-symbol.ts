/** `unused-symbol` (warning): its meta and documentation. */
import { defineRule } from './rule.js';

export const unusedSymbol = defineRule({
  id: 'unused-symbol',
  severity: 'warning',
  summary: `a where-list symbol that does not occur in the equation`,
  fixable: false,
  messages: {
    unused: (symbol: string): string => `${symbol} is defined but does not occur in the equation; remove it or check its spelling`,
  },
  docs: {
    catches: `A where-list symbol that does not occur in the equation.`,
    why: `Either the definition is left over from an earlier version of the formula, or the symbol is spelled differently in the two places (\`W_{hh}\` and \`W_{h}\`), and the reader cannot tell which.`,
    failing: {
      markdown: `# Rules

#### 1. Line
$y = x$

where:

- $y$ is the output
- $x$ is the input
- $z$ is left over
`,
      line: 10,
      column: 4,
    },
    passing: {
      markdown: `# Rules

#### 1. Line
$y = x$

where:

- $y$ is the output
- $x$ is the input
`,
    },
    fix: `Remove the item, or spell the symbol as the equation does.`,
  },
});
