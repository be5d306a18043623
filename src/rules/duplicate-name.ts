/** `duplicate-name` (warning): its meta and documentation. */
import { defineRule } from './rule.js';

export const duplicateName = defineRule({
  id: 'duplicate-name',
  severity: 'warning',
  summary: `two equations with the same name (the later one's URL gets \`-2\`)`,
  fixable: false,
  messages: {
    sameName: (name: string, otherLine: number, slug: string): string =>
      `"${name}" is also the name of the equation at line ${otherLine}; this one's page is /equations/${slug}/ (rename one for a clearer URL)`,
  },
  docs: {
    catches: `Two equations of a collection with the same name (case aside).`,
    why: `Both get a page, but the later one's URL gets \`-2\` and search lists two results a reader cannot tell apart.`,
    failing: {
      markdown: `# Rules

#### 1. Twin
$y = x$

where:

- $y$ is the output
- $x$ is the input

#### 2. Twin
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

#### 1. Identity
$y = x$

where:

- $y$ is the output
- $x$ is the input

#### 2. Doubling
$y = 2x$

where:

- $y$ is the output
- $x$ is the input
`,
    },
    fix: `Rename one of them so that each name says what is different.`,
  },
});
