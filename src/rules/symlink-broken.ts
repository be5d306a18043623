/** `symlink-broken` (warning): its meta and documentation. */
import { identityEquation } from './doc-examples.js';
import { defineRule } from './rule.js';

export const symlinkBroken = defineRule({
  id: 'symlink-broken',
  severity: 'warning',
  summary: `a symlink in the content folder whose target does not exist (skipped)`,
  fixable: false,
  messages: {
    broken: (): string => 'This symlink points to nothing (its target does not exist) and is skipped',
  },
  docs: {
    catches: `A symbolic link in the content folder whose target does not exist. The link is skipped.`,
    why: `The collection it stood for is missing from the site; usually a file was moved or renamed.`,
    failing: {
      markdown: identityEquation('Identity'),
      links: { "content/gone.md": "moved-away.md" },
      file: "content/gone.md",
      line: 1,
      column: 1,
    },
    passing: {
      markdown: identityEquation('Identity'),
    },
    fix: `Point the link at the file's new place, or remove it.`,
  },
});
