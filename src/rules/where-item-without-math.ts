/** `where-item-without-math` (warning): its meta and documentation. */
import { defineRule } from './rule.js';

export const whereItemWithoutMath = defineRule({
  id: 'where-item-without-math',
  severity: 'warning',
  summary: `a where-list item that names its symbol without dollar signs`,
  fixable: false,
  messages: {
    wrap: (): string => 'Wrap the variable in dollar signs (e.g. `$A$ is the area`) so it renders as math',
  },
  docs: {
    catches: `A where-list item that names its symbol without dollar signs (\`- A is the area\`).`,
    why: `Without dollar signs the symbol is not math: it is not typeset, and the site cannot link it to the equation.`,
    failing: {
      markdown: `# Rules

#### 1. Area of a Circle
$A = \\pi r^2$

where:

- A is the area
- $r$ is the radius
`,
      line: 8,
      column: 3,
    },
    passing: {
      markdown: `# Rules

#### 1. Area of a Circle
$A = \\pi r^2$

where:

- $A$ is the area
- $r$ is the radius
`,
    },
    fix: `Wrap the symbol in dollar signs: \`- $A$ is the area\`.`,
  },
});
