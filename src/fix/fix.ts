/**
 * `check --fix`: edits to a markdown file, the way a careful author would make them, and nothing else.
 *
 * - `markdown-escape-in-math`: the stray backslash goes (`\*` → `*`, `\_` → `_`, `\left\[` → `\left[`),
 *   exactly where the rule reports it.
 * - borrowed meanings (src/borrow/borrow.ts) become where-list items, after the list's last item, in
 *   its style (indentation, bullet or next number, separator); symbols borrowed from one source item
 *   share one new item (`$W_{xh}$, $W_{hh}$ are weight matrices`).
 * - with `delimiters`, a `$$…$$` or `\[…\]` equation becomes the format's `$…$` (only the
 *   delimiters and the whitespace between them and the formula change).
 * - with `proseDefinitions`, definitions read from prose become a where-list (./prose-items.ts).
 *
 * Edits never overlap and every byte outside them is kept (line endings, trailing spaces). Pure:
 * records and text in, edits out. The rounds (parse, check, edit, until nothing is left to fix) are
 * src/pipeline/fix.ts, which runs the pipeline's own composition of the stages on each round's text.
 */
import type { Collection, Diagnostic, Equation, Variable } from '../types.js';
import { LineIndex } from '../diagnostics/positions.js';
import { markdownEscapeInMath } from '../rules/markdown-escape-in-math.js';

export type FixKind = 'escape' | 'where-item' | 'delimiter' | 'prose-item' | 'reference';

export interface FixEdit {
  /** Offsets in the text the edit applies to, `end` exclusive. */
  start: number;
  end: number;
  text: string;
  kind: FixKind;
  equation: string | null;
}

/** A where-list item the fix added, for review. */
export interface AddedItem {
  equation: string;
  symbols: string[];
  description: string;
  /** Slug of the equation the meaning comes from. */
  from: string;
  confidence: number;
  /** The added line as written (without its line ending). */
  text: string;
}

export interface FixOptions {
  delimiters?: boolean;
  /** Prose definitions become where-lists (./prose-items.ts). */
  proseDefinitions?: boolean;
  /** Bare mentions of an equation ("Equation 17", "see the Adam Optimizer") become references (references.ts). */
  references?: boolean;
}

export interface FixResult {
  text: string;
  added: AddedItem[];
  counts: Record<FixKind, number>;
  /** Every edit made, in the coordinates of the original text, sorted: applying them to it gives `text`. */
  edits: FixEdit[];
}

/** Maps an offset of the text after `edits` (original coordinates, sorted, applied) back to the original. */
export function toOriginal(edits: FixEdit[], at: number): number {
  let shift = 0;
  for (const e of edits) {
    const newStart = e.start + shift;
    const newEnd = newStart + e.text.length;
    if (at < newStart) break;
    if (at < newEnd) return e.start; // inside an earlier edit's text: not expected for new edits
    shift += e.text.length - (e.end - e.start);
  }
  return at - shift;
}

const BRACKET = /^\\(left|right|big|Big|bigg|Bigg)\\[[\]]/;

/** Deletes the backslash each `markdown-escape-in-math` diagnostic (of `text`) points at. */
export function escapeEdits(text: string, diagnostics: readonly Diagnostic[]): FixEdit[] {
  const lines = new LineIndex(text);
  const out: FixEdit[] = [];
  for (const d of diagnostics) {
    if (d.ruleId !== markdownEscapeInMath.id) continue;
    const at = lines.lineStart(d.line) + d.column - 1;
    const rest = text.slice(at, at + 12);
    let del = -1;
    if (rest.startsWith('\\*') || rest.startsWith('\\_')) del = at;
    else {
      const m = BRACKET.exec(rest);
      if (m) del = at + m[0].length - 2;
    }
    if (del >= 0) out.push({ start: del, end: del + 1, text: '', kind: 'escape', equation: d.equation });
  }
  return out;
}

/** `$$…$$` and `\[…\]` equations as `$…$`: the opening and closing delimiters (with the whitespace inside them) replaced. */
export function delimiterEdits(text: string, collection: Collection): FixEdit[] {
  const out: FixEdit[] = [];
  for (const eq of collection.equations) {
    const span = eq.positions.equation;
    if (!span || (eq.display !== 'double-dollar' && eq.display !== 'bracket')) continue;
    // The reader's span of a one-line `\[ … \]` can sit one character inside the delimiters.
    let start = span.start.offset;
    let end = span.end.offset;
    const opens = (at: number) => text.startsWith('$$', at) || text.startsWith('\\[', at);
    const closes = (at: number) => text.startsWith('$$', at - 2) || text.startsWith('\\]', at - 2);
    if (!opens(start) && opens(start - 1)) start--;
    if (!closes(end) && closes(end + 1)) end++;
    // `$$a$$$$b$$` (two displays glued on a line): as `$a$$b$` they would read as one `$$` span.
    if (text[start - 1] === '$' || text[end] === '$') continue;
    // `$…$` right under a line of prose in the same paragraph (a flashcard's `?`) is inline math: keep `$$`.
    if (eq.display === 'double-dollar' && underProse(text, start)) continue;
    const src = text.slice(start, end);
    const m = /^(\$\$|\\\[)(\s*)([\s\S]*?)(\s*)(\$\$|\\\])$/.exec(src);
    if (!m) continue;
    const body = m[3] ?? '';
    // A blank line or a dollar inside would end or split the `$…$` form.
    if (!body.trim() || /\n[ \t]*\r?\n|\r[ \t]*\r|\$/.test(body)) continue;
    const open = (m[1] ?? '').length + (m[2] ?? '').length;
    const close = (m[4] ?? '').length + (m[5] ?? '').length;
    out.push({ start, end: start + open, text: '$', kind: 'delimiter', equation: eq.slug });
    out.push({ start: end - close, end, text: '$', kind: 'delimiter', equation: eq.slug });
  }
  return out;
}

/** True when the line before `at`'s line is prose of the same paragraph (not blank, a heading, a colon's end or math). */
function underProse(text: string, at: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
  if (text.slice(lineStart, at).trim() !== '' || lineStart === 0) return false;
  const before = text.slice(0, lineStart).replace(/\r?\n$|\r$/, '');
  const previous = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1);
  return previous.trim() === '?';
}

const SEPARATOR = /^\s*(?:\*\*)?\$[^$]*\$(?:\*\*)?(?:\s*(?:,|and|, and)\s*(?:\*\*)?\$[^$]*\$(?:\*\*)?)*(\s*(?:is|are|denotes|represents|stands for|means)\s+|\s*(?::=|=|:|—|–|-)\s*)/;

/** How an item separates its symbols from the description: a verb (`is`/`are`) or a mark (` — `, `: `). */
function separatorOf(item: string): { verb: boolean; text: string } | null {
  const m = SEPARATOR.exec(item);
  const sep = m?.[1];
  if (sep === undefined) return null;
  return { verb: /[a-z]/.test(sep), text: sep };
}

interface ListStyle {
  /** Where the new lines go: the end of the last item's line. */
  at: number;
  eol: string;
  indent: string;
  marker: (k: number) => string;
  gap: string;
  sep: { verb: boolean; text: string };
}

function listStyle(text: string, eq: Equation): ListStyle | null {
  const last = eq.variables[eq.variables.length - 1];
  const first = eq.variables[0];
  // A where-list past its bound (parse/where-bounds.ts) goes on after its last definition kept: nothing is added to it.
  if (!last || !first || eq.overflowMath) return null;
  const lines = new LineIndex(text);
  const lineStart = lines.lineStart(lines.point(last.position.start.offset).line);
  let end = Math.max(last.position.end.offset, last.position.start.offset + 1);
  while (end > lineStart && /[\r\n]/.test(text[end - 1] ?? '')) end--;
  let at = end;
  while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
  const line = text.slice(lineStart, at);
  const m = /^([ \t>]*)([-*+]|(\d+)([.)]))([ \t]+)/.exec(line);
  if (!m) return null;
  const eolMatch = /\r\n|\n|\r/.exec(text.slice(at)) ?? /\r\n|\n|\r/.exec(text);
  const sep = separatorOf(first.item) ?? separatorOf(last.item);
  if (!sep) return null;
  const num = m[3];
  const marker = num !== undefined ? (k: number) => `${Number(num) + k + 1}${m[4]}` : () => m[2] as string;
  return { at, eol: eolMatch?.[0] ?? '\n', indent: m[1] ?? '', marker, gap: m[5] ?? ' ', sep };
}

/** One new item per source item, in the list's style; null when the list has no style to follow. */
export function whereItemEdits(text: string, collection: Collection): { edits: FixEdit[]; added: AddedItem[] } {
  const edits: FixEdit[] = [];
  const added: AddedItem[] = [];
  const bySlug = new Map(collection.equations.map((e) => [e.slug, e]));
  for (const eq of collection.equations) {
    const borrowed = eq.borrowed ?? [];
    if (borrowed.length === 0) continue;
    const style = listStyle(text, eq);
    if (!style) continue;
    const groups = new Map<string, typeof borrowed>();
    for (const b of borrowed) {
      const id = `${b.from}#${b.fromItem}`;
      groups.set(id, [...(groups.get(id) ?? []), b]);
    }
    let insert = '';
    let k = 0;
    for (const group of groups.values()) {
      const head = group[0];
      if (!head) continue;
      const source: Variable | undefined = bySlug.get(head.from)?.variables[head.fromItem];
      const math = group.map((b) => `$${b.symbol}$`).join(', ');
      let sep = style.sep.text;
      if (style.sep.verb) {
        const sourceSep = source ? separatorOf(source.item) : null;
        const plural = group.length > 1 || (source !== undefined && source.symbols.length === 1 && /\bare\b/.test(sourceSep?.text ?? ''));
        sep = plural ? ' are ' : ' is ';
        // "$W_{xh}$ is weight matrices": a meaning written for several symbols does not fit one.
        if (!plural && source && source.symbols.length > 1 && /\bare\b/.test(sourceSep?.text ?? '')) continue;
      }
      const line = `${style.indent}${style.marker(k)}${style.gap}${math}${sep}${head.description}`;
      k++;
      insert += style.eol + line;
      added.push({ equation: eq.slug, symbols: group.map((b) => b.symbol), description: head.description, from: head.from, confidence: Math.min(...group.map((b) => b.confidence)), text: line });
    }
    if (insert) edits.push({ start: style.at, end: style.at, text: insert, kind: 'where-item', equation: eq.slug });
  }
  return { edits, added };
}

/** Applies non-overlapping edits (overlapping later ones are dropped). */
export function applyEdits(text: string, edits: FixEdit[]): { text: string; applied: FixEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: FixEdit[] = [];
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
    applied.push(e);
  }
  return { text: out + text.slice(pos), applied };
}
