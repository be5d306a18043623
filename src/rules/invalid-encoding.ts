/** `invalid-encoding` (error): its meta and documentation. */
import { defineRule } from './rule.js';

export const invalidEncoding = defineRule({
  id: 'invalid-encoding',
  severity: 'error',
  summary: `the file is not UTF-8 text (binary, or invalid bytes; the position is the first bad byte)`,
  fixable: false,
  messages: {},
  docs: {
    catches: `A file that is not UTF-8 text: a binary file, or text with bytes that are not valid UTF-8 (typically a file saved as Latin-1 or Windows-1252). The position is the first bad byte.`,
    why: `Guessing an encoding would show wrong characters on the site; the file is left out instead.`,
    failing: {
      markdown: `#### 1. Café Prices
$p = c$

where:

- $p$ is the price
- $c$ is the cost
`,
      encoding: "latin1",
      line: 1,
      column: 12,
    },
    passing: {
      markdown: `#### 1. Café Prices
$p = c$

where:

- $p$ is the price
- $c$ is the cost
`,
    },
    fix: `Save the file as UTF-8 (most editors have it under "Save with encoding").`,
  },
});
