/** `duplicate-equation` (warning): its meta and documentation. */
import { defineRule } from './rule.js';

export const duplicateEquation = defineRule({
  id: 'duplicate-equation',
  severity: 'warning',
  summary: `an equation that repeats, or contains as one of its lines, an earlier equation`,
  fixable: false,
  messages: {
    repeats: (how: string, name: string, line: number): string => `This equation ${how} "${name}" (line ${line}); link to it or say why it is repeated`,
    contains: (name: string, line: number): string => `This equation contains "${name}" (line ${line}) as one of its lines`,
  },
  docs: {
    catches: `An equation that repeats an earlier one, or contains an earlier one as one of its lines (spacing, alignment and trailing punctuation aside).`,
    why: `Two pages for one formula split its readers, and the copies drift apart when one is corrected.`,
    failing: {
      markdown: `# Rules

#### 1. Pair
$$
\\begin{aligned}
a &= b + c, \\\\
d &= e \\cdot f + \\sqrt{g}
\\end{aligned}
$$

where:

- $a$, $b$, $c$, $d$, $e$, $f$, $g$ are numbers

#### 2. Second Line Again
$d = e \\cdot f + \\sqrt{g}$

where:

- $d$, $e$, $f$, $g$ are numbers
`,
      line: 16,
      column: 1,
    },
    passing: {
      markdown: `# Rules

#### 1. Pair
$$
\\begin{aligned}
a &= b + c, \\\\
d &= e \\cdot f + \\sqrt{g}
\\end{aligned}
$$

where:

- $a$, $b$, $c$, $d$, $e$, $f$, $g$ are numbers

#### 2. Another Line
$d = e \\cdot f - \\sqrt{g}$

where:

- $d$, $e$, $f$, $g$ are numbers
`,
    },
    fix: `Remove the repeat and link to the first, or say in the name why it is shown again.`,
  },
});
