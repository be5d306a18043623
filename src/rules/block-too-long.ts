/** `block-too-long` (warning): its meta and documentation. */
import { defineRule } from './rule.js';

export const blockTooLong = defineRule({
  id: 'block-too-long',
  severity: 'warning',
  summary: `a paragraph, list or blockquote of more than 1,000 lines, or a paragraph line of more than 65,536 characters (see Limits); it is read as several of at most 1,000 lines, or of about 65,536 characters`,
  fixable: false,
  messages: {
    longLine: (chars: number): string => `A line of more than ${chars.toLocaleString('en-US')} characters in a paragraph: read as several paragraphs of about that length from here on`,
    longBlock: (lines: number): string =>
      `A paragraph, list or blockquote of more than ${lines.toLocaleString('en-US')} lines: read as several of at most ${lines.toLocaleString('en-US')} lines from here on`,
  },
  docs: {
    catches: `A paragraph, list or blockquote of more than 1,000 lines, or a paragraph line of more than 65,536 characters. It is read as several of at most 1,000 lines, or of about 65,536 characters.`,
    why: `The markdown parser's time grows faster than the length of one block; cutting it keeps a check of any file to seconds.`,
    failing: {
      markdown: `#### 1. Long Paragraph\n$x$\n\nwhere:\n\n- $x$ is a number\n\n*Prose* ${'and more prose. '.repeat(5_000)}\n`,
      shown: `#### 1. Long Paragraph
$x$

where:

- $x$ is a number

*Prose* and more prose. and more prose. … (80,000 characters on one line)
`,
      line: 8,
      column: 65538,
    },
    passing: {
      markdown: `#### 1. Short Paragraph
$x$

where:

- $x$ is a number

A line of prose.
A line of prose.
`,
    },
    fix: `Break the block into paragraphs with blank lines, or into several lists.`,
  },
});
