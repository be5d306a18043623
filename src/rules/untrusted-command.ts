/** `untrusted-command` (error): its meta and documentation. */
import { defineRule } from './rule.js';

export const untrustedCommand = defineRule({
  id: 'untrusted-command',
  severity: 'error',
  summary: `math from content uses a command that could add links, images, HTML attributes or styles (\`\\href\`, \`\\url\`, \`\\includegraphics\`, \`\\htmlData\`, \`\\htmlClass\`, \`\\htmlId\`, \`\\htmlStyle\`); content is untrusted and these are refused, including URLs KaTeX itself refuses (\`java<TAB>script:\`, \`&#58;\`, \`&colon;\`)`,
  fixable: false,
  messages: {
    refused: (command: string): string => `\`${command}\` is not allowed: math from content cannot add links, images, HTML attributes or styles`,
  },
  docs: {
    catches: `A command in math that could add a link, an image, an HTML attribute or a style: \`\\href\`, \`\\url\`, \`\\includegraphics\`, \`\\htmlData\`, \`\\htmlClass\`, \`\\htmlId\`, \`\\htmlStyle\`, and URLs KaTeX itself refuses (\`java<TAB>script:\`, \`&#58;\`, \`&colon;\`).`,
    why: `Content is untrusted: a collection may come from anyone, and a link or style inside math is a way to put script or a misleading link on the site. Formulary refuses these commands and renders the formula without them.`,
    failing: {
      markdown: `# Rules

#### 1. Link
$y = \\href{https://example.com}{x}$

where:

- $y$ is the output
- $x$ is the input
`,
      line: 4,
      column: 6,
    },
    passing: {
      markdown: `# Rules

#### 1. Link
$y = x$

See [the source](https://example.com).

where:

- $y$ is the output
- $x$ is the input
`,
    },
    fix: `Remove the command. Put a link in the prose around the equation (\`[text](https://…)\`), not inside the math.`,
  },
});
