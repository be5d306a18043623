/** `heading-level` (warning): its meta, documentation and check. */
import type { Diagnostic, Equation } from '../types.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';
import { defineRule } from './rule.js';

export const headingLevel = defineRule({
  id: 'heading-level',
  severity: 'warning',
  summary: `an equation under a heading of another level than the document's other equations (ties: level 4, the format's)`,
  fixable: false,
  messages: {
    level: (expected: number, actual: number): string =>
      `This document's equation headings are level ${expected} (\`${'#'.repeat(expected)}\`); this one is level ${actual}`,
  },
  docs: {
    catches: `An equation under a heading of another level than the document's other equations (a tie goes to level 4, the format's), in a document that numbers its equation headings (\`#### 17. Name\`) or under a numbered heading. An outline of chapters and sections with formulas at several levels is the author's own and is not reported, and so is a document whose heading numbers number sections (see \`numbering\`).`,
    why: `A document is held to its own convention; one equation at another level usually means a heading typed wrong, which also changes the topic it falls under.`,
    failing: {
      markdown: `# Rules

### 1. Level Three
$y = x$

where:

- $y$ is the output
- $x$ is the input

#### 2. Level Four
$z = x$

where:

- $z$ is the output
- $x$ is the input
`,
      line: 3,
      column: 1,
    },
    passing: {
      markdown: `# Rules

#### 1. Level Four
$y = x$

where:

- $y$ is the output
- $x$ is the input

#### 2. Also Four
$z = x$

where:

- $z$ is the output
- $x$ is the input
`,
    },
    fix: `Use the same heading level as the document's other equations.`,
  },
});

/** A heading that numbers its equation (`#### 17. Name`, `### 3) Name`). */
const NUMBERED = /^ {0,3}#{1,6}[ \t]+\d{1,6}[.)][ \t]/;

/**
 * `level`: the document's equation heading level; `numbered`: whether the document numbers its
 * equation headings. Only a numbered sequence is a convention one heading can break: in an
 * outline of chapters and sections (`##` with formulas, `###` under it) every level is the
 * author's. Checked once per heading (a section's several equations share one).
 */
export function checkHeadingLevel(eq: Equation, level: number, numbered: boolean, ctx: FileContext): Diagnostic | null {
  if (eq.headingLevel === level || eq.headingLevel === 0) return null;
  const line = ctx.lines.text.slice(eq.positions.heading.start.offset, eq.positions.heading.end.offset);
  if (!numbered && !NUMBERED.test(line)) return null;
  return diagnosticAt(ctx, eq.positions.heading.start.offset, headingLevel, headingLevel.messages.level(level, eq.headingLevel), eq.slug);
}
