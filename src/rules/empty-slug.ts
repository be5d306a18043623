/** `empty-slug` (warning): its meta, documentation and check. */
import type { Diagnostic, Equation } from '../types.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';
import { defineRule } from './rule.js';

export const emptySlug = defineRule({
  id: 'empty-slug',
  severity: 'warning',
  summary: `a name with no letters or digits to make a URL from`,
  fixable: false,
  messages: {
    noLetters: (name: string, slug: string): string => `The name "${name}" has no letters or digits to make a URL from; the page is /equations/${slug}/`,
  },
  docs: {
    catches: `An equation name with no letters or digits to make a URL from (\`???\`, or only math).`,
    why: `The page gets a made-up URL (\`equation-2\`) that says nothing and changes when equations are reordered.`,
    failing: {
      markdown: `# Rules

#### 1. Identity
$y = x$

where:

- $y$ is the output
- $x$ is the input

#### 2. ???
$y = 2x$

where:

- $y$ is the output
- $x$ is the input
`,
      line: 11,
      column: 9,
    },
    passing: {
      markdown: `# Rules

#### 1. Identity
$y = x$

where:

- $y$ is the output
- $x$ is the input

#### 2. Doubling
$y = 2x$

where:

- $y$ is the output
- $x$ is the input
`,
    },
    fix: `Give the equation a name with words, or an explicit \`{#id}\`.`,
  },
});

/** `base`: the slug the name (or its `{#id}`) gives, empty when it has no letters or digits; `at`: the name's offset. */
export function checkEmptySlug(eq: Equation, base: string, at: number, ctx: FileContext): Diagnostic | null {
  if (base) return null;
  return diagnosticAt(ctx, at, emptySlug, emptySlug.messages.noLetters(eq.nameText, eq.slug), eq.slug);
}
