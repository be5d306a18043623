/** `symlink-loop` (warning): its meta and documentation. */
import { defineRule } from './rule.js';

export const symlinkLoop = defineRule({
  id: 'symlink-loop',
  severity: 'warning',
  summary: `a symlink in the content folder that leads back to itself, directly or through other symlinks (skipped)`,
  fixable: false,
  messages: {
    loop: (): string => 'This symlink is a loop (it leads back to itself) and is skipped',
  },
  docs: {
    catches: `A symbolic link in the content folder that leads back to itself, directly or through other links. The link is skipped.`,
    why: `Following it would never end.`,
    failing: {
      markdown: `#### 1. Identity
$y = x$

where:

- $y$ is the output
- $x$ is the input
`,
      links: { "content/loop.md": "loop.md" },
      file: "content/loop.md",
      line: 1,
      column: 1,
    },
    passing: {
      markdown: `#### 1. Identity
$y = x$

where:

- $y$ is the output
- $x$ is the input
`,
    },
    fix: `Remove the link, or point it at a real file.`,
  },
});
