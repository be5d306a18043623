/** `too-many-diagnostics` (info): its meta and documentation. */
import { defineRule } from './rule.js';

export const tooManyDiagnostics = defineRule({
  id: 'too-many-diagnostics',
  severity: 'info',
  summary: `more than 100 diagnostics of one rule in one file (see Limits): the first 100 are listed, then this one line says how many more of that rule the file has; counts and exit codes include them all. \`"too-many-diagnostics": "off"\` in the config's \`rules\` lists every one`,
  fixable: false,
  messages: {},
  docs: {
    catches: `More than 100 diagnostics of one rule in one file. The first 100 are listed, then this one line, at the first one left out, says how many more of that rule the file has. Counts and exit codes include them all.`,
    why: `A flood of one problem (a generated file full of broken math) would print megabytes and hide every other diagnostic; like a compiler's \`-fmax-errors\`, the list is cut, the counts are not.`,
    failing: {
      markdown: `#### 1. Broken Prose\n$x$\n\nwhere:\n\n- $x$ is a number\n\n${'Broken: $\\foo$\n\n'.repeat(101)}`,
      shown: `#### 1. Broken Prose
$x$

where:

- $x$ is a number

Broken: $\\foo$

… (101 such paragraphs)
`,
      line: 208,
      column: 10,
    },
    passing: {
      markdown: `#### 1. Broken Prose\n$x$\n\nwhere:\n\n- $x$ is a number\n\n${'Broken: $\\foo$\n\n'.repeat(100)}`,
      shown: `#### 1. Broken Prose
$x$

where:

- $x$ is a number

Broken: $\\foo$

… (100 such paragraphs)
`,
    },
    fix: `Fix the problem the listed diagnostics share. To list every one, set \`"too-many-diagnostics": "off"\` in the config's \`rules\`.`,
  },
});
