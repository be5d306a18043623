/** `undefined-symbol` (warning): its meta and documentation. */
import { defineRule } from './rule.js';

export const undefinedSymbol = defineRule({
  id: 'undefined-symbol',
  severity: 'warning',
  summary: `a symbol the equation uses that its where-list does not define (bound indices such as \`i\` in \`\\sum_{i=1}\`, constants, numbers and operator names excepted); when another equation of the collection defines it, the message says where ("defined in 33. LSTM Input Gate as 'the sigmoid function'")`,
  fixable: true,
  messages: {
    undefined: (symbol: string, suggestion: string): string =>
      `${symbol} is used in the equation but not defined in its where-list; add an item for it${suggestion}`,
  },
  docs: {
    catches: `A symbol the equation uses that its where-list does not define. Bound indices (\`i\` in \`\\sum_{i=1}\`), constants, numbers and operator names are not symbols; the README's "What the symbol rules count as a symbol" says exactly what counts. When another equation of the collection defines the symbol, the message says where.`,
    why: `A reader who meets an undefined symbol has to guess its meaning, and the site has nothing to link it to.`,
    failing: {
      markdown: `# Rules

#### 1. Affine
$y = x + b$

where:

- $y$ is the output
- $x$ is the input
`,
      line: 4,
      column: 10,
    },
    passing: {
      markdown: `# Rules

#### 1. Affine
$y = x + b$

where:

- $y$ is the output
- $x$ is the input
- $b$ is the bias
`,
    },
    fix: `Add a where-list item for the symbol. When another equation of the collection defines it, \`formulary check --fix\` adds that meaning for you (marked for review in the JSON output).`,
  },
});
