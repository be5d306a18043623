/** `urls-out-of-date` (info): its meta and documentation. */
import { identityEquation } from './doc-examples.js';
import { defineRule } from './rule.js';

export const urlsOutOfDate = defineRule({
  id: 'urls-out-of-date',
  severity: 'info',
  summary: `\`formulary.urls.json\` (reported at its line 1) differs from what the next build records, or is missing in a project with a config: "run \`npx formulary build\` (or \`npm run build\`) and commit it". In CI a notice annotation`,
  fixable: false,
  messages: {
    stale: (what: string, build: string): string => `${what}: run \`${build}\` and commit it, so every URL the site published keeps answering after the next deploy`,
  },
  docs: {
    catches: `A project with a \`formulary.config.json\` whose \`formulary.urls.json\` is missing, or differs from the URL history the next build would write (a new equation, a renamed one, a removed one).`,
    why: `The URL history is what keeps old links answering (moved URLs redirect, removed ones say so). CI builds from the repository: a history that the build rewrites and then throws away forgets every URL the site published since the last commit.`,
    failing: {
      markdown: identityEquation('Affine'),
      files: {
        'formulary.config.json': `{}
`,
      },
      file: 'formulary.urls.json',
      line: 1,
      column: 1,
    },
    passing: {
      markdown: identityEquation('Affine'),
    },
    fix: `Run \`formulary build\` (or \`npm run build\`) and commit \`formulary.urls.json\` with the content change.`,
  },
});
