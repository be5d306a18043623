/** `topic-unknown-equation` (warning): its meta and documentation. */
import { LINEAR_AND_SOFTMAX } from './doc-examples.js';
import { defineRule } from './rule.js';

export const topicUnknownEquation = defineRule({
  id: 'topic-unknown-equation',
  severity: 'warning',
  summary: `a topics-sidecar item that matches no equation (with a suggestion when a name is close)`,
  fixable: false,
  messages: {
    unknown: (item: string, reason: string, suggestion: string | null): string =>
      `Topic item "${item}" ${reason}${suggestion ? `; did you mean "${suggestion}"?` : '.'}`,
  },
  docs: {
    catches: `An item of a topics sidecar (\`foo.topics.md\`) that names no equation of the collection, by name, by number and name, or by number. When a name is close, the message suggests it.`,
    why: `The equation the item meant is missing from its topic, and the sidecar stops describing the collection.`,
    failing: {
      markdown: LINEAR_AND_SOFTMAX,
      files: {
        "content/example.topics.md": `## Basics

- Linear Modle
- Softmax
`,
      },
      file: "content/example.topics.md",
      line: 3,
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
    fix: `Write the equation's name as its heading has it (case does not matter), or its number.`,
  },
});
