/** `duplicate-slug` (warning): its meta and documentation. */
import { defineRule } from './rule.js';

export const duplicateSlug = defineRule({
  id: 'duplicate-slug',
  severity: 'warning',
  summary: `two different names that would make the same URL (the one without a \`{#id}\`, or the later one, gets \`-2\`)`,
  fixable: false,
  messages: {
    sameUrl: (name: string, otherName: string, otherLine: number, url: string, slug: string): string =>
      `"${name}" makes the same URL as "${otherName}" (line ${otherLine}), /equations/${url}/; this one's page is /equations/${slug}/ (give it its own {#id} to choose and pin its URL)`,
  },
  docs: {
    catches: `Two different names that make the same URL (\`Log-Likelihood\` and \`Log likelihood\` both make \`log-likelihood\`), or a name whose URL another equation's \`{#id}\` or label already holds. Both equations get a page: the later one (or the one without an id) gets \`-2\`, \`-3\`….`,
    why: `A URL with \`-2\` says nothing about what tells the two pages apart, and it depends on the order of the equations: insert another equation with that name above and the URLs shift (the URL history redirects the old ones, but links then land on a redirect).`,
    failing: {
      markdown: `# Rules

#### 1. Log-Likelihood
$l = \\log p$

where:

- $l$ is the log-likelihood
- $p$ is the likelihood

#### 2. Log likelihood
$l = \\sum_i \\log p_i$

where:

- $l$ is the log-likelihood
- $p_i$ is the likelihood of sample $i$
`,
      line: 11,
      column: 9,
    },
    passing: {
      markdown: `# Rules

#### 1. Log-Likelihood
$l = \\log p$

where:

- $l$ is the log-likelihood
- $p$ is the likelihood

#### 2. Log likelihood {#log-likelihood-of-a-sample}
$l = \\sum_i \\log p_i$

where:

- $l$ is the log-likelihood
- $p_i$ is the likelihood of sample $i$
`,
    },
    fix: `Rename one equation, or give it its own \`{#id}\` (\`#### 2. Log likelihood {#log-likelihood-of-a-sample}\`): the id becomes its URL, whatever the order or the name.`,
  },
});
