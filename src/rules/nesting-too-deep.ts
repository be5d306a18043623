/** `nesting-too-deep` (warning): its meta and documentation. */
import { defineRule } from './rule.js';

export const nestingTooDeep = defineRule({
  id: 'nesting-too-deep',
  severity: 'warning',
  summary: `blockquotes or lists nested more than 32 deep (see Limits); the deeper markers are shown as text`,
  fixable: false,
  messages: {},
  docs: {
    catches: `Blockquotes or lists nested more than 32 deep. The deeper markers are shown as text.`,
    why: `The markdown parser and every walk of its tree are recursive; a document nested thousands deep would exhaust the stack. No real document needs more than a few levels.`,
    failing: {
      markdown: `#### 1. Deep\n$x$\n\nwhere:\n\n- $x$ is a number\n\n${'> '.repeat(33)}deep\n`,
      shown: `#### 1. Deep
$x$

where:

- $x$ is a number

> > > … (33 \`> \` markers) deep
`,
      line: 8,
      column: 63,
    },
    passing: {
      markdown: `#### 1. Shallow
$x$

where:

- $x$ is a number

> > quoted twice
`,
    },
    fix: `Flatten the nesting.`,
  },
});
