/** `symlink-loop` (warning): its meta and documentation. */
import { identityEquation } from './doc-examples.js';
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
      markdown: identityEquation('Identity'),
      links: { "content/loop.md": "loop.md" },
      file: "content/loop.md",
      line: 1,
      column: 1,
    },
    passing: {
      markdown: identityEquation('Identity'),
    },
    fix: `Remove the link, or point it at a real file.`,
  },
});
