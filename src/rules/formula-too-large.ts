/** `formula-too-large` (error): its meta and documentation. */
import { tooLargeMessage } from '../katex/limits.js';
import { defineRule } from './rule.js';

export const formulaTooLarge = defineRule({
  id: 'formula-too-large',
  severity: 'error',
  summary: `one formula longer than 20,000 characters (see Limits); it is never typeset, and pages show a placeholder`,
  fixable: false,
  messages: { tooLarge: tooLargeMessage },
  docs: {
    catches: `One formula longer than 20,000 characters. It is never typeset: pages show a placeholder in its place, and no other rule looks at it.`,
    why: `KaTeX's time grows faster than the length of a formula; one huge formula could stall a build for minutes. No equation a reader can follow is that long.`,
    failing: {
      markdown: `#### 1. Long Sum\n$${'x + '.repeat(5_001)}x$\n\nwhere:\n\n- $x$ is a number\n`,
      shown: `#### 1. Long Sum
$x + x + x + … + x$

where:

- $x$ is a number

(the formula repeats \`x + \` 5,001 times: 20,005 characters)
`,
      line: 2,
      column: 2,
    },
    passing: {
      markdown: `#### 1. Short Sum
$x + x + x$

where:

- $x$ is a number
`,
    },
    fix: `Split the formula into several equations, or define parts of it as their own symbols.`,
  },
});
