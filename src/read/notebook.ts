/**
 * A Jupyter notebook (`.ipynb`, JSON) → the markdown of its markdown cells, in order, one cell a
 * block (a blank line between cells), with the map from each markdown character to its place in
 * the file: inside the cell's JSON string, escapes (`\n`, `\\`, `\"`, `\uXXXX`) counted, so every
 * position reported in the markdown is the character's line and column in the notebook
 * (src/diagnostics/mapped-lines.ts). Code and raw cells and all outputs are skipped. Pure.
 */
import type { OffsetMap } from '../types.js';

export type NotebookRead = { text: string; map: OffsetMap } | { error: string };

interface Cell {
  type: unknown;
  /** The opening quote of each string of the cell's `source` (one string, or a list of them). */
  sources: number[];
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"' };

export function notebookMarkdown(json: string): NotebookRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (err) {
    const message = (err as Error).message.replace(/ in JSON at position \d+.*$/s, '');
    const at = /position (\d+)/.exec((err as Error).message);
    return { error: `not valid JSON${at ? ` at ${lineColumn(json, Number(at[1]))}` : ''}: ${message}` };
  }
  const root = parsed as { cells?: unknown; worksheets?: Array<{ cells?: unknown }> } | null;
  const cellsPath = Array.isArray(root?.cells) ? 'cells' : Array.isArray(root?.worksheets?.[0]?.cells) ? 'worksheets' : null;
  if (!root || typeof root !== 'object' || !cellsPath) return { error: 'not a Jupyter notebook (it has no "cells" list)' };
  const cells = sourceStrings(json, cellsPath);
  const types = (cellsPath === 'cells' ? root.cells : root.worksheets![0]!.cells) as Array<{ cell_type?: unknown } | null>;
  types.forEach((c, i) => {
    const cell = cells.get(i);
    if (cell) cell.type = c?.cell_type;
  });

  let text = '';
  const pieces: OffsetMap['pieces'] = [];
  for (const [, cell] of [...cells].sort((a, b) => a[0] - b[0])) {
    if (cell.type !== 'markdown') continue;
    const before = text.length;
    for (const quote of cell.sources) text = decodeString(json, quote, text, pieces);
    if (text.length === before) continue;
    // One cell a block: the next starts after a blank line (characters no piece covers).
    text += text.endsWith('\n') ? '\n' : '\n\n';
  }
  return { text, map: { pieces } };
}

function lineColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return `line ${line}, column ${offset - start + 1}`;
}

/**
 * The strings at `cells[i].source` (or `cells[i].source[j]`; `worksheets[0].cells…` in nbformat 3)
 * by cell index, found by one pass over the (already valid) JSON with the path of containers open.
 * Iterative: a deeply nested notebook cannot overflow the stack.
 */
function sourceStrings(json: string, cellsPath: 'cells' | 'worksheets'): Map<number, Cell> {
  const cells = new Map<number, Cell>();
  // Each open container: an object (its current key) or an array (its current index).
  const stack: Array<{ array: boolean; key: string | number | null; expectKey: boolean }> = [];
  const base = cellsPath === 'cells' ? 1 : 3;
  const isCellsList = (depth: number): boolean =>
    cellsPath === 'cells' ? depth === 1 && stack[0]!.key === 'cells' : depth === 3 && stack[0]!.key === 'worksheets' && stack[1]!.key === 0 && stack[2]!.key === 'cells';
  const onString = (quote: number): void => {
    // A value at cells[i].source or cells[i].source[j].
    const d = stack.length;
    if (d < base + 2 || d > base + 3 || !isCellsList(base)) return;
    const cellIndex = stack[base]!.key;
    if (typeof cellIndex !== 'number' || stack[base + 1]!.key !== 'source') return;
    if (d === base + 3 && !stack[base + 2]!.array) return;
    let cell = cells.get(cellIndex);
    if (!cell) cells.set(cellIndex, (cell = { type: undefined, sources: [] }));
    cell.sources.push(quote);
  };
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    const top = stack[stack.length - 1];
    if (c === '"') {
      const start = i;
      i++;
      while (i < json.length && json[i] !== '"') i += json[i] === '\\' ? 2 : 1;
      if (top && !top.array && top.expectKey) {
        top.key = JSON.parse(json.slice(start, i + 1)) as string;
        top.expectKey = false;
      } else {
        onString(start);
      }
    } else if (c === '{' || c === '[') {
      stack.push({ array: c === '[', key: c === '[' ? 0 : null, expectKey: c === '{' });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',' && top) {
      if (top.array) top.key = (top.key as number) + 1;
      else top.expectKey = true;
    }
  }
  return cells;
}

/** Appends the JSON string opening at `quote` to `text`, and the map of each character to `pieces`. */
function decodeString(json: string, quote: number, text: string, pieces: OffsetMap['pieces']): string {
  let out = text;
  let i = quote + 1;
  while (i < json.length && json[i] !== '"') {
    if (json[i] === '\\') {
      const e = json[i + 1] ?? '';
      const ch = e === 'u' ? String.fromCharCode(Number.parseInt(json.slice(i + 2, i + 6), 16)) : (ESCAPES[e] ?? e);
      pieces.push({ at: out.length, offset: i, length: 1 });
      out += ch;
      i += e === 'u' ? 6 : 2;
      continue;
    }
    const runStart = i;
    while (i < json.length && json[i] !== '"' && json[i] !== '\\') i++;
    pieces.push({ at: out.length, offset: runStart, length: i - runStart });
    out += json.slice(runStart, i);
  }
  return out;
}
