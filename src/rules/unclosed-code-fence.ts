/** `unclosed-code-fence` (error): its meta and documentation. */
import { defineRule } from './rule.js';

export const unclosedCodeFence = defineRule({
  id: 'unclosed-code-fence',
  severity: 'error',
  summary: `a code fence that is never closed and swallows equation headings`,
  fixable: false,
  messages: {
    swallows: (headings: number): string =>
      `This code fence is never closed and swallows the rest of the file (${headings} heading${headings === 1 ? '' : 's'}); close it with a matching fence line`,
  },
  docs: {
    catches: `A code fence (\` \`\`\` \`) that is never closed and swallows equation headings after it.`,
    why: `Everything after an unclosed fence is code: the equations below it vanish from the site without any other sign.`,
    failing: {
      markdown: `# Rules

#### 1. Before
$y = x$

where:

- $y$ is the output
- $x$ is the input

\`\`\`python
print(1)

#### 2. Swallowed
$y = 2x$

where:

- $y$ is the output
`,
      line: 11,
      column: 1,
    },
    passing: {
      markdown: `# Rules

#### 1. Before
$y = x$

where:

- $y$ is the output
- $x$ is the input

\`\`\`python
print(1)
\`\`\`

#### 2. After
$y = 2x$

where:

- $y$ is the output
- $x$ is the input
`,
    },
    fix: `Close the fence with a matching line of backticks (or tildes) after the code.`,
  },
});
