/** `markup-too-dense` (warning): its meta and documentation. */
import { defineRule } from './rule.js';

export const markupTooDense = defineRule({
  id: 'markup-too-dense',
  severity: 'warning',
  summary: `a run of more than 64 \`*\`, \`_\`, \`~\` or \`[\`, more than 200 emphasis or link delimiters, or more than 2,000 code spans, backslashes, entities, \`<\`, \`!\` or \`]\` in one paragraph (see Limits); those are shown as text`,
  fixable: false,
  messages: {},
  docs: {
    catches: `A run of more than 64 \`*\`, \`_\`, \`~\` or \`[\`, more than 200 emphasis or link delimiters, or more than 2,000 code spans, backslashes, entities, \`<\`, \`!\` or \`]\` in one paragraph. Those are shown as text.`,
    why: `The markdown parser is superlinear in long runs and dense clusters of delimiters: 8,000 \`*\` around one letter take it seconds and overflow every recursive walk after it.`,
    failing: {
      markdown: `#### 1. Stars\n$x$\n\nwhere:\n\n- $x$ is a number\n\n${'*'.repeat(65)}x\n`,
      shown: `#### 1. Stars
$x$

where:

- $x$ is a number

***…*** (65 stars) x
`,
      line: 8,
      column: 1,
    },
    passing: {
      markdown: `#### 1. Stars
$x$

where:

- $x$ is a number

***x***
`,
    },
    fix: `Remove the run of delimiters, or write it inside a code span.`,
  },
});
