/**
 * The prose glued to a display: the lines right after a closing `$$` in the same paragraph (no
 * blank line between), read like the paragraph after the display (trial 6, N5): "$\rho$ is the
 * resistivity of the material.", "for some positive constant $r$.", "$\rho$ è la resistività".
 * They run to the next display line of the paragraph or its end.
 */
import { mathsBetween } from './mdast-helpers.js';
import type { Line } from './paragraph-lines.js';
import { readAfterParagraph } from './prose-definitions.js';
import { namedAfter } from './prose-naming.js';
import { nextDisplayLine } from './section-inline-display.js';
import type { SectionReader } from './section-reader.js';

/**
 * Line `i` follows a display line of the same paragraph (`continuing`): its sentences, up to the
 * next display line (or `pEnd`), that define the formula's symbols. Returns the index of the
 * line to read next (the next display line, or the paragraph's line count), or -1 when nothing
 * was defined (the lines are then read as usual).
 */
export function readGluedLines(r: SectionReader, lines: Line[], i: number, continuing: boolean, pEnd: number): number {
  if (!continuing || i === 0 || r.mode !== 'after' || r.current.length === 0) return -1;
  const line = lines[i]!;
  // "detta ==resistenza elettrica==.": the name of the formula's left-hand side (N6).
  const name = r.current.length === 1 ? namedAfter(r.ctx.text.slice(line.start, line.end), r.current[0]!.math, r.lines.span(line.start, line.end), r.previousSlug) : null;
  if (name) {
    r.define({ variables: [name] }, line.start, line.end, []);
    r.mode = 'none';
    return i + 1;
  }
  const next = nextDisplayLine(r, lines, i + 1);
  const end = next < 0 ? pEnd : lines[next - 1]!.end;
  const read = readAfterParagraph(lines[i]!.start, end, r.currentFormula(), r.ctx, r.lines, r.previousSlug);
  if (read.variables.length === 0) return -1;
  const from = read.used[0]?.start ?? lines[i]!.start;
  const to = read.used[read.used.length - 1]?.end ?? lines[i]!.start;
  r.define({ variables: read.variables }, from, to, read.defining.flatMap((x) => mathsBetween(r.ctx, x.start, x.end)));
  r.mode = 'none';
  return next < 0 ? lines.length : next;
}
