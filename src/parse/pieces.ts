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
 * - A top-level paragraph of more than MAX_PARAGRAPH_LINES lines is cut at a line start into
 *   paragraphs of at most that many lines (`paragraph-too-long`). The cut waits while a `$` or a
 *   `` ` `` is open on the paragraph's lines, for up to as many lines again.
 *
 * Texts shorter than PIECE_CHARS are parsed whole. Only offsets are shifted: line and column of
 * the later pieces stay piece-relative (nothing reads them).
 */
import type { Root, RootContent } from 'mdast';

export const PIECE_CHARS = 64 * 1024;
export const MAX_PARAGRAPH_LINES = 1_000;

export interface PieceCuts {
  /** Offsets where a new piece starts (line starts, ascending). */
  cuts: number[];
  /** The cuts made inside a paragraph (a subset of `cuts`). */
  forced: number[];
}

/** A line that can only continue or start a paragraph, and starts one the same way in a new piece. */
const PLAIN = '(?:[^\\s<[>\\-*+=#`~$_|\\d]|\\$(?!\\$)|\\d(?!\\d*[.)])|[-+*_](?=[\\p{L}\\p{N}]))';
const PLAIN_START = new RegExp(`^ {0,3}${PLAIN}`, 'u');
/** The same, not indented: after a blank line, surely top-level (a list item's continuation is indented). */
const TOP_START = new RegExp(`^${PLAIN}`, 'u');
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** Lines that interrupt a paragraph (CommonMark, plus `$$` math): block quote, list, thematic break, heading, fence, HTML types 1-6, setext underline. */
const INTERRUPTS = /^ {0,3}(?:>|[-*+][ \t]+\S|1[.)][ \t]+\S|([-*_])(?:[ \t]*\1){2,}[ \t]*$|#{1,6}(?:[ \t]|$)|`{3,}|~{3,}|\$\$|=+[ \t]*$|-+[ \t]*$|<(?:\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$)|script|pre|style|textarea|!--|\?|![A-Za-z]|!\[CDATA\[))/i;
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

/** Where to cut `text` into pieces (none when it is shorter than PIECE_CHARS). */
export function pieceCuts(text: string): PieceCuts {
  const out: PieceCuts = { cuts: [], forced: [] };
  if (text.length <= PIECE_CHARS) return out;
  let pieceStart = 0;
  let fence: { ch: string; length: number } | null = null;
  let html: RegExp | null = null;
  let previousBlank = true;
  /** The open top-level paragraph: its lines, and whether a `$` / a `` ` `` is open on them. */
  let para: { lines: number; dollars: number; ticks: number } | null = null;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const blank = line.trim() === '';
    if (fence) {
      const f = FENCE_OPEN.exec(line);
      if (f && f[1]![0] === fence.ch && f[1]!.length >= fence.length && f[2]!.trim() === '') fence = null;
    } else if (html) {
      if (html.test(line)) html = null;
    } else if (blank) {
      para = null;
    } else {
      const plain = PLAIN_START.test(line);
      const top = TOP_START.test(line);
      if (previousBlank && top && start > 0 && start - pieceStart >= PIECE_CHARS) {
        out.cuts.push(start);
        pieceStart = start;
      } else if (para && plain && para.lines >= MAX_PARAGRAPH_LINES && ((para.dollars % 2 === 0 && para.ticks % 2 === 0) || para.lines >= 2 * MAX_PARAGRAPH_LINES)) {
        out.cuts.push(start);
        out.forced.push(start);
        pieceStart = start;
        para = { lines: 0, dollars: 0, ticks: 0 };
      }
      if (previousBlank) para = top ? { lines: 0, dollars: 0, ticks: 0 } : null;
      else if (para && INTERRUPTS.test(line)) para = null;
      if (para) {
        para.lines++;
        para.dollars += countOf(line, '$');
        para.ticks += countOf(line, '`');
      } else {
        const f = FENCE_OPEN.exec(line);
        if (f && !(f[1]![0] === '`' && f[2]!.includes('`')) && !(f[1]![0] === '$' && f[2]!.trimEnd().endsWith('$$'))) fence = { ch: f[1]![0]!, length: f[1]!.length };
        else for (const [open, close] of HTML_RAW) if (open.test(line) && !close.test(line.slice(line.indexOf('<') + 2))) html = close;
      }
    }
    // After an ATX heading (a block of one line), the next line starts a block as after a blank line.
    previousBlank = (blank || ATX.test(line)) && !fence && !html;
    start = end + 1;
  }
  return out;
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
