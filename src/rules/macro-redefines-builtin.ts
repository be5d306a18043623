/** `macro-redefines-builtin` (warning): its meta and documentation. Reported by the reader (src/parse/parse.ts) and the project (the config's `macros`). */
import { defineRule } from './rule.js';

export const macroRedefinesBuiltin = defineRule({
  id: 'macro-redefines-builtin',
  severity: 'warning',
  summary: 'a macro of the config or of a document\'s preamble replaces a command KaTeX already has (`\\vec`, `\\frac`), in every formula of the collection',
  fixable: false,
  messages: {
    document: (name: string): string => `\`${name}\` is a KaTeX command: this definition replaces it in every formula of the document`,
    config: (name: string): string => `\`${name}\` in the config's "macros" is a KaTeX command: this definition replaces it in every formula of the collection`,
  },
  docs: {
    catches: `A macro, defined by \`\\newcommand\`, \`\\renewcommand\`, \`\\def\` or \`\\DeclareMathOperator\` in a document's preamble block, by MyST's front matter \`math:\` (or another front-matter form: a \`macros:\` map, a \`preamble:\` or \`header-includes:\` string), or by the config's \`macros\`, whose name KaTeX already defines. A definition that typesets exactly like KaTeX's own (\`\\newcommand{\\R}{\\mathbb{R}}\`, common in documents written for MathJax) is not reported.`,
    why: `The new meaning applies to every formula of the collection, also where the author meant KaTeX's: a reader who knows \`\\vec{v}\` as an arrow sees a bold letter, and a copied formula means something else in another tool.`,
    failing: {
      markdown: `# Rules

$$
\\renewcommand{\\vec}[1]{\\mathbf{#1}}
$$

#### 1. Velocity
$\\vec{v} = \\frac{d\\vec{x}}{dt}$

where:

- $\\vec{v}$ is the velocity
- $\\vec{x}$ is the position
`,
      line: 4,
      column: 15,
    },
    passing: {
      markdown: `# Rules

$$
\\newcommand{\\vect}[1]{\\mathbf{#1}}
$$

#### 1. Velocity
$\\vect{v} = \\frac{d\\vect{x}}{dt}$

where:

- $\\vect{v}$ is the velocity
- $\\vect{x}$ is the position
`,
    },
    fix: `Give the macro a name of its own (\`\\vect\` for a bold vector), or keep KaTeX's command.`,
  },
});
