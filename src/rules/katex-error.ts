/** `katex-error` (error): its meta and documentation. */
import { defineRule } from './rule.js';

export const katexError = defineRule({
  id: 'katex-error',
  severity: 'error',
  summary: `KaTeX cannot compile this LaTeX: any math span of the file (an equation, a name, a where-list, prose, a table cell, a list, a blockquote, an admonition, an HTML block); the column points inside the LaTeX. Also groups nested too deeply for KaTeX to lay out, and more than 1,000 macro expansions in one formula`,
  fixable: false,
  messages: {
    /** KaTeX's own message, without its "KaTeX parse error: " prefix. */
    compile: (katexMessage: string): string => katexMessage.replace(/^KaTeX parse error: /, ''),
    /** The first of several formulas that use one undefined command: what to do, said once per file. */
    undefinedInMany: (message: string, name: string, count: number): string =>
      `${message} (and in ${count - 1} more formula${count === 2 ? '' : 's'} of this file: if ${name} is a macro of the tool this was written for, define it once, in formulary.config.json "macros" or in the document's front matter or a $$\\newcommand{${name}}{…}$$ block)`,
  },
  docs: {
    catches: `LaTeX that KaTeX cannot compile, in any math span of the file: an equation, a name, a where-list item, prose, a table cell, a list, a blockquote, an admonition or an HTML block. The column points at the character inside the LaTeX where KaTeX gave up. Groups nested too deeply for KaTeX to lay out, and more than 1,000 macro expansions in one formula, are reported here too. A command that is undefined in several formulas of a file (typically a macro of the tool the document was written for) is an error in each of them, and the first one says, once, how many formulas share it and where to define it.`,
    why: `A formula that does not compile is shown on the site as its red source text instead of the typeset math: the reader gets nothing from it.`,
    failing: {
      markdown: `# Rules

#### 1. Unknown Command
$y = \\foo{x}$

where:

- $y$ is the output
- $x$ is the input
`,
      line: 4,
      column: 6,
    },
    passing: {
      markdown: `# Rules

#### 1. Square Root
$y = \\sqrt{x}$

where:

- $y$ is the output
- $x$ is the input
`,
    },
    fix: `Correct the LaTeX at the column given: an unknown command (\`\\foo\`), a brace left open, an environment that KaTeX does not support. KaTeX's list of supported functions says what is available.`,
  },
});
