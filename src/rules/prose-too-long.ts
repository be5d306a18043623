/** `prose-too-long` (warning): its meta and documentation. */
import { defineRule } from './rule.js';

export const proseTooLong = defineRule({
  id: 'prose-too-long',
  severity: 'warning',
  summary: `an introduction, the text before the title, a where-list item or a note longer than 262,144 characters (see Limits), at the place where the site stops rendering it as markdown; the rest is shown as written, as plain text`,
  fixable: false,
  messages: {},
  docs: {
    catches: `An introduction, the text before the title, a where-list item or a note longer than 262,144 characters, at the place where the site stops rendering it as markdown. The rest is shown as written, as plain text.`,
    why: `Rendering markdown costs time that grows with the length of one text; a bound keeps every page quick to build.`,
    failing: {
      markdown: `#### 1. Wordy\n$x$\n\nwhere:\n\n- $x$ is ${'a number '.repeat(30_000)}\n`,
      shown: `#### 1. Wordy
$x$

where:

- $x$ is a number a number a number … (270,000 characters)
`,
      line: 6,
      column: 262147,
    },
    passing: {
      markdown: `#### 1. Brief
$x$

where:

- $x$ is a number
`,
    },
    fix: `Shorten the text or split it: an introduction of that length belongs in its own document.`,
  },
});
