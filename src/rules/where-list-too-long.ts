/** `where-list-too-long` (warning): its meta and documentation. */
import { defineRule } from './rule.js';

export const whereListTooLong = defineRule({
  id: 'where-list-too-long',
  severity: 'warning',
  summary: `an equation with more than 1,000 where-list definitions (or notes) (see Limits): the items after the first 1,000 define nothing and are not shown, though their math is still checked`,
  fixable: false,
  messages: {
    tooLong: (total: string, leftOut: string, limit: string): string =>
      `a where-list of ${total} items, over the limit of ${limit} definitions: the ${leftOut} from here on define nothing and are not shown (their math is still checked); split the equation`,
  },
  docs: {
    catches: `An equation with more than 1,000 where-list definitions (or notes). The items after the first 1,000 define nothing and are not shown, though their math is still checked.`,
    why: `Symbol matching compares every symbol of the equation with every definition; a list of thousands makes it slow, and no reader reads it.`,
    failing: {
      markdown: `#### 1. Huge List\n$y = x_1$\n\nwhere:\n\n${Array.from({ length: 1_001 }, (_, i) => `- $x_{${i + 1}}$ is input ${i + 1}\n`).join('')}`,
      shown: `#### 1. Huge List
$y = x_1$

where:

- $x_{1}$ is input 1
- $x_{2}$ is input 2
… (1,001 items)
`,
      line: 1006,
      column: 1,
    },
    passing: {
      markdown: `#### 1. Short List
$y = x_i$

where:

- $y$ is the output
- $x_i$ is input i
`,
    },
    fix: `Split the equation, or define families of symbols in one item (\`$x_i$ is the i-th input\`).`,
  },
});
