/**
 * A fast path for the markdown of ordinary equation chunks.
 *
 * micromark (under remark-parse) costs a few microseconds a character, which dominates a build
 * of thousands of equations. Equation chunks almost always use a tiny subset of markdown: an
 * ATX heading, `$...$` lines or a `$$` fence, "where:", and a bullet list of one-paragraph
 * items whose text has no markdown syntax besides math. For such a chunk this module builds
 * the same mdast (types, values and offsets) that remark-parse + remark-math would; for
 * anything else it returns null and the caller uses remark. tests/core/fast-markdown.test.ts
 * checks that both paths give identical records on every fixture, the seed and generated
 * documents.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text, ThematicBreak } from 'mdast';
import type { InlineMath, Math } from 'mdast-util-math';
import { withoutClosingSequence } from './heading.js';

interface Line {
  start: number;
  /** End of the line's content (before `\n`). */
  end: number;
  text: string;
}

/** Characters that start markdown syntax we do not handle outside math (CommonMark, no GFM: `~` and `|` are text). */
const SYNTAX = /[\\`*_[\]<>&]/;
const ATX = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
const BULLET = /^( {0,3})([-*+])( {1,4})(?=\S)/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BLOCK_START = /^ {0,3}(?:>|<|```|~~~|\d{1,9}[.)](?:[ \t]|$)|=+[ \t]*$|[-*+][ \t]*$)/;

function point(offset: number): { line: number; column: number; offset: number } {
  // Only offsets are read downstream; line/column are placeholders.
  return { line: 1, column: 1, offset };
}

function pos(start: number, end: number): { start: ReturnType<typeof point>; end: ReturnType<typeof point> } {
  return { start: point(start), end: point(end) };
}

/** The lines of a text as offsets (typed arrays: 6 MiB of blank lines made 6 million line objects, 900 MiB). */
class Lines {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  readonly length: number;

  constructor(private readonly text: string) {
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    let start = 0;
    for (let k = 0; k < n; k++) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      this.starts[k] = start;
      this.ends[k] = end;
      start = end + 1;
    }
    this.length = n;
  }

  at(k: number): Line {
    const start = this.starts[k]!;
    const end = this.ends[k]!;
    return { start, end, text: this.text.slice(start, end) };
  }
}

const isBlank = (s: string): boolean => /^[ \t]*$/.test(s);

// Line by line, not by regex: `/ {2,}\n/` and `/[ \t]*\n/` backtrack through every run of spaces
// (2,000 list items indented 2 more spaces each, 4 MB: 20 s).

/** Whether a line ends in two or more spaces before a line ending (a hard break). */
function hasHardBreak(raw: string): boolean {
  for (let i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1)) if (raw.charCodeAt(i - 1) === 32 && raw.charCodeAt(i - 2) === 32) return true;
  return false;
}

const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9;

/** Spaces and tabs around each line ending dropped (soft line breaks). */
function trimAroundLineEndings(raw: string): string {
  if (!raw.includes('\n')) return raw;
  return raw
    .split('\n')
    .map((line, k, all) => {
      let s = 0;
      let e = line.length;
      if (k > 0) while (s < e && isSpaceOrTab(line.charCodeAt(s))) s++;
      if (k < all.length - 1) while (e > s && isSpaceOrTab(line.charCodeAt(e - 1))) e--;
      return line.slice(s, e);
    })
    .join('\n');
}

/** Inline content of [start, end): text and `$`-math only, or null. */
function inline(text: string, start: number, end: number): PhrasingContent[] | null {
  const out: PhrasingContent[] = [];
  let textStart = start;
  const pushText = (from: number, to: number): boolean => {
    if (to <= from) return true;
    const raw = text.slice(from, to);
    if (SYNTAX.test(raw)) return false;
    // Soft line breaks: spaces around the line ending are dropped (a hard break needs 2+ spaces: not handled).
    if (hasHardBreak(raw)) return false;
    const value = trimAroundLineEndings(raw);
    out.push({ type: 'text', value, position: pos(from, to) } as Text);
    return true;
  };
  let i = start;
  while (i < end) {
    if (text.charCodeAt(i) !== 36) {
      i++;
      continue;
    }
    let n = 0;
    while (text.charCodeAt(i + n) === 36) n++;
    // Find a closing run of exactly n dollars.
    let j = i + n;
    let close = -1;
    while (j < end) {
      if (text.charCodeAt(j) === 36) {
        let m = 0;
        while (text.charCodeAt(j + m) === 36) m++;
        if (m === n) {
          close = j;
          break;
        }
        j += m;
      } else j++;
    }
    if (close < 0) {
      i += n;
      continue;
    }
    if (!pushText(textStart, i)) return null;
    let value = text.slice(i + n, close);
    if (value.length > 2 && /^[ \n]/.test(value) && /[ \n]$/.test(value) && !/^[ \n]*$/.test(value)) value = value.slice(1, -1);
    out.push({ type: 'inlineMath', value, position: pos(i, close + n) } as InlineMath);
    i = close + n;
    textStart = i;
  }
  if (!pushText(textStart, end)) return null;
  return out;
}

/**
 * A paragraph whose content is [start, end) and whose last line ends at `lineEnd`: micromark ends
 * every block at the end of its last line, spaces after the content included, while its inline
 * content stops at the last character that is not a space (the text `p ` is a paragraph of two
 * characters around a text of one).
 */
function paragraph(text: string, start: number, end: number, lineEnd: number): Paragraph | null {
  const children = inline(text, start, end);
  if (!children || children.length === 0) return null;
  return { type: 'paragraph', children, position: pos(start, lineEnd) };
}

/** Trimmed content range of a line (a block's node still ends at `line.end`: see paragraph()). */
function contentRange(line: Line, from = line.start): [number, number] {
  let s = from;
  while (s < line.end && (line.text[s - line.start] === ' ' || line.text[s - line.start] === '\t')) s++;
  let e = line.end;
  while (e > s && (line.text[e - 1 - line.start] === ' ' || line.text[e - 1 - line.start] === '\t')) e--;
  return [s, e];
}

export function fastParse(text: string): Root | null {
  if (text.includes('\t') || text.includes('\r')) return null;
  const lines = new Lines(text);
  const children: RootContent[] = [];
  // `end` is where the inline content stops, `lineEnd` where the block's last line does.
  let para: { start: number; end: number; lineEnd: number } | null = null;
  let list: { node: List; marker: string; indent: number; item: { node: ListItem; start: number; end: number; lineEnd: number } | null; blank: boolean } | null = null;

  const closePara = (): boolean => {
    if (!para) return true;
    const p = paragraph(text, para.start, para.end, para.lineEnd);
    para = null;
    if (!p) return false;
    children.push(p);
    return true;
  };
  const closeItem = (): boolean => {
    if (!list?.item) return true;
    const { node, start, end, lineEnd } = list.item;
    const p = paragraph(text, start, end, lineEnd);
    if (!p) return false;
    node.children = [p];
    node.position = pos(list.item.node.position!.start.offset!, lineEnd);
    list.node.children.push(node);
    list.item = null;
    return true;
  };
  const closeList = (): boolean => {
    if (!list) return true;
    if (!closeItem()) return false;
    const items = list.node.children;
    list.node.position = pos(list.node.position!.start.offset!, items[items.length - 1]!.position!.end.offset!);
    children.push(list.node);
    list = null;
    return true;
  };

  for (let k = 0; k < lines.length; k++) {
    const line = lines.at(k);
    const t = line.text;
    if (k === 0) {
      const atx = ATX.exec(t);
      if (atx) {
        let [cs, ce] = contentRange(line, line.start + atx[0].length);
        // An optional closing sequence: `## Name ##` (a lone `#…` run is all closing sequence).
        ce = cs + withoutClosingSequence(text.slice(cs, ce));
        const kids = ce > cs ? inline(text, cs, ce) : [];
        if (!kids) return null;
        children.push({ type: 'heading', depth: atx[2]!.length as Heading['depth'], children: kids, position: pos(line.start + atx[1]!.length, line.end) });
        continue;
      }
    }
    if (isBlank(t)) {
      if (!closePara()) return null;
      if (list) list.blank = true;
      continue;
    }
    if (BLOCK_START.test(t) || ATX.test(t)) return null;
    if (THEMATIC.test(t)) {
      if (para) return null; // `---` under a paragraph line is a setext heading
      if (!closeList()) return null;
      const [s] = contentRange(line);
      children.push({ type: 'thematicBreak', position: pos(s, line.end) } as ThematicBreak);
      continue;
    }
    if (/^ {0,3}\$\$/.test(t)) {
      if (t.trim() !== '$$') return null;
      // An indented `$$` under a list item may be the item's own block (CommonMark): remark decides,
      // so a display's reading never depends on whether some other line of the chunk is plain (trial 5, M3).
      if (list && /^ /.test(t)) return null;
      if (!closePara() || !closeList()) return null;
      let m = k + 1;
      while (m < lines.length && lines.at(m).text.trim() !== '$$') m++;
      if (m >= lines.length) return null;
      // A closing line with more after its `$$` (a blanked MyST or Quarto label): remark's offsets.
      if (/\s$/.test(lines.at(m).text)) return null;
      const value = text.slice(lines.at(k + 1).start, lines.at(m).start - 1);
      const [s] = contentRange(line);
      const [, e] = contentRange(lines.at(m));
      children.push({ type: 'math', value, meta: null, position: pos(s - (s - line.start), e) } as Math);
      k = m;
      continue;
    }
    const bullet = BULLET.exec(t);
    if (bullet) {
      if (!closePara()) return null;
      if (list && list.marker !== bullet[2]) {
        if (!closeList()) return null;
      }
      // A bullet indented otherwise than the list's first may be nested in an item (`- Markup` / `  - $m = …$`): remark reads it.
      if (list && list.indent !== bullet[1]!.length) return null;
      if (list && !closeItem()) return null;
      const markerAt = line.start + bullet[1]!.length;
      if (!list) {
        list = { node: { type: 'list', ordered: false, start: null, spread: false, children: [], position: pos(markerAt, markerAt) }, marker: bullet[2]!, indent: bullet[1]!.length, item: null, blank: false };
      }
      const [, e] = contentRange(line);
      list.item = { node: { type: 'listItem', spread: false, checked: null, children: [], position: pos(markerAt, line.end) }, start: line.start + bullet[0].length, end: e, lineEnd: line.end };
      list.blank = false;
      continue;
    }
    if (/^ {4,}/.test(t) && !(list?.item && !list.blank)) return null; // indented code
    if (list) {
      if (list.item && !list.blank) {
        // Lazy or indented continuation of the item's paragraph.
        list.item.end = contentRange(line)[1];
        list.item.lineEnd = line.end;
        continue;
      }
      if (/^ /.test(t)) return null; // a second paragraph inside an item
      if (!closeList()) return null;
    }
    const [s, e] = contentRange(line);
    if (para) [para.end, para.lineEnd] = [e, line.end];
    else para = { start: s, end: e, lineEnd: line.end };
  }
  if (!closePara() || !closeList()) return null;
  const last = lines.at(lines.length - 1);
  return { type: 'root', children, position: pos(0, last.end) };
}
