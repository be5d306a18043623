/** `topic-duplicate-equation` (warning): its meta and documentation. */
import { LINEAR_AND_SOFTMAX } from './doc-examples.js';
import { defineRule } from './rule.js';

export const topicDuplicateEquation = defineRule({
  id: 'topic-duplicate-equation',
  severity: 'warning',
  summary: `an equation listed in two topics (it stays in the first)`,
  fixable: false,
  messages: {
    listed: (label: string, firstTopic: string, sameTopic: boolean): string =>
      `Equation "${label}" is already listed ${sameTopic ? `earlier in topic "${firstTopic}"` : `in topic "${firstTopic}", where it stays`}.`,
  },
  docs: {
    catches: `An equation listed in two topics of the sidecar (or twice in one). It stays in the first.`,
    why: `An equation belongs to one topic: its page names the topic and links to it.`,
    failing: {
      markdown: LINEAR_AND_SOFTMAX,
      files: {
        "content/example.topics.md": `## Basics

- Linear Model
- Softmax

## Classification

- Softmax
`,
      },
      file: "content/example.topics.md",
      line: 8,
      column: 3,
    },
    passing: {
      markdown: LINEAR_AND_SOFTMAX,
      files: {
        "content/example.topics.md": `## Basics

- Linear Model

## Classification

- Softmax
`,
      },
    },
    fix: `Remove the second item.`,
  },
});
