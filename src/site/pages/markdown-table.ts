/**
 * GFM tables in author prose (a section's content kept on its equation page). The site's small
 * markdown converter has no table extension, so remark reads a table as one paragraph whose
 * lines hold the rows: this splits that paragraph's inline nodes into rows at line breaks and
 * into cells at the pipes of its text, and renders a `<table>`. Every cell is converted like any
 * inline content (text escaped, math typeset); a paragraph that is not a table (no delimiter
 * row, a different column count in the delimiter row) is left to render as a paragraph.
 */
import type { ElementContent } from 'hast';
import type { Paragraph, PhrasingContent } from 'mdast';
import { h } from 'hastscript';

/** Columns one table may have (a wider "table" is text). */
const MAX_COLUMNS = 64;
const DELIMITER_CELL = /^\s*:?-+:?\s*$/;

type Align = 'left' | 'right' | 'center' | null;

/** The inline nodes of each line of the paragraph (a text node's `\n` ends a line). */
function linesOf(p: Paragraph): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of p.children) {
    if (node.type !== 'text') {
      lines[lines.length - 1]!.push(node);
      continue;
    }
    node.value.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1]!.push({ type: 'text', value: part });
    });
  }
  return lines;
}

/** A row's cells: split at the pipes of its text nodes (not inside math or code), outer pipes dropped. */
function cellsOf(line: PhrasingContent[]): PhrasingContent[][] {
  const cells: PhrasingContent[][] = [[]];
  for (const node of line) {
    if (node.type !== 'text') {
      cells[cells.length - 1]!.push(node);
      continue;
    }
    node.value.split('|').forEach((part, i) => {
      if (i > 0) cells.push([]);
      if (part) cells[cells.length - 1]!.push({ type: 'text', value: part });
    });
  }
  const blank = (cell: PhrasingContent[]): boolean => cell.every((n) => n.type === 'text' && !n.value.trim());
  if (cells.length > 1 && blank(cells[0]!)) cells.shift();
  if (cells.length > 1 && blank(cells[cells.length - 1]!)) cells.pop();
  return cells;
}

function trimmed(cell: PhrasingContent[]): PhrasingContent[] {
  const last = cell.length - 1;
  return cell
    .map((n, i) => {
      if (n.type !== 'text') return n;
      let value = n.value;
      if (i === 0) value = value.trimStart();
      if (i === last) value = value.trimEnd();
      return { ...n, value };
    })
    .filter((n) => n.type !== 'text' || n.value !== '');
}

function alignOf(cell: PhrasingContent[]): Align {
  const text = cell.map((n) => (n.type === 'text' ? n.value : '')).join('').trim();
  const left = text.startsWith(':');
  const right = text.endsWith(':');
  return left && right ? 'center' : right ? 'right' : left ? 'left' : null;
}

/** The paragraph as a table, or null when it is not one. `inline` converts a cell's nodes. */
export function tableOf(p: Paragraph, inline: (nodes: PhrasingContent[]) => ElementContent[]): ElementContent | null {
  const lines = linesOf(p);
  if (lines.length < 2) return null;
  const delimiter = lines[1]!;
  if (!delimiter.every((n) => n.type === 'text') || !delimiter.some((n) => n.type === 'text' && n.value.includes('-'))) return null;
  const head = cellsOf(lines[0]!);
  const aligns = cellsOf(delimiter);
  if (head.length > MAX_COLUMNS || aligns.length !== head.length || !aligns.every((c) => DELIMITER_CELL.test(c.map((n) => (n.type === 'text' ? n.value : '')).join('')))) return null;
  if (head.length === 1 && !lines[0]!.some((n) => n.type === 'text' && n.value.includes('|'))) return null;
  const align = aligns.map(alignOf);
  const cell = (tag: 'th' | 'td', nodes: PhrasingContent[] | undefined, k: number): ElementContent => h(tag, align[k] ? { style: `text-align: ${align[k]}` } : {}, nodes ? inline(trimmed(nodes)) : []);
  const body = lines.slice(2).map((line) => {
    const cells = cellsOf(line);
    return h('tr', head.map((_, k) => cell('td', cells[k], k)));
  });
  return h('div.table-scroll', [h('table', [h('thead', [h('tr', head.map((c, k) => cell('th', c, k)))]), ...(body.length > 0 ? [h('tbody', body)] : [])])]);
}
