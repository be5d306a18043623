/** `too-many-equations` (error): its meta and documentation. */
import { defineRule } from './rule.js';

export const tooManyEquations = defineRule({
  id: 'too-many-equations',
  severity: 'error',
  summary: `a file with more than 10,000 equations (see Limits); the equation past the limit and the rest of the file are neither checked nor built: split the file into several collections`,
  fixable: false,
  messages: {
    tooMany: (limit: number): string => `More than ${limit.toLocaleString('en-US')} equations in one file: this one and the rest of the file are neither checked nor built; split the file into several collections`,
  },
  docs: {
    catches: `A file with more than 10,000 equations. The equation past the limit and the rest of the file are neither checked nor built.`,
    why: `Each equation becomes a page; a file past this size is a generated file or several collections in one, and checking it would cost the build more than it is worth.`,
    failing: {
      markdown: Array.from({ length: 10_001 }, (_, i) => `#### ${i + 1}. Equation ${i + 1}\n$x$\n`).join('\n'),
      shown: `#### 1. Equation 1
$x$

#### 2. Equation 2
$x$

… (the same up to equation 10,001)
`,
      line: 30001,
      column: 13,
    },
    passing: {
      markdown: `#### 1. Equation 1
$x_{1}$

where:

- $x_{1}$ is a number
`,
    },
    fix: `Split the file into several collections (one markdown file each).`,
  },
});
