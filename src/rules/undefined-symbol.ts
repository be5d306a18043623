/** `undefined-symbol` (warning): its meta and documentation. */
import { defineRule } from './rule.js';

export const undefinedSymbol = defineRule({
  id: 'undefined-symbol',
  severity: 'warning',
  summary: `a symbol the equation uses that its where-list does not define (bound indices such as \`i\` in \`\\sum_{i=1}\`, constants, numbers and operator names excepted). When a meaning borrowed from another equation of the collection explains it, the page shows that meaning, and the diagnostic is \`info\`, with the message saying where ("defined in 33. LSTM Input Gate as 'the sigmoid function'"); a severity set in the config's \`rules\` applies to both. It is \`info\` too when the document names the symbol where no where-list reads it ("named in the text on line 47": "$n$ is the number of samples" in another list, "the random variable $X$"), a formula presents it ("Given a dataset: $$\\{(x_i, y_i)\\}_{i=1}^N$$"), or a function a formula just above or below defines names it (\`l\` after \`l(\\mathbf{w}) = …\`, \`\\ell\` before \`\\ell(x; w) = …\`): then the warning would be a guess. On the seed, 5 symbols nothing explains stay warnings`,
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

/**
 * The same rule for a use that a meaning borrowed from another equation explains: the page shows
 * that meaning, so the reader is not left without one and the author has nothing to fix; `info`
 * by default (the config's `rules` still set this rule's severity, both kinds alike).
 */
export const undefinedSymbolExplained = { id: undefinedSymbol.id, severity: 'info' } as const;
