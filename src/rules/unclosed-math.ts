/** `unclosed-math` (error): its meta and documentation. */
import { defineRule } from './rule.js';

export const unclosedMath = defineRule({
  id: 'unclosed-math',
  severity: 'error',
  summary: `math that opens and never closes, so what follows is read as text: a \`$$\` or \`\\[\` display without its closing delimiter (or whose closing \`$$\` follows a backslash: \`\\$$\` is a dollar sign, then \`$\`), or a line that starts with \`$\` and LaTeX (\`$\\alpha + \\beta\`) with no closing \`$\``,
  fixable: false,
  messages: {
    unclosed: (what: string): string => `This ${what} is never closed, so the math after it is read as text; close it`,
    escapedClose: (): string => 'This `$$` is never closed: the backslash before the last `$$` makes it `\\$`, a dollar sign, so the math is read as text; remove that backslash',
  },
  docs: {
    catches: `Math that opens and never closes: a \`$$\` or \`\\[\` display without its closing delimiter (or whose closing \`$$\` follows a backslash: \`\\$$\` is a dollar sign, then \`$\`), or a line that starts with \`$\` and LaTeX (\`$\\alpha + \\beta\`) with no closing \`$\`.`,
    why: `What follows the opening delimiter is read as text, so the formula shows as raw LaTeX and later math may pair with the wrong dollar sign.`,
    failing: {
      markdown: `# Rules

#### 1. Never Closed
$\\alpha + \\beta

where:

- $\\alpha$ is one angle
- $\\beta$ is another
`,
      line: 4,
      column: 1,
    },
    passing: {
      markdown: `# Rules

#### 1. Closed
$\\alpha + \\beta$

where:

- $\\alpha$ is one angle
- $\\beta$ is another
`,
    },
    fix: `Close the math with the matching delimiter.`,
  },
});
