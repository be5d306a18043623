/**
 * One heading chunk → an equation draft: name, number, the equation's LaTeX (joined when the
 * source spread it over several `$...$` lines), and its where-list.
 */
import type { Heading, List, Nodes, Root } from 'mdast';
import type { DisplayForm, MathSource, Note, Span, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, inlineMaths, isMathOnly, isWhereLine, markdownSlice, mathSourceOf, paragraphLines, plainText, startOf, type ChunkContext } from './mdast-helpers.js';
import { parseWhereItems } from './where-items.js';

export interface EquationDraft {
  headingLevel: number;
  number: number | null;
  name: string;
  nameText: string;
  math: MathSource | null;
  display: DisplayForm;
  variables: Variable[];
  notes: Note[];
  inlineMath: MathSource[];
  positions: { heading: Span; equation: Span | null; whereList: Span | null };
  /** Offset of the name's first character (after the number), for diagnostics about the name. */
  nameOffset: number;
  /** Offsets of where-list items written without any math. */
  itemsWithoutMath: number[];
  /** True when a "where:" line was seen. */
  whereSeen: boolean;
}

const NUMBER = /^(\d{1,6})[.)]\s+/;

/** Reads the heading's name and number. */
export function readHeading(heading: Heading, ctx: ChunkContext): { number: number | null; name: string; nameText: string; nameOffset: number } {
  const start = startOf(heading, ctx);
  const end = endOf(heading, ctx);
  const raw = ctx.text.slice(start, end);
  const marks = /^ {0,3}#{1,6}[ \t]*/.exec(raw);
  let contentStart = start + (marks ? marks[0].length : 0);
  let contentEnd = start + raw.replace(/[ \t]+#+[ \t]*$/, '').replace(/\s+$/, '').length;
  let number: number | null = null;
  const numberMatch = NUMBER.exec(ctx.text.slice(contentStart, contentEnd));
  if (numberMatch) {
    number = Number(numberMatch[1]);
    contentStart += numberMatch[0].length;
  }
  if (contentEnd < contentStart) contentEnd = contentStart;
  const name = markdownSlice(contentStart, contentEnd, inlineMaths(heading), ctx);
  let nameText = plainText(heading).trim();
  if (number !== null) nameText = nameText.replace(NUMBER, '');
  return { number, name, nameText: nameText.replace(/\s+/g, ' ').trim(), nameOffset: contentStart };
}

/** Joins several math pieces into one LaTeX string (a `gathered` block) with an exact offset map. */
function joinMath(pieces: MathSource[]): MathSource {
  if (pieces.length === 1) return pieces[0]!;
  const open = '\\begin{gathered}';
  let latex = open;
  const map: MathSource['map'] = { pieces: [] };
  pieces.forEach((p, i) => {
    if (i > 0) latex += ' \\\\\n';
    for (const piece of p.map.pieces) map.pieces.push({ at: latex.length + piece.at, offset: piece.offset, length: piece.length });
    latex += p.latex;
  });
  latex += '\\end{gathered}';
  return { latex, map };
}

export function readEquationChunk(tree: Root, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null): EquationDraft | null {
  const heading = tree.children[0];
  if (!heading || heading.type !== 'heading') return null;
  const head = readHeading(heading, ctx);
  const draft: EquationDraft = {
    headingLevel: heading.depth,
    ...head,
    math: null,
    display: 'dollar',
    variables: [],
    notes: [],
    inlineMath: inlineMaths(heading).map((m) => mathSourceOf(m, ctx)),
    positions: { heading: lines.span(startOf(heading, ctx), endOf(heading, ctx)), equation: null, whereList: null },
    itemsWithoutMath: [],
    whereSeen: false,
  };
  const pieces: MathSource[] = [];
  let eqStart = -1;
  let eqEnd = -1;
  let display: DisplayForm = 'dollar';
  let stopEquation = false;
  let whereOffset = -1;
  const addPiece = (node: Nodes): void => {
    pieces.push(mathSourceOf(node, ctx));
    if (eqStart < 0) eqStart = startOf(node, ctx);
    eqEnd = endOf(node, ctx);
  };

  const rest = tree.children.slice(1);
  for (let k = 0; k < rest.length; k++) {
    const node = rest[k]!;
    if (node.type === 'thematicBreak' || node.type === 'html' && /^<!--/.test(node.value)) continue;
    if (node.type === 'math' && !stopEquation && !draft.whereSeen) {
      const at = startOf(node, ctx);
      const fenceAt = at + (ctx.text.slice(at, at + 8).length - ctx.text.slice(at, at + 8).trimStart().length);
      display = ctx.bracketDisplays.has(fenceAt) ? 'bracket' : 'double-dollar';
      addPiece(node);
      continue;
    }
    if (node.type === 'paragraph') {
      for (const line of paragraphLines(node)) {
        if (!draft.whereSeen && !stopEquation && isMathOnly(line)) {
          for (const item of line) {
            if (item.kind !== 'math') continue;
            const at = startOf(item.node as Nodes, ctx);
            if (ctx.bracketDisplays.has(at)) display = 'bracket';
            else if (ctx.dollarDisplays.has(at)) display = 'double-dollar';
            else if (ctx.text.startsWith('$$', at) && !ctx.parenInlines.has(at)) display = 'double-dollar';
            addPiece(item.node as Nodes);
          }
        } else if (isWhereLine(line)) {
          draft.whereSeen = true;
          whereOffset = startOf(node, ctx);
        } else {
          if (pieces.length > 0) stopEquation = true;
        }
      }
      continue;
    }
    if (node.type === 'list' && (draft.whereSeen || pieces.length > 0)) {
      // Switching bullet characters (`*` then `+`) starts a new list in CommonMark: read them all.
      const lists: List[] = [node];
      while (rest[k + 1]?.type === 'list') lists.push(rest[++k] as List);
      readWhereList(lists, draft, ctx, lines, previousSlug, whereOffset);
      break;
    }
    if (pieces.length > 0) stopEquation = true;
  }
  if (pieces.length > 0) {
    draft.math = joinMath(pieces);
    draft.display = pieces.length > 1 && display === 'dollar' ? 'dollar-lines' : display;
    draft.positions.equation = lines.span(eqStart, eqEnd);
  }
  if (draft.whereSeen && !draft.positions.whereList && whereOffset >= 0) {
    draft.positions.whereList = lines.span(whereOffset, whereOffset);
  }
  return draft;
}

function readWhereList(lists: List[], draft: EquationDraft, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null, whereOffset: number): void {
  for (const list of lists) {
    const parsed = parseWhereItems(list, ctx, lines, previousSlug);
    draft.variables.push(...parsed.variables);
    draft.notes.push(...parsed.notes);
    draft.itemsWithoutMath.push(...parsed.itemsWithoutMath);
    for (const m of inlineMaths(list)) draft.inlineMath.push(mathSourceOf(m, ctx));
  }
  const first = lists[0]!;
  const last = lists[lists.length - 1]!;
  draft.positions.whereList = lines.span(whereOffset >= 0 ? whereOffset : startOf(first, ctx), endOf(last, ctx));
}
