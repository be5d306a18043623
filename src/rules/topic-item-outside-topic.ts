/** `topic-item-outside-topic` (warning): its meta and documentation. */
import { LINEAR_AND_SOFTMAX } from './doc-examples.js';
import { defineRule } from './rule.js';

export const topicItemOutsideTopic = defineRule({
  id: 'topic-item-outside-topic',
  severity: 'warning',
  summary: `a topics-sidecar item before the first \`##\` topic heading`,
  fixable: false,
  messages: {
    outside: (item: string): string => `Topic item "${item}" comes before the first "## " topic heading, so it belongs to no topic.`,
  },
  docs: {
    catches: `An item of a topics sidecar before its first \`## \` topic heading.`,
    why: `The item belongs to no topic, so it does nothing.`,
    failing: {
      markdown: LINEAR_AND_SOFTMAX,
      files: {
        "content/example.topics.md": `- Linear Model

## Basics

- Softmax
`,
      },
      file: "content/example.topics.md",
      line: 1,
      column: 3,
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
    fix: `Move the item under a \`## \` heading, or add a heading above it.`,
  },
});
