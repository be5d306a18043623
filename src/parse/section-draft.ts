/**
 * What a section's reading produces: an equation draft per formula the section presents (the
 * record before the file-level pass gives it a slug and number), and joining several display
 * pieces into one formula.
 */
import type { ContentBlock, DisplayForm, MathSource, Note, Span, Variable } from '../types.js';
import type { HeadingRead } from './heading.js';

export interface EquationDraft {
  headingLevel: number;
  /** The section heading's number, for the section's first record. */
  headingNumber: number | null;
  name: string;
  nameText: string;
  nameOffset: number;
  /** Set when the name is the heading's with this record's ordinal in its section, "Name (2)": no name the author wrote. */
  ordinalName?: number;
  /** An explicit `{#id}` (the section's first record only). */
  id: string | null;
  /** The formula's own label (`\\label`, MyST, Quarto…), made URL-safe: references resolve by it even where a heading's `{#id}` names the URL. */
  label: string | null;
  /** The formula's other labels as ids (a `\label` on each row of an `align`). */
  otherLabels: string[];
  math: MathSource;
  display: DisplayForm;
  variables: Variable[];
  notes: Note[];
  inlineMath: MathSource[];
  positions: { heading: Span; equation: Span; whereList: Span | null };
  /** Offsets of where-list items written without any math. */
  itemsWithoutMath: number[];
  /** Starts a run of its own (runs.ts): the first formula under an outline page's heading bullet (list-formulas.ts). */
  newRun?: boolean;
  /** The section's other content that belongs to this equation (section-content.ts). */
  content: ContentBlock[];
}

export interface SectionRead {
  heading: HeadingRead;
  drafts: EquationDraft[];
  /** The heading is only a formula, the first draft (formula-heading.ts): records.ts names the drafts by the heading above. */
  formulaHeading?: true;
}

/** Equations one section makes at most (a flood of display blocks under one heading is not a reference). */
export const MAX_EQUATIONS_PER_SECTION = 200;

/** Joins several math pieces into one LaTeX string (a `gathered` block) with an exact offset map. */
export function joinMath(pieces: MathSource[]): MathSource {
  if (pieces.length === 1) return pieces[0]!;
  let latex = '\\begin{gathered}';
  const map: MathSource['map'] = { pieces: [] };
  let macroError: MathSource['macroError'];
  pieces.forEach((p, i) => {
    if (i > 0) latex += ' \\\\\n';
    for (const piece of p.map.pieces) map.pieces.push({ at: latex.length + piece.at, offset: piece.offset, length: piece.length });
    if (p.macroError && !macroError) macroError = { at: latex.length + p.macroError.at, message: p.macroError.message };
    latex += p.latex;
  });
  latex += '\\end{gathered}';
  return macroError ? { latex, map, macroError } : { latex, map };
}
