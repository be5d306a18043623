/**
 * Structure rules over one equation record: a missing or empty where-list, a heading level
 * other than the document's own, and display delimiters where the document otherwise writes
 * `$...$`. (A numbered `####` heading with no equation is found by the parser.) A document is
 * held to its own conventions: one that writes every equation under `###` with `$$` is fine.
 */
import type { DisplayForm, Diagnostic, Equation } from '../types.js';
import { diagnosticAt, type FileContext, type RuleRef } from '../diagnostics/diagnostic.js';
import { headingLevel } from './heading-level.js';
import { displayDelimiters } from './display-delimiters.js';
import { missingWhereList } from './missing-where-list.js';
import { emptyWhereList } from './empty-where-list.js';

/** A reaction (`\ce{2H2 + O2 -> 2H2O}`) has no symbols to define. */
const CHEMISTRY_ONLY = /^\s*\\ce\{[\s\S]*\}\s*$/;

export interface DocumentStyle {
  /** The heading level of most equations (ties: 4, the format's level). */
  level: number;
  /** The display form of most equations. */
  display: DisplayForm;
}

function mostCommon<T>(values: T[], preferred: T): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = preferred;
  let bestCount = counts.get(preferred) ?? 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}

export function documentStyle(equations: Equation[]): DocumentStyle {
  return {
    // Counted per heading: a section's several equations share one.
    level: mostCommon([...new Map(equations.map((e) => [e.positions.heading.start.offset, e.headingLevel])).values()], 4),
    display: mostCommon(equations.map((e): DisplayForm => (e.display === 'dollar-lines' ? 'dollar' : e.display)), 'dollar'),
  };
}

/** `headingsSeen`: headings already checked (a section's several equations share one heading). */
export function checkStructure(eq: Equation, style: DocumentStyle, headingsSeen: Set<number>, ctx: FileContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (offset: number, rule: RuleRef, message: string): void => {
    out.push(diagnosticAt(ctx, offset, rule, message, eq.slug));
  };
  const heading = eq.positions.heading.start.offset;
  const firstUnderHeading = !headingsSeen.has(heading);
  headingsSeen.add(heading);
  if (eq.headingLevel !== style.level && firstUnderHeading) {
    at(heading, headingLevel, headingLevel.messages.level(style.level, eq.headingLevel));
  }
  // Held to the format's `$...$` when the document mostly writes it, or uses the format's `####` headings.
  if ((style.display === 'dollar' || eq.headingLevel === 4) && (eq.display === 'bracket' || eq.display === 'double-dollar')) {
    const form = eq.display === 'bracket' ? '\\[...\\]' : '$$...$$';
    at(eq.positions.equation?.start.offset ?? heading, displayDelimiters, displayDelimiters.messages.delimiters(form));
  }
  if (!eq.positions.whereList) {
    if (!CHEMISTRY_ONLY.test(eq.latex)) at(eq.positions.equation?.end.offset ?? heading, missingWhereList, missingWhereList.messages.missing(eq.nameText));
  } else if (eq.variables.length === 0 && eq.notes.length === 0) {
    at(eq.positions.whereList.start.offset, emptyWhereList, emptyWhereList.messages.empty(eq.nameText));
  }
  return out;
}

/** Offset of the heading's name (after `#### ` and the number), for diagnostics about the name. */
export function headingNameOffset(eq: Equation, ctx: FileContext): number {
  const start = eq.positions.heading.start.offset;
  const line = ctx.lines.text.slice(start, eq.positions.heading.end.offset);
  const m = /^ {0,3}#{1,6}[ \t]*(?:\d{1,6}[.)]\s+)?/.exec(line);
  return start + (m ? m[0].length : 0);
}
