/**
 * Structure rules over one equation record: a heading with no equation, a missing or empty
 * where-list, a heading level other than the format's 4, and display delimiters where the
 * format asks for `$...$`.
 */
import type { Diagnostic, Equation } from '../../types.js';
import { diagnosticAt, type FileContext } from '../../diagnostics/diagnostic.js';

export function checkStructure(eq: Equation, ctx: FileContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (offset: number, severity: Diagnostic['severity'], ruleId: string, message: string): void => {
    out.push(diagnosticAt(ctx, offset, severity, ruleId, message, eq.slug));
  };
  const heading = eq.positions.heading.start.offset;
  const nameColumn = headingNameOffset(eq, ctx);
  if (!eq.latex.trim()) {
    at(nameColumn, 'error', 'heading-without-equation', `"${eq.nameText}" has no equation: put its LaTeX between dollar signs on the line after the heading`);
    return out;
  }
  if (eq.headingLevel !== 4) {
    at(heading, 'warning', 'heading-level', `Equation headings are level 4 (\`####\`); this one is level ${eq.headingLevel}`);
  }
  if (eq.display === 'bracket' || eq.display === 'double-dollar') {
    const form = eq.display === 'bracket' ? '\\[...\\]' : '$$...$$';
    at(eq.positions.equation?.start.offset ?? heading, 'info', 'display-delimiters', `The format writes equations as $...$; this one uses ${form} (it renders the same)`);
  }
  if (!eq.positions.whereList) {
    at(eq.positions.equation?.end.offset ?? heading, 'warning', 'missing-where-list', `"${eq.nameText}" has no "where:" list: add one defining each symbol of the equation`);
  } else if (eq.variables.length === 0 && eq.notes.length === 0) {
    at(eq.positions.whereList.start.offset, 'warning', 'empty-where-list', `The "where:" list of "${eq.nameText}" is empty: add an item per symbol, e.g. "- $x$ is the input"`);
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
