/** `symlink-outside-content` (warning): its meta and documentation. */
import { identityEquation } from './doc-examples.js';
import { defineRule } from './rule.js';

export const symlinkOutsideContent = defineRule({
  id: 'symlink-outside-content',
  severity: 'warning',
  summary: `a symlink in the content folder that points outside it (skipped)`,
  fixable: false,
  messages: {
    outside: (): string => 'This symlink points outside the content folder and is skipped',
  },
  docs: {
    catches: `A symbolic link in the content folder that points outside it. The link is skipped.`,
    why: `Content is read only from the content folder, so a checkout cannot pull in files from elsewhere on the machine (a link to \`~/.ssh\` must not end up on a site).`,
    failing: {
      markdown: identityEquation('Identity'),
      files: {
        "notes.md": `#### 1. Elsewhere
$y = x$

where:

- $y$ is the output
- $x$ is the input
`,
      },
      links: { "content/notes.md": "../notes.md" },
      file: "content/notes.md",
      line: 1,
      column: 1,
    },
    passing: {
      markdown: identityEquation('Identity'),
      files: {
        "content/shared/notes.md": `#### 1. Elsewhere
$y = x$

where:

- $y$ is the output
- $x$ is the input
`,
      },
      links: { "content/notes.md": "shared/notes.md" },
    },
    fix: `Copy the file into the content folder, or point the link at a file inside it.`,
  },
});
