/**
 * micromark keeps every event of a document until its end: about 180 bytes a character, so a
 * 6 MiB section of 80,000 short paragraphs took 1.1 GiB, and one paragraph of 100,000 lines
 * 2 s and 380 MiB. A long text is therefore parsed in pieces, each given to micromark on its own,
 * and the pieces' top-level nodes are joined with their offsets shifted back:
 *
 * - Past PIECE_CHARS, a piece ends before the next line that surely starts a top-level paragraph
 *   (after a blank line, not indented, not a container, list, fence, HTML or definition, outside
 *   fenced code and HTML blocks). The tree is the same, except that a link reference whose
 *   definition lies in another piece stays text (the site renders each record's markdown on
 *   its own anyway).
 * - A top-level paragraph of more than MAX_BLOCK_LINES lines is cut at a line start into
 *   paragraphs of at most that many lines (`block-too-long`). The cut waits while a `$` or a
 *   `` ` `` is open on the paragraph's lines, for up to as many lines again. Likewise a top-level
 *   blockquote (cut before a `>` line, outside fenced code) or list (cut before an item at column
 *   0) of more than MAX_BLOCK_LINES lines is read as several (`block-too-long`).
 *
 * Texts shorter than PIECE_CHARS are parsed whole. Only offsets are shifted: line and column of
 * the later pieces stay piece-relative (nothing reads them).
 */
import type { Root, RootContent } from 'mdast';

export const PIECE_CHARS = 64 * 1024;
export const MAX_BLOCK_LINES = 1_000;

export interface PieceCuts {
  /** Offsets where a new piece starts (line starts, ascending). */
  cuts: number[];
  /** The cuts made inside a paragraph (a subset of `cuts`). */
  forced: number[];
  /** The cuts made inside a paragraph line longer than PIECE_CHARS (a subset of `cuts`, not of `forced`). */
  inLine: number[];
}

/** A line that can only continue or start a paragraph, and starts one the same way in a new piece. */
/** (`$$x$$` on one line is inline math, never a display fence: a fence's meta holds no `$`.) */
const PLAIN = '(?:[^\\s<[>\\-*+=#`~$_|\\d]|\\$(?!\\$)|\\$\\$+(?=[^\\n$]*\\$)|\\d(?!\\d*[.)])|[-+*_](?=[\\p{L}\\p{N}]))';
const PLAIN_START = new RegExp(`^ {0,3}${PLAIN}`, 'u');
/** The same, not indented: after a blank line, surely top-level (a list item's continuation is indented). */
const TOP_START = new RegExp(`^${PLAIN}`, 'u');
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** After a blank line, a line that starts a top-level paragraph (unless it interrupts): not indented, no HTML block, table row or link definition. */
const PARAGRAPH_LINE = /^(?![ \t]|<[A-Za-z/!?]|\||\[[^\]\n]{0,999}\]:)/;
/** Lines that interrupt a paragraph (CommonMark, plus a `$$` math fence, not `$$x$$`): block quote, list, thematic break, heading, fence, HTML types 1-6, setext underline. */
const INTERRUPTS = /^ {0,3}(?:>|[-*+][ \t]+\S|1[.)][ \t]+\S|([-*_])(?:[ \t]*\1){2,}[ \t]*$|#{1,6}(?:[ \t]|$)|`{3,}|~{3,}|\$\$+(?![^\n$]*\$)|=+[ \t]*$|-+[ \t]*$|<(?:\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$)|script|pre|style|textarea|!--|\?|![A-Za-z]|!\[CDATA\[))/i;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,}|\${2,})(.*)$/;
/** HTML blocks that a blank line does not end (types 1-5), with their end markers. */
const HTML_RAW: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

function countOf(line: string, ch: string): number {
  let n = 0;
  for (let i = line.indexOf(ch); i >= 0; i = line.indexOf(ch, i + 1)) n++;
  return n;
}

type Block =
  | { kind: 'para'; lines: number; dollars: number; ticks: number }
  | { kind: 'quote'; lines: number; fenced: boolean }
  | { kind: 'list'; lines: number; marker: string; blank: boolean };

/** A list item at column 0 (a top-level list): its marker. */
const ITEM = /^([-*+]|\d{1,9}[.)])(?:[ \t]+\S|[ \t]*$)/;
/** A fence inside a blockquote (after its `>` markers). */
const QUOTE_FENCE = /^[> \t]*(?:`{3,}|~{3,}|\$\$)/;
const markerKind = (marker: string): string => (/\d/.test(marker) ? marker.slice(-1) : marker);

/** Where to cut `text` into pieces (none when it is shorter than PIECE_CHARS). */
export function pieceCuts(text: string): PieceCuts {
  const out: PieceCuts = { cuts: [], forced: [], inLine: [] };
  if (text.length <= PIECE_CHARS) return out;
  let pieceStart = 0;
  // Asserted, not narrowed: `opens` below sets them.
  let fence = null as { ch: string; length: number } | null;
  let html = null as RegExp | null;
  let previousBlank = true;
  /** The open top-level block that may be cut: a paragraph, a blockquote or a list. */
  let block: Block | null = null;
  const cut = (at: number, forced: boolean) => {
    out.cuts.push(at);
    if (forced) out.forced.push(at);
    pieceStart = at;
  };
  const full = (b: { lines: number }) => b.lines >= MAX_BLOCK_LINES;
  /** Fenced code or raw HTML opening on this line (outside a paragraph and a blockquote). */
  const opens = (line: string) => {
    const f = FENCE_OPEN.exec(line);
    if (f && !(f[1]![0] === '`' && f[2]!.includes('`')) && !(f[1]![0] === '$' && f[2]!.trimEnd().endsWith('$$'))) fence = { ch: f[1]![0]!, length: f[1]!.length };
    else for (const [open, close] of HTML_RAW) if (open.test(line) && !close.test(line.slice(line.indexOf('<') + 2))) html = close;
  };
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const blank = line.trim() === '';
    const next = end + 1;
    if (fence) {
      const f = FENCE_OPEN.exec(line);
      if (f && f[1]![0] === fence.ch && f[1]!.length >= fence.length && f[2]!.trim() === '') fence = null;
      previousBlank = false;
      start = next;
      continue;
    }
    if (html) {
      if (html.test(line)) html = null;
      previousBlank = false;
      start = next;
      continue;
    }
    if (blank) {
      if (block?.kind === 'list') block.blank = true;
      else {
        block = null;
        // Inside a run of blank lines outside any block: a cut changes nothing.
        if (previousBlank && start > 0 && start - pieceStart >= PIECE_CHARS) cut(start, false);
      }
      previousBlank = true;
      start = next;
      continue;
    }
    const top = TOP_START.test(line);
    const item = ITEM.exec(line);
    const quote = line.startsWith('>');
    const indented = line[0] === ' ' || line[0] === '\t';
    let continued = false;
    if (block?.kind === 'list') {
      const sameItem = item !== null && markerKind(item[1]!) === block.marker;
      if (!sameItem && full(block) && PLAIN_START.test(line) && !INTERRUPTS.test(line)) {
        // A full list whose item goes on (a lazy line, or one indented 1-3 spaces) is cut too, so
        // that line starts a top-level paragraph: micromark's containers take time quadratic in
        // their lazy lines (20,000 took 6 s; a `\[x\]` line is read as ` $x$ `), and one item
        // of 160,000 lines took 1.5 GiB.
        cut(start, true);
        block = { kind: 'para', lines: 1, dollars: countOf(line, '$'), ticks: countOf(line, '`') };
        continued = true;
      } else if (sameItem || indented || (!block.blank && !INTERRUPTS.test(line))) {
        // The next item at column 0 closes the previous one (and any fence inside it): a cut there starts a new list.
        if (sameItem && full(block)) {
          cut(start, true);
          block.lines = 0;
          fence = null;
        }
        block.lines++;
        block.blank = false;
        if (!sameItem) opens(line);
        continued = true;
      } else block = null;
    } else if (block?.kind === 'quote') {
      if (quote) {
        if (full(block) && !block.fenced) {
          cut(start, true);
          block.lines = 0;
        }
        block.lines++;
        if (QUOTE_FENCE.test(line)) block.fenced = !block.fenced;
        continued = true;
      } else if (!INTERRUPTS.test(line)) {
        // A lazy line: past the bound it starts a top-level paragraph, as in a list above.
        if (full(block) && !block.fenced && PLAIN_START.test(line)) {
          cut(start, true);
          block = { kind: 'para', lines: 1, dollars: countOf(line, '$'), ticks: countOf(line, '`') };
        } else block.lines++;
        continued = true;
      } else block = null;
    } else if (block?.kind === 'para') {
      if (!INTERRUPTS.test(line)) {
        if (PLAIN_START.test(line) && full(block) && ((block.dollars % 2 === 0 && block.ticks % 2 === 0) || block.lines >= 2 * MAX_BLOCK_LINES)) {
          cut(start, true);
          block = { kind: 'para', lines: 0, dollars: 0, ticks: 0 };
        }
        block.lines++;
        block.dollars += countOf(line, '$');
        block.ticks += countOf(line, '`');
        continued = true;
      } else block = null;
    }
    if (!continued) {
      if (previousBlank && top && start > 0 && start - pieceStart >= PIECE_CHARS) cut(start, false);
      // A block that can be cut starts at column 0: after a blank line or a heading, or interrupting a paragraph.
      if (top && previousBlank) block = { kind: 'para', lines: 1, dollars: countOf(line, '$'), ticks: countOf(line, '`') };
      else if (quote) block = { kind: 'quote', lines: 1, fenced: QUOTE_FENCE.test(line) };
      else if (item && (previousBlank || INTERRUPTS.test(line))) block = { kind: 'list', lines: 1, marker: markerKind(item[1]!), blank: false };
      else block = null;
      if (block?.kind !== 'para' && block?.kind !== 'quote') opens(item ? line.slice(item[1]!.length).replace(/^[ \t]+/, '') : line);
    }
    // A paragraph line longer than a piece is cut inside the line (see lineCuts).
    if (end - start > PIECE_CHARS && (block?.kind === 'para' || (!continued && previousBlank && !item && PARAGRAPH_LINE.test(line) && !INTERRUPTS.test(line)))) {
      const before = block?.kind === 'para' ? { dollars: block.dollars - countOf(line, '$'), ticks: block.ticks - countOf(line, '`') } : { dollars: 0, ticks: 0 };
      const after = lineCuts(text, start, end, before, pieceStart, (at) => {
        cut(at, false);
        out.inLine.push(at);
      });
      if (after && block?.kind === 'para') block = { kind: 'para', lines: 1, ...after };
    }
    // After an ATX heading (a block of one line), the next line starts a block as after a blank line.
    previousBlank = ATX.test(line) && !fence && !html;
    start = next;
  }
  return out;
}

/**
 * Cuts inside one paragraph line longer than PIECE_CHARS, every PIECE_CHARS characters of the line
 * or a little later, so no piece holds much more than that (micromark's events of a 6 MiB line
 * took 900 MiB, and each of its text runs is merged by a splice of the whole event list: 2,000
 * `<` in a line of 150,000 math spans took seconds). A cut starts a new paragraph: it is made where the next
 * character starts a paragraph the same way, not after a backslash, and where no `$` or `` ` ``
 * is open (by count since the paragraph's start), unless the wait has lasted another PIECE_CHARS.
 * Returns the `$` and `` ` `` counts since the last cut, or null when there was none.
 */
function lineCuts(
  text: string,
  start: number,
  end: number,
  open: { dollars: number; ticks: number },
  pieceStart: number,
  cut: (at: number) => void,
): { dollars: number; ticks: number } | null {
  let { dollars, ticks } = open;
  let from = Math.max(pieceStart, start);
  let any = false;
  for (let p = start; p < end; p++) {
    const waited = p - from;
    if (waited >= PIECE_CHARS && text.charCodeAt(p - 1) !== 92 && (waited >= 2 * PIECE_CHARS || (dollars % 2 === 0 && ticks % 2 === 0)) && TOP_START.test(text.slice(p, p + 16))) {
      cut(p);
      from = p;
      dollars = 0;
      ticks = 0;
      any = true;
    }
    const c = text.charCodeAt(p);
    if (c === 36) dollars++;
    else if (c === 96) ticks++;
  }
  return any ? { dollars, ticks } : null;
}

/** Shifts every node's offsets by `by` (new position objects: points are never shared). */
function shift(root: Root, by: number): void {
  const stack: Array<{ position?: Root['position']; children?: unknown[] }> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const p = node.position;
    if (p) node.position = { start: { ...p.start, offset: (p.start.offset ?? 0) + by }, end: { ...p.end, offset: (p.end.offset ?? 0) + by } };
    if (Array.isArray(node.children)) for (const child of node.children) stack.push(child as (typeof stack)[number]);
  }
}

/** `parse(text)`, in pieces when the text is long (see above): the same top-level nodes, at the same offsets. */
export function parseInPieces(text: string, parse: (text: string) => Root, cuts: number[] = pieceCuts(text).cuts): Root {
  if (cuts.length === 0) return parse(text);
  const edges = [0, ...cuts, text.length];
  const children: RootContent[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    const piece = parse(text.slice(edges[k]!, edges[k + 1]!));
    if (edges[k]! > 0) shift(piece, edges[k]!);
    for (const child of piece.children) children.push(child);
  }
  const end = { line: 1, column: 1, offset: text.length };
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
}
