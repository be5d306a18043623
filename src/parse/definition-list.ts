/**
 * Definition lists after a formula (pandoc, MkDocs `def_list`, kramdown, MyST `deflist`): a term
 * that is only math, then its definition on lines that start with `:` (or pandoc's `~`):
 *
 *     $v$
 *     :   the speed
 *
 *     $d$
 *     :   the distance travelled
 *
 * CommonMark has no definition lists, so the reader sees paragraphs: this reads the terms and
 * their definitions from the source of consecutive paragraphs. Compact items (no blank line
 * between them), a blank line between a term and its definition (pandoc's loose form), several
 * definitions of one term (joined with "; ") and lazy continuation lines are read. A term that is
 * not only math (a word glossary) makes the paragraph no definition list.
 */
import type { Nodes } from 'mdast';
import type { Note, Variable } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { endOf, markdownSlice, mathsBetween, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { definitionFrom } from './definitions.js';

/** A definition line's marker: `:` or `~` then spaces, indented up to three spaces. */
const MARKER = /^[ \t]{0,3}[:~][ \t]+(?=\S)/;
/** What a term may hold besides its math: separators between several symbols, bold markers. */
const TERM_FILL = /^(?:[\s,;*_]|\band\b)*$/;

interface SourceLine {
  start: number;
  end: number;
}

export interface Entry {
  termStart: number;
  termEnd: number;
  /** Each definition of the term: from after its marker to its end. */
  definitions: Array<{ start: number; end: number }>;
}

export interface DefinitionListRead {
  variables: Variable[];
  notes: Note[];
  maths: Nodes[];
}

function linesOf(start: number, end: number, text: string): SourceLine[] {
  const out: SourceLine[] = [];
  for (let s = start; s < end; ) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > end) e = end;
    out.push({ start: s, end: e });
    s = e + 1;
  }
  return out;
}

const isMarker = (line: SourceLine, text: string): boolean => MARKER.test(text.slice(line.start, line.end));

/** A term line: only math, with separators (`$a$, $b$`), nothing else. */
function isMathTerm(line: SourceLine, ctx: ChunkContext): boolean {
  const maths = mathsBetween(ctx, line.start, line.end);
  if (maths.length === 0 || maths.some((m) => m.type !== 'inlineMath')) return false;
  let outside = '';
  let at = line.start;
  for (const m of maths) {
    outside += ctx.text.slice(at, startOf(m, ctx));
    at = endOf(m, ctx);
  }
  return TERM_FILL.test(outside + ctx.text.slice(at, line.end));
}

/**
 * The entries of the paragraphs `blocks[from…]` that form a definition list, and how many
 * paragraphs they take; null when `blocks[from]` does not start one.
 */
function entriesOf(blocks: Nodes[], from: number, ctx: ChunkContext): { entries: Entry[]; taken: number } | null {
  const entries: Entry[] = [];
  let taken = 0;
  for (let k = from; k < blocks.length; k++) {
    const node = blocks[k]!;
    if (node.type !== 'paragraph') break;
    const lines = linesOf(startOf(node, ctx), endOf(node, ctx), ctx.text);
    const next = blocks[k + 1];
    const nextStartsDefinition = next?.type === 'paragraph' && isMarker({ start: startOf(next, ctx), end: endOf(next, ctx) }, ctx.text);
    const read: Entry[] = [];
    /** The entry whose definition the next lazy line continues. */
    let open: Entry | undefined;
    let ok = true;
    for (let i = 0; i < lines.length && ok; i++) {
      const line = lines[i]!;
      if (isMarker(line, ctx.text)) {
        // A definition: of the term just read, or (loose form) of the last term of the paragraphs before.
        open = read[read.length - 1] ?? (k > from ? entries[entries.length - 1] : undefined);
        if (!open) ok = false;
        else open.definitions.push({ start: line.start + MARKER.exec(ctx.text.slice(line.start, line.end))![0].length, end: line.end });
        continue;
      }
      const followed = i + 1 < lines.length ? isMarker(lines[i + 1]!, ctx.text) : nextStartsDefinition;
      if (followed) {
        if (!isMathTerm(line, ctx)) ok = false;
        else read.push({ termStart: line.start, termEnd: line.end, definitions: [] });
        open = undefined;
        continue;
      }
      // A lazy continuation of the definition before, in the same paragraph; any other line is not a definition list's.
      if (!open) ok = false;
      else open.definitions[open.definitions.length - 1]!.end = line.end;
    }
    // A term must get its definition (the loose form's comes in the next paragraph).
    const waiting = read[read.length - 1];
    if (!ok || (waiting && waiting.definitions.length === 0 && !nextStartsDefinition)) break;
    entries.push(...read);
    taken++;
  }
  return taken > 0 && entries.length > 0 && entries.every((e) => e.definitions.length > 0) ? { entries, taken } : null;
}

/** A definition list's entries, found at `blocks[from]` (definitionListAt). */
export interface DefinitionListFound {
  entries: Entry[];
  /** How many blocks it takes. */
  taken: number;
  start: number;
  end: number;
}

/** The definition list whose terms are math starting at `blocks[from]`, or null. */
export function definitionListAt(blocks: Nodes[], from: number, ctx: ChunkContext): DefinitionListFound | null {
  const found = entriesOf(blocks, from, ctx);
  if (!found) return null;
  return { ...found, start: startOf(blocks[from]!, ctx), end: endOf(blocks[from + found.taken - 1]!, ctx) };
}

/**
 * The definitions of a definition list, or null when it defines nothing. `uses`: when given,
 * every term's symbols must pass it (a list that is not introduced as a where-list must define the formula's symbols).
 */
export function readDefinitionList(found: DefinitionListFound, ctx: ChunkContext, lines: LineIndex, previousSlug: string | null, uses?: (symbol: string) => boolean): DefinitionListRead | null {
  const variables: Variable[] = [];
  const notes: Note[] = [];
  for (const entry of found.entries) {
    const termMaths = mathsBetween(ctx, entry.termStart, entry.termEnd);
    const defEnd = entry.definitions[entry.definitions.length - 1]!.end;
    const defMaths = mathsBetween(ctx, entry.definitions[0]!.start, defEnd);
    const description = entry.definitions.map((d) => markdownSlice(d.start, d.end, defMaths, ctx).replace(/\n[ \t]+/g, '\n')).join('; ');
    const term = markdownSlice(entry.termStart, entry.termEnd, termMaths, ctx);
    const read = definitionFrom(termMaths.map((m) => mathSourceOf(m, ctx)), description, `${term}: ${description}`, lines.span(entry.termStart, defEnd), previousSlug);
    if ('symbols' in read) {
      if (uses && !read.symbols.every(uses)) return null;
      variables.push(read);
    } else notes.push(read);
  }
  if (variables.length === 0) return null;
  return { variables, notes, maths: mathsBetween(ctx, found.start, found.end) };
}
