/** `url-moved` (info): its meta and documentation. */
import { identityEquation } from './doc-examples.js';
import { defineRule } from './rule.js';

export const urlMoved = defineRule({
  id: 'url-moved',
  severity: 'info',
  summary: `an equation's name changed since the last build recorded its URL in \`formulary.urls.json\`: the message says which URL moved; the old URL will redirect to the new one`,
  fixable: false,
  messages: {
    moved: (from: string, to: string): string => `URL equations/${from}/ moved to equations/${to}/ (the name changed); the old URL will redirect to the new one`,
  },
  docs: {
    catches: `An equation whose name changed since the last build recorded its URL in \`formulary.urls.json\`. The message says which URL moved; the old URL will redirect to the new one.`,
    why: `Links to the old URL from elsewhere keep working through the redirect, but the author should know the URL changed (and may prefer to keep the old name, or an explicit \`{#id}\`).`,
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
        "slug": "old-name",
        "number": 1,
        "latex": "0",
        "name": "Old Name"
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
    fix: `Nothing to fix if the rename is meant: commit the updated \`formulary.urls.json\` after the build. To keep the old URL, give the equation \`{#old-slug}\`.`,
  },
});
