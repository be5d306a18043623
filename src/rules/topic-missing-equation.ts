/** `topic-missing-equation` (warning): its meta and documentation. */
import { LINEAR_AND_SOFTMAX } from './doc-examples.js';
import { defineRule } from './rule.js';

export const topicMissingEquation = defineRule({
  id: 'topic-missing-equation',
  severity: 'warning',
  summary: `an equation the topics sidecar leaves out (reported at the equation's heading)`,
  fixable: false,
  messages: {
    missing: (label: string, sidecar: string): string => `Equation "${label}" is in no topic of ${sidecar}; list it under one of its "## " headings.`,
  },
  docs: {
    catches: `An equation of the collection that its topics sidecar leaves out. It is reported at the equation's heading in the markdown file.`,
    why: `An equation in no topic cannot be found by browsing the topics.`,
    failing: {
      markdown: LINEAR_AND_SOFTMAX,
      files: {
        "content/example.topics.md": `## Basics

- Linear Model
`,
      },
      line: 10,
      column: 1,
    },
    passing: {
      markdown: LINEAR_AND_SOFTMAX,
      files: {
        "content/example.topics.md": `## Basics

- Linear Model
- Softmax
`,
      },
    },
    fix: `List the equation under one of the sidecar's \`## \` headings.`,
  },
});
