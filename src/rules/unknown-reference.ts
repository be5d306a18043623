/** `unknown-reference` (error): its meta and documentation. */
import { defineRule } from './rule.js';

export const unknownReference = defineRule({
  id: 'unknown-reference',
  severity: 'error',
  summary: `a reference (\`[[Name]]\`, \`\\eqref{id}\`, \`{eq}\`, \`@eq-id\`…) to an equation no id, label, slug, name or number names; with a "did you mean" from the collection's ids and names`,
  fixable: false,
  messages: {
    unknown: (target: string, guess: string | null): string => `No equation has the id, name or number "${target}"${guess ? `; did you mean "${guess}"?` : ''}`,
  },
  docs: {
    catches: `A reference to an equation that does not exist: \`[[Name]]\`, \`[[17]]\`, \`\\eqref{id}\`, \`\\ref{id}\`, MyST \`{eq}\`, Quarto \`@eq-id\` or pandoc \`@eq:id\` whose target is no equation's \`{#id}\`, label, slug, name or number. The message suggests the nearest id or name. A \`[[Note]]\` that names no equation is a wiki link to another page (Obsidian, Foam), never an error; \`[[Eq. 17]]\`, \`[[Equation 17]]\` and \`[[#id]]\` can only mean an equation and must name one.`,
    why: `Other tools render such a reference as "??" and nothing fails; a reader then follows a link to nowhere. Here CI stops it.`,
    failing: {
      markdown: `# Rules

#### 1. Line
$y = x$

where:

- $y$ is the output
- $x$ is the input

See [[Eq. 2]] for the same in two dimensions.
`,
      line: 11,
      column: 5,
    },
    passing: {
      markdown: `# Rules

#### 1. Line
$y = x$

where:

- $y$ is the output
- $x$ is the input

See [[Eq. 1]] for the same in two dimensions.
`,
    },
    fix: `Name the equation as its \`{#id}\`, label, slug, name or number gives it (the message suggests one), or add the equation.`,
  },
});
