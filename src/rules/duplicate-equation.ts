/** `duplicate-equation` (warning): its meta, documentation and check. */
import type { Diagnostic, Equation } from '../types.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';
import { defineRule } from './rule.js';

export const duplicateEquation = defineRule({
  id: 'duplicate-equation',
  severity: 'warning',
  summary: `an equation that repeats, or contains as one of its lines, an earlier equation`,
  fixable: false,
  messages: {
    repeats: (how: string, name: string, line: number): string => `This equation ${how} "${name}" (line ${line}); link to it or say why it is repeated`,
    contains: (name: string, line: number): string => `This equation contains "${name}" (line ${line}) as one of its lines`,
  },
  docs: {
    catches: `An equation that repeats an earlier one, or contains an earlier one as one of its lines (spacing, alignment and trailing punctuation aside).`,
    why: `Two pages for one formula split its readers, and the copies drift apart when one is corrected.`,
    failing: {
      markdown: `# Rules

#### 1. Pair
$$
\\begin{aligned}
a &= b + c, \\\\
d &= e \\cdot f + \\sqrt{g}
\\end{aligned}
$$

where:

- $a$, $b$, $c$, $d$, $e$, $f$, $g$ are numbers

#### 2. Second Line Again
$d = e \\cdot f + \\sqrt{g}$

where:

- $d$, $e$, $f$, $g$ are numbers
`,
      line: 16,
      column: 1,
    },
    passing: {
      markdown: `# Rules

#### 1. Pair
$$
\\begin{aligned}
a &= b + c, \\\\
d &= e \\cdot f + \\sqrt{g}
\\end{aligned}
$$

where:

- $a$, $b$, $c$, $d$, $e$, $f$, $g$ are numbers

#### 2. Another Line
$d = e \\cdot f - \\sqrt{g}$

where:

- $d$, $e$, $f$, $g$ are numbers
`,
    },
    fix: `Remove the repeat and link to the first, or say in the name why it is shown again.`,
  },
});

/** LaTeX reduced to what changes the formula: no spacing commands, alignment or trailing punctuation. */
function normalise(latex: string): string {
  return latex
    .replace(/\\[,;:!]|\\quad|\\qquad|&|\s+/g, '')
    .replace(/\\begin\{(aligned|gathered|align\*?|split)\}|\\end\{(aligned|gathered|align\*?|split)\}/g, '')
    .replace(/[,.]+$/, '');
}

/** Top-level lines (`\\`) and `\quad`-separated parts of an equation, normalised. */
function parts(latex: string): string[] {
  const stripped = latex.replace(/\\begin\{(aligned|gathered|align\*?|split)\}|\\end\{(aligned|gathered|align\*?|split)\}/g, '');
  return stripped
    .split(/\\\\|,?\s*\\quad|,?\s*\\qquad/)
    .map(normalise)
    .filter((p) => p.length >= 12);
}

/** Each equation that repeats an earlier one, or holds an earlier one as one of its lines. */
export function checkDuplicateEquations(equations: Equation[], ctx: FileContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const whole = new Map<string, Equation>();
  const partOf = new Map<string, Equation>();
  for (const eq of equations) {
    if (!eq.latex.trim()) continue;
    const n = normalise(eq.latex);
    const at = eq.positions.equation?.start.offset ?? eq.positions.heading.start.offset;
    const same = whole.get(n) ?? partOf.get(n);
    if (same) {
      const how = whole.has(n) ? 'repeats' : 'repeats part of';
      out.push(diagnosticAt(ctx, at, duplicateEquation, duplicateEquation.messages.repeats(how, same.nameText, same.positions.heading.start.line), eq.slug));
    } else {
      for (const p of parts(eq.latex)) {
        const contained = whole.get(p);
        if (contained && p !== n) {
          out.push(diagnosticAt(ctx, at, duplicateEquation, duplicateEquation.messages.contains(contained.nameText, contained.positions.heading.start.line), eq.slug));
          break;
        }
      }
    }
    if (!whole.has(n)) whole.set(n, eq);
    for (const p of parts(eq.latex)) if (p !== n && !partOf.has(p)) partOf.set(p, eq);
  }
  return out;
}
