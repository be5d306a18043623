/** `unused-label` (warning, off by default): its meta and documentation. */
import { defineRule } from './rule.js';

export const unusedLabel = defineRule({
  id: 'unused-label',
  severity: 'warning',
  off: true,
  summary: `an equation's \`{#id}\` or label that no reference uses (off by default: \`"unused-label": "on"\` in the config's \`rules\`)`,
  fixable: false,
  messages: {
    unused: (id: string): string => `Nothing refers to the label "${id}"`,
  },
  docs: {
    catches: `An equation with an explicit \`{#id}\`, \`\\label{…}\`, MyST or Quarto label that no reference in the project uses. Off unless the config turns it on.`,
    why: `In a collection that cross-references its equations, a label nothing uses is often a reference that was misspelled or removed.`,
    failing: {
      markdown: `# Rules

#### 1. Line {#line}
$y = x$

where:

- $y$ is the output
- $x$ is the input
`,
      files: {
        'formulary.config.json': `{ "rules": { "unused-label": "on" } }
`,
      },
      line: 3,
      column: 1,
    },
    passing: {
      markdown: `# Rules

#### 1. Line {#line}
$y = x$

where:

- $y$ is the output
- $x$ is the input

See [[line]].
`,
      files: {
        'formulary.config.json': `{ "rules": { "unused-label": "on" } }
`,
      },
    },
    fix: `Refer to the equation, or drop the label if its URL does not need to stay fixed.`,
  },
});
