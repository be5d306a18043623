/** `missing-where-list` (warning): its meta, documentation and check. */
import type { Diagnostic, Equation } from '../types.js';
import { diagnosticAt, type FileContext } from '../diagnostics/diagnostic.js';
import { defineRule } from './rule.js';

export const missingWhereList = defineRule({
  id: 'missing-where-list',
  severity: 'warning',
  summary: `an equation with no where-definitions (a reaction written only with \`\\ce{…}\` needs none)`,
  fixable: false,
  messages: {
    missing: (name: string, symbols: readonly string[] = []): string =>
      `"${name}" has no "where:" list: add one defining ${symbols.length === 0 ? 'each symbol of the equation' : listed(symbols)}`,
  },
  docs: {
    catches: `An equation with no where-list. The message names the symbols of the formula that nothing in the document explains (no other equation's where-list, no formula just above or below, no sentence naming them), the ones a where-list should define; standard notation is left out as for \`undefined-symbol\`. A reaction written only with \`\\ce{…}\` needs none and is not reported, nor is a formula whose symbols a glossary section of the document defines (a list or table of the document's quantities under a heading of its own).`,
    why: `The where-list is what makes a formula readable: it says what each symbol means, and the site links each symbol to its meaning.`,
    failing: {
      markdown: `# Rules

#### 1. No List
$y = x$
`,
      line: 4,
      column: 8,
    },
    passing: {
      markdown: `# Rules

#### 1. With List
$y = x$

where:

- $y$ is the output
- $x$ is the input
`,
    },
    fix: `Add a "where:" line and a list item defining each symbol of the equation.`,
  },
});

/** At most this many symbols are named in the message; the rest are counted. */
const SHOWN = 8;

/** `a_{12}`, `x_3`: a letter with a numeric index, the entry of a matrix or a list. */
const NUMBERED = /^(.+?)_(?:\{\d+\}|\d)$/;

/** Three or more entries of one family (`a_{11}`, `a_{12}`, … `a_{33}`) are one item, its first and last: `$a_{11}$ … $a_{33}$`. */
function families(symbols: readonly string[]): string[] {
  const byBase = new Map<string, string[]>();
  for (const s of symbols) {
    const base = NUMBERED.exec(s)?.[1];
    if (base !== undefined) byBase.set(base, [...(byBase.get(base) ?? []), s]);
  }
  const out: string[] = [];
  for (const s of symbols) {
    const members = byBase.get(NUMBERED.exec(s)?.[1] ?? '');
    if (!members || members.length < 3) out.push(`$${s}$`);
    else if (members[0] === s) out.push(`$${s}$ … $${members[members.length - 1]}$`);
  }
  return out;
}

/** `$R$, $T$ and $V$`; past SHOWN symbols, `… and 3 more`. */
function listed(symbols: readonly string[]): string {
  const all = families(symbols);
  const shown = all.slice(0, SHOWN);
  const more = all.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** A reaction (`\ce{2H2 + O2 -> 2H2O}`) has no symbols to define. */
const CHEMISTRY_ONLY = /^\s*\\ce\{[\s\S]*\}\s*$/;

/** `symbols`: the equation's symbols nothing in the document explains (rules/symbols.ts unexplainedSymbols), named in the message. */
export function checkMissingWhereList(eq: Equation, ctx: FileContext, symbols?: () => string[]): Diagnostic | null {
  // A glossary section that defines the formula's symbols is its where-list (parse/definitions-glossary.ts).
  if (eq.positions.whereList || CHEMISTRY_ONLY.test(eq.latex) || eq.variables.some((v) => v.source === 'glossary')) return null;
  return diagnosticAt(ctx, eq.positions.equation?.end.offset ?? eq.positions.heading.start.offset, missingWhereList, missingWhereList.messages.missing(eq.nameText, symbols?.() ?? []), eq.slug);
}
