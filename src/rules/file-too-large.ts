/** `file-too-large` (error): its meta and documentation. */
import { defineRule } from './rule.js';

export const fileTooLarge = defineRule({
  id: 'file-too-large',
  severity: 'error',
  summary: `a markdown file over 6 MiB: split it into several collections`,
  fixable: false,
  messages: {
    tooLarge: (mib: string, limitMib: number): string => `The file is ${mib} MiB; files over ${limitMib} MiB are refused (split it into several collections)`,
  },
  docs: {
    catches: `A markdown file over 6 MiB. It is not read at all.`,
    why: `A file that large is almost always generated or a mistake, and reading it would cost the whole build its memory.`,
    failing: {
      markdown: `#### 1. Big\n$x$\n\nwhere:\n\n- $x$ is a number\n\n${'Padding text.\n'.repeat(450_000)}`,
      shown: `#### 1. Big
$x$

where:

- $x$ is a number

Padding text.
… (450,000 such lines: 6.3 MB)
`,
      line: 1,
      column: 1,
    },
    passing: {
      markdown: `#### 1. Small
$x$

where:

- $x$ is a number

Padding text.
`,
    },
    fix: `Split it into several collections (several markdown files).`,
  },
});
