/**
 * Definitions written inside the display, on rows after the formula (issue 24, trial 3, H11), a
 * Typora habit:
 *
 *     $$
 *     \mathbb{E}[X] = \sum_{i=1}^n x_i \mathbb{P}(x_i)
 *     \\ x_i \text{ is the i-th value of } X
 *     \\ \mathbb{P}(x_i) \text{ is the probability that } X = x_i
 *     $$
 *
 * A row after the first (rows are split at `\\` outside braces and environments; a leading
 * `\text{where}` is skipped) defines its leading math when a `\text{…}` right after it starts
 * with "is", "are", "denotes", "represents", "means" or a colon, or when the row is
 * `symbol = \text{two or more words}` (`f_X = \text{probability density function}`); parts of a
 * row set apart by `\quad` are read one by one. The description is the row's text, its math
 * kept as `$…$`. The formula's LaTeX is unchanged: the rows stay on the page as written.
 */
import type { MathSource, Span, Variable } from '../types.js';
import { fileOffsetOf, type LineIndex } from '../diagnostics/positions.js';
import { definitionFrom } from './definitions.js';
import { isCompound } from './latex-split.js';

interface Row {
  start: number;
  end: number;
}

/** Rows of a display: `[start, end)` ranges between top-level `\\` (not inside braces or an environment). */
function rows(latex: string): Row[] {
  const out: Row[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < latex.length; i++) {
    const c = latex[i]!;
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === '\\') {
      if (latex.startsWith('\\begin', i)) depth++;
      else if (latex.startsWith('\\end', i)) depth = Math.max(0, depth - 1);
      else if (latex[i + 1] === '\\' && depth === 0) {
        out.push({ start: from, end: i });
        from = i + 2;
      }
      i++;
    }
  }
  out.push({ start: from, end: latex.length });
  return out;
}

/** A row's parts between top-level `\\quad`s (`w \\text{ is …}, \\quad b \\text{ is …}`: two definitions on one row). */
function parts(latex: string, row: Row): Row[] {
  const out: Row[] = [];
  let depth = 0;
  let from = row.start;
  for (let i = row.start; i < row.end; i++) {
    const c = latex[i]!;
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === '\\') {
      const quad = /^\\q?quad(?![A-Za-z])/.exec(latex.slice(i, i + 7));
      if (quad && depth === 0) {
        // A comma before the space ends the part before it.
        let e = i;
        while (e > from && /[\s,]/.test(latex[e - 1]!)) e--;
        out.push({ start: from, end: e });
        from = i + quad[0].length;
        i = from - 1;
        continue;
      }
      i++;
    }
  }
  out.push({ start: from, end: row.end });
  return out;
}

const VERB = /^\s*(?:is|are|denotes|represents|means|:)(?=[\s:]|$)\s*:?\s*/i;
const TEXT = /\\(?:text|textrm|mathrm|textnormal)\s*\{([^{}]*)\}/g;

/** A row's LaTeX after its symbol as a markdown description: `\text{…}` as words, the rest as `$…$`. */
function describe(rest: string): string {
  let out = '';
  let at = 0;
  for (const m of rest.matchAll(TEXT)) {
    const math = rest.slice(at, m.index).trim();
    if (math) out += ` $${math}$ `;
    out += m[1];
    at = m.index + m[0].length;
  }
  const math = rest.slice(at).trim();
  if (math) out += ` $${math}$`;
  return out.replace(/\s+/g, ' ').trim();
}

/** The symbol's LaTeX and the description of one row, or null when the row defines nothing. */
function readRow(row: string): { symbol: string; at: number; description: string } | null {
  // `\\ \text{where } x_i \text{ is …}`: the where-word leads the row.
  const where = /^\s*\\(?:text|textrm|mathrm|textnormal)\s*\{\s*(?:where|with|and)\s*,?\s*\}\s*,?/i.exec(row);
  const skip = where ? where[0].length : 0;
  const text = row.slice(skip);
  const open = text.search(/\\(?:text|textrm|mathrm|textnormal)\s*\{/);
  if (open <= 0) return null;
  let head = text.slice(0, open);
  const lead = head.length - head.trimStart().length;
  head = head.trim();
  const rest = text.slice(open);
  const first = /^\\(?:text|textrm|mathrm|textnormal)\s*\{([^{}]*)\}/.exec(rest);
  if (!first) return null;
  const equals = /^(.*?)\s*=$/.exec(head);
  if (equals) {
    // `f_X = \text{probability density function}`: a name in words, the whole right-hand side.
    const words = first[1]!.trim().split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
    if (rest.trim() !== first[0] || words.length < 2) return null;
    head = equals[1]!.trim();
    if (!head || isCompound(head) || /[=<>]/.test(head)) return null;
    return { symbol: head, at: skip + lead, description: first[1]!.trim() };
  }
  const verb = VERB.exec(first[1]!);
  if (!verb || isCompound(head) || /[=<>]/.test(head)) return null;
  const description = describe(`\\text{${first[1]!.slice(verb[0].length)}}${rest.slice(first[0].length)}`);
  return /\p{L}/u.test(description) ? { symbol: head, at: skip + lead, description } : null;
}

/** The definitions a display writes on its rows after the formula (none when its first row is one). */
export function displayRowDefinitions(math: MathSource, lines: LineIndex, previousSlug: string | null): Variable[] {
  const { latex } = math;
  if (!latex.includes('\\\\') || !/\\(?:text|textrm|mathrm|textnormal)\s*\{/.test(latex)) return [];
  const all = rows(latex);
  if (all.length < 2 || readRow(latex.slice(all[0]!.start, all[0]!.end))) return [];
  const out: Variable[] = [];
  for (const row of all.slice(1).flatMap((r) => parts(latex, r))) {
    const read = readRow(latex.slice(row.start, row.end));
    if (!read) continue;
    const at = row.start + read.at;
    const offset = fileOffsetOf(math.map, at);
    const source: MathSource = { latex: read.symbol, map: { pieces: [{ at: 0, offset, length: read.symbol.length }] } };
    const position: Span = lines.span(offset, fileOffsetOf(math.map, row.end));
    const item = `$${read.symbol}$ ${read.description}`;
    const variable = definitionFrom([source], read.description, item, position, previousSlug);
    if ('symbols' in variable) out.push(variable);
  }
  return out;
}
