/**
 * Sections that present no formula, after the first equation (trial 4, K18): what the author wrote
 * there reaches the site as the content of an equation (`Equation.content`), with its heading.
 * (Those before the first equation are the collection's introduction, parse.ts.)
 */
import type { Equation, Span } from '../types.js';
import type { ParsedChunk } from './records.js';

/**
 * A section after the first equation that presents none is kept, under its own heading (trial 4,
 * K18: it reached no page): a group heading's text ("## Losses", then `###` sections with
 * equations) opens the group's first equation; any other ("Problem solving", "Summary") follows
 * the equation before it.
 */
export function keepSectionsWithoutEquations(parsed: ParsedChunk[], from: number, equations: Equation[], textEnd: number, blockOf: (start: number, end: number) => { markdown: string; position: Span }): void {
  for (let i = from + 1; i < parsed.length; i++) {
    const { chunk, section } = parsed[i]!;
    if (chunk.headingLevel === 0 || (section?.drafts.length ?? 0) > 0) continue;
    const { markdown, position } = blockOf(chunk.offset, parsed[i + 1]?.chunk.offset ?? textEnd);
    if (!markdown) continue;
    // Its subsections, up to the next heading at its level or above: the first that presents a formula.
    let group: ParsedChunk | undefined;
    for (let j = i + 1; j < parsed.length && parsed[j]!.chunk.headingLevel > chunk.headingLevel; j++) {
      if ((parsed[j]!.section?.drafts.length ?? 0) > 0) {
        group = parsed[j];
        break;
      }
    }
    const first = group ? equations[firstStartingAtOrAfter(equations, group.chunk.offset)] : undefined;
    if (first) (first.content ??= []).unshift({ markdown, place: 'before', position });
    else {
      const before = equations[firstStartingAtOrAfter(equations, chunk.offset) - 1];
      if (before) (before.content ??= []).push({ markdown, place: 'after', position });
    }
  }
}

/** The index of the first of `equations` (in source order) whose heading starts at or after `offset`. */
function firstStartingAtOrAfter(equations: Equation[], offset: number): number {
  let lo = 0;
  let hi = equations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (equations[mid]!.positions.heading.start.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
