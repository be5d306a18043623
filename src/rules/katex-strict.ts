/** `katex-strict` (warning): its meta and documentation. */
import { defineRule } from './rule.js';

export const katexStrict = defineRule({
  id: 'katex-strict',
  severity: 'warning',
  summary: `KaTeX's strict mode complains (e.g. Unicode in math); it still renders`,
  fixable: false,
  messages: {
    strict: (message: string, code: string, more = 0): string =>
      `${message} (${code})${more > 0 ? `, and ${more} more like it in this formula` : ''}`,
  },
  docs: {
    catches: `What KaTeX's strict mode complains about, such as Unicode text in math. The formula still renders. Each kind of complaint is reported once per formula, at its first place, with how many more there are (a Chinese phrase in math is one warning, not one per character).`,
    why: `Such math renders differently, or not at all, in LaTeX itself and in other renderers (MathJax, pandoc); it is likely a paste.`,
    failing: {
      markdown: `# Rules

#### 1. Unicode In Math
$y = é$

where:

- $y$ is the output
`,
      line: 4,
      column: 6,
    },
    passing: {
      markdown: `# Rules

#### 1. Accent In Math
$y = \\acute{e}$

where:

- $y$ is the output
- $e$ is the input
`,
    },
    fix: `Write the LaTeX command for the character (\`\\acute{e}\`, \`\\alpha\`), or put words inside \`\\text{…}\`.`,
  },
});
