/**
 * Structure rules over one equation record: a missing or empty where-list, a heading level
 * other than the document's own, and display delimiters where the document otherwise writes
 * `$...$`. (A numbered `####` heading with no equation is found by the parser.) A document is
 * held to its own conventions: one that writes every equation under `###` with `$$` is fine.
 */
import type { DisplayForm, Diagnostic, Equation } from '../types.js';
import type { FileContext } from '../diagnostics/diagnostic.js';
import { checkHeadingLevel } from './heading-level.js';
import { checkDisplayDelimiters } from './display-delimiters.js';
import { checkMissingWhereList } from './missing-where-list.js';
import { checkEmptyWhereList } from './empty-where-list.js';

export interface DocumentStyle {
  /** The heading level of most equations (ties: 4, the format's level). */
  level: number;
  /** The display form of most equations. */
  display: DisplayForm;
  /** Some equation of the document's level is numbered by its heading (`#### 17. Name`). */
  numbered: boolean;
}

function mostCommon<T>(values: T[], preferred: T): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = preferred;
  let bestCount = counts.get(preferred) ?? 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}

/** `sectionNumbers`: the document's heading numbers number sections, not equations (Collection.headingNumbers). */
export function documentStyle(equations: Equation[], sectionNumbers = false): DocumentStyle {
  // Counted per heading: a section's several equations share one.
  const level = mostCommon([...new Map(equations.map((e) => [e.positions.heading.start.offset, e.headingLevel])).values()], 4);
  return {
    level,
    numbered: !sectionNumbers && equations.some((e) => e.headingLevel === level && e.number !== null),
    // A formula table's cells hold inline math whatever the document writes: they do not vote.
    display: mostCommon(equations.filter((e) => e.display !== 'table').map((e): DisplayForm => (e.display === 'dollar-lines' ? 'dollar' : e.display)), 'dollar'),
  };
}

/** `headingsSeen`: headings already checked (a section's several equations share one heading). Each rule's check is in its own file. */
/** `symbols`: the symbols `missing-where-list` names, asked for only when it applies. */
export function checkStructure(eq: Equation, style: DocumentStyle, headingsSeen: Set<number>, ctx: FileContext, symbols?: () => string[]): Diagnostic[] {
  const heading = eq.positions.heading.start.offset;
  const firstUnderHeading = !headingsSeen.has(heading);
  headingsSeen.add(heading);
  const found = [
    firstUnderHeading ? checkHeadingLevel(eq, style.level, style.numbered, ctx) : null,
    checkDisplayDelimiters(eq, style.display, ctx),
    checkMissingWhereList(eq, ctx, symbols),
    checkEmptyWhereList(eq, ctx),
  ];
  return found.filter((d): d is Diagnostic => d !== null);
}

/** Offset of the heading's name (after `#### ` and the number), for diagnostics about the name. */
export function headingNameOffset(eq: Equation, ctx: FileContext): number {
  const start = eq.positions.heading.start.offset;
  const line = ctx.lines.text.slice(start, eq.positions.heading.end.offset);
  const m = /^ {0,3}#{1,6}[ \t]*(?:\d{1,6}[.)]\s+)?/.exec(line);
  return start + (m ? m[0].length : 0);
}
