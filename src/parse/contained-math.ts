/**
 * Math inside a container (a blockquote or Obsidian callout, `> $$` / `> x = y` / `> $$`; a
 * list item or admonition): its source lines carry the container's markers, which are no part
 * of the formula. remark's node value has them removed; this maps each of its lines back to
 * the exact file characters it came from, so the LaTeX KaTeX sees is the author's formula and
 * every error still points at its character in the file.
 */
import type { MathSource } from '../types.js';
import { LITERAL_DOLLAR } from './dollars.js';

/**
 * The source of `value` (remark's math value, container markers removed) read from the file
 * range [from, to), one piece per line; null when the range's lines carry no marker (the
 * plain reading is exact) or when a value line is not the end of its source line.
 */
export function containedSource(text: string, from: number, to: number, value: string): MathSource | null {
  if (to - from < value.length) return null;
  // A span on one line has no container markers inside it, unless it is a one-line quoted display (bounded scan: a 6 MB line holds 100,000 spans).
  let multiline = false;
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) === 10) {
      multiline = true;
      break;
    }
  }
  if (!multiline && !text.slice(from, to).includes('>')) return null;
  const wanted = value.split('\n');
  const pieces: MathSource['map']['pieces'] = [];
  let latex = '';
  let marked = false;
  let ls = from;
  for (let k = 0; k < wanted.length; k++) {
    if (ls > to) return null;
    let le = text.indexOf('\n', ls);
    if (le < 0 || le > to) le = to;
    let contentEnd = le;
    if (text.charCodeAt(contentEnd - 1) === 13) contentEnd--;
    const line = wanted[k]!.replace(/\r$/, '');
    const at = contentEnd - line.length;
    if (at < ls || text.slice(at, contentEnd) !== line) return null;
    if (/\S/.test(text.slice(ls, at))) marked = true;
    if (k > 0) {
      // The line break before this line: the previous line's end in the file.
      const nl = text.lastIndexOf('\n', ls - 1);
      pieces.push({ at: latex.length, offset: nl, length: 1 });
      latex += '\n';
    }
    pieces.push({ at: latex.length, offset: at, length: line.length });
    latex += line;
    ls = le + 1;
  }
  if (!marked) return null;
  return trimSource({ latex: latex.includes(LITERAL_DOLLAR) ? latex.split(LITERAL_DOLLAR).join('$') : latex, map: { pieces: pieces.filter((p) => p.length > 0) } });
}

/** Leading and trailing whitespace cut from a source, its map cut with it. */
export function trimSource(src: MathSource): MathSource {
  const lead = src.latex.length - src.latex.trimStart().length;
  const end = src.latex.trimEnd().length;
  if (lead === 0 && end === src.latex.length) return src;
  const pieces: MathSource['map']['pieces'] = [];
  for (const p of src.map.pieces) {
    const a = Math.max(p.at, lead);
    const b = Math.min(p.at + p.length, end);
    if (b > a) pieces.push({ at: a - lead, offset: p.offset + (a - p.at), length: b - a });
  }
  return { latex: src.latex.slice(lead, end), map: { pieces } };
}

/** The part [a, b) of a source's LaTeX, its map cut with it. */
export function sliceSource(src: MathSource, a: number, b: number): MathSource {
  const pieces: MathSource['map']['pieces'] = [];
  for (const p of src.map.pieces) {
    const s = Math.max(p.at, a);
    const e = Math.min(p.at + p.length, b);
    if (e > s) pieces.push({ at: s - a, offset: p.offset + (s - p.at), length: e - s });
  }
  return trimSource({ latex: src.latex.slice(a, b), map: { pieces } });
}

/** A MyST ```` ```{math} ```` block's equations: its content split at blank lines, as MyST numbers them. */
export function splitAtBlankLines(src: MathSource): MathSource[] {
  const out: MathSource[] = [];
  const blank = /\n[ \t]*\n\s*/g;
  let from = 0;
  for (const m of src.latex.matchAll(blank)) {
    out.push(sliceSource(src, from, m.index));
    from = m.index + m[0].length;
  }
  out.push(sliceSource(src, from, src.latex.length));
  return out.filter((s) => s.latex.trim() !== '');
}
