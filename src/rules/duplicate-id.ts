/** `duplicate-id` (error): its meta and documentation. */
import { defineRule } from './rule.js';

export const duplicateId = defineRule({
  id: 'duplicate-id',
  severity: 'error',
  summary: `two equations with the same \`{#id}\` or label`,
  fixable: false,
  messages: {
    sameId: (id: string, otherName: string, otherLine: number, slug: string): string =>
      `The id "${id}" is also the id of "${otherName}" (line ${otherLine}); this one's page would be /equations/${slug}/ and references to "${id}" cannot tell them apart: give it another id`,
  },
  docs: {
    catches: `Two equations of a collection that the author gave the same id: a \`{#id}\` after the heading, or a label in the formula (\`\\label{…}\`, MyST's \`:label:\`, Quarto's \`{#eq-…}\`), made URL-safe.`,
    why: `An id is a promise: this equation's URL, and what references to it name. Two equations cannot keep it both; the second would silently get another URL and every reference would land on the first.`,
    failing: {
      markdown: `# Rules

#### 1. Adam Optimizer {#adam}
$y = x$

where:

- $y$ is the output
- $x$ is the input

#### 2. AdamW Optimizer {#adam}
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

#### 1. Adam Optimizer {#adam}
$y = x$

where:

- $y$ is the output
- $x$ is the input

#### 2. AdamW Optimizer {#adamw}
$y = 2x$

where:

- $y$ is the output
- $x$ is the input
`,
    },
    fix: `Give one of them another id.`,
  },
});
