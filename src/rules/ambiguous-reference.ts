/** `ambiguous-reference` (warning): its meta and documentation. */
import { defineRule } from './rule.js';

export const ambiguousReference = defineRule({
  id: 'ambiguous-reference',
  severity: 'warning',
  summary: `a reference whose name or number matches two or more equations (it links to the first): refer to one by its id or slug`,
  fixable: false,
  messages: {
    ambiguous: (target: string, names: string): string => `"${target}" could mean any of ${names}; refer to one by its id`,
  },
  docs: {
    catches: `A reference whose name or number matches more than one equation, in the document or across the site.`,
    why: `The link goes to the first match, which may not be the one meant; the reader cannot tell.`,
    failing: {
      markdown: `# Rules

#### Line
$y = x$

where:

- $y$ is the output
- $x$ is the input

#### Line
$y = 2x$

where:

- $y$ is the output
- $x$ is the input

Compare [[Line]].
`,
      line: 19,
      column: 9,
    },
    passing: {
      markdown: `# Rules

#### Line
$y = x$

where:

- $y$ is the output
- $x$ is the input

#### Line
$y = 2x$

where:

- $y$ is the output
- $x$ is the input

Compare [[line-2]].
`,
    },
    fix: `Refer to the equation by its slug or \`{#id}\` (give it one: \`#### Line {#steep-line}\`), or rename one of the equations.`,
  },
});
