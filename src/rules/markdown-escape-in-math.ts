/** `markdown-escape-in-math` (error): its meta and documentation. */
import { defineRule } from './rule.js';

export const markdownEscapeInMath = defineRule({
  id: 'markdown-escape-in-math',
  severity: 'error',
  summary: `a markdown escape inside math (\`\\*\`, \`x\\_i\`, \`\\left\\[\`), typical of pasted LLM output; the message says what was meant`,
  fixable: true,
  messages: {
    escape: (written: string, why: string, meant: string): string => `\`${written}\` inside math is ${why}: write \`${meant}\``,
  },
  docs: {
    catches: `A markdown escape inside math: \`\\*\`, \`x\\_i\`, \`\\left\\[\`. These are typical of text pasted from a chat assistant, which escapes markdown characters even inside math. The message says what was meant. \`\\_\` inside \`\\text{…}\` is right and not reported.`,
    why: `LaTeX reads the backslash differently from markdown: \`x\\_i\` is an x followed by a literal underscore and an i, not x with subscript i.`,
    failing: {
      markdown: `# Rules

#### 1. Escaped
$y = x\\_i \\cdot w$

where:

- $y$ is the output
- $x_i$ is the input
- $w$ is a weight
`,
      line: 4,
      column: 7,
    },
    passing: {
      markdown: `# Rules

#### 1. Escaped
$y = x_i \\cdot w$

where:

- $y$ is the output
- $x_i$ is the input
- $w$ is a weight
`,
    },
    fix: `Remove the backslash (\`x_i\`, \`*\`, \`\\left[\`). \`formulary check --fix\` does it for you.`,
  },
});
