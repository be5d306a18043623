/** `duplicate-slug` (error): its meta and documentation. */
import { defineRule } from './rule.js';

export const duplicateSlug = defineRule({
  id: 'duplicate-slug',
  severity: 'error',
  summary: `two different names, or two \`{#id}\`s, that would get the same URL`,
  fixable: false,
  messages: {
    sameUrl: (name: string, otherName: string, otherLine: number, url: string): string =>
      `"${name}" and "${otherName}" (line ${otherLine}) get the same URL /equations/${url}/; rename one`,
  },
  docs: {
    catches: `Two different names, or two \`{#id}\`s, that would get the same URL (\`Adam Optimizer\` and \`Adam, Optimizer!\` both make \`adam-optimizer\`).`,
    why: `Two pages cannot share a URL; links to one would land on the other.`,
    failing: {
      markdown: `# Rules

#### 1. Adam Optimizer
$y = x$

where:

- $y$ is the output
- $x$ is the input

#### 2. Adam, Optimizer!
$y = 2x$

where:

- $y$ is the output
- $x$ is the input
`,
      line: 11,
      column: 9,
    },
    passing: {
      markdown: `# Rules

#### 1. Adam Optimizer
$y = x$

where:

- $y$ is the output
- $x$ is the input

#### 2. AdamW Optimizer
$y = 2x$

where:

- $y$ is the output
- $x$ is the input
`,
    },
    fix: `Rename one equation, or give it its own \`{#id}\`.`,
  },
});
