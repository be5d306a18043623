/** `url-removed` (info): its meta and documentation. */
import { identityEquation } from './doc-examples.js';
import { defineRule } from './rule.js';

export const urlRemoved = defineRule({
  id: 'url-removed',
  severity: 'info',
  summary: `an equation whose URL the last build recorded is gone: its URL will show a page saying it was removed, with a link to the home page`,
  fixable: false,
  messages: {
    removed: (name: string, slug: string): string => `equation "${name}" is gone: its URL equations/${slug}/ will say it was removed and link to the home page`,
  },
  docs: {
    catches: `An equation whose URL the last build recorded in \`formulary.urls.json\` and which is gone from the collection. Its URL will show a page saying it was removed, with a link to the home page.`,
    why: `A published URL keeps answering; the author should know that one now leads to a "removed" page.`,
    failing: {
      markdown: identityEquation('New Name'),
      files: {
        "formulary.config.json": `{}
`,
        "formulary.urls.json": `{
  "version": 1,
  "collections": {
    "content/example.md": [
      {
        "slug": "new-name",
        "number": 1,
        "latex": "0",
        "name": "New Name"
      },
      {
        "slug": "gone",
        "number": 2,
        "latex": "1",
        "name": "Gone"
      }
    ]
  }
}
`,
      },
      line: 1,
      column: 1,
    },
    passing: {
      markdown: identityEquation('New Name'),
      files: {
        "formulary.config.json": `{}
`,
        "formulary.urls.json": `{
  "version": 1,
  "collections": {
    "content/example.md": [
      {
        "slug": "new-name",
        "number": 1,
        "latex": "0",
        "name": "New Name"
      }
    ]
  }
}
`,
      },
    },
    fix: `Nothing to fix if the removal is meant. If the equation was renamed beyond recognition, give it \`{#old-slug}\` to keep its URL.`,
  },
});
