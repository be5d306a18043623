/**
 * Same-length rewrites that let CommonMark see the math inside two containers it does not know:
 *
 * - Admonitions (`!!! note "Title"`, `??? tip`, `???+ example`) and content tabs (`=== "Tab"`)
 *   from MkDocs Material / Python-Markdown. Their bodies are indented four spaces, which
 *   CommonMark reads as code, so their math would never be checked. The marker's first two
 *   characters become `- `: the admonition reads as a list item whose body continues it.
 * - GFM tables: inside a row, `\|` is an escaped pipe (so `$a \| b$` in a cell means `a | b`).
 *   It becomes ` |`.
 *
 * Only the text the reader parses is rewritten; the site renders the author's markdown.
 */

import { FenceTracker, replaceChars } from './text-edits.js';

const MARKER = /^([ \t]*)(?:!!!|\?\?\?\+?|===)[ \t]+\S/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

function lineEnd(text: string, from: number): number {
  const e = text.indexOf('\n', from);
  return e < 0 ? text.length : e;
}

export function rewriteContainers(text: string): string {
  const chars: Array<[number, string]> = [];
  const fences = new FenceTracker();
  let tableRows = false;
  // Line by line, the next line's bounds found on the way (an array of line objects for 6 MiB of
  // blank lines held 6 million of them).
  for (let lineStart = 0; lineStart <= text.length; ) {
    const start = lineStart;
    const end = lineEnd(text, start);
    const next = end < text.length ? { start: end + 1, end: lineEnd(text, end + 1) } : undefined;
    lineStart = end + 1;
    const line = text.slice(start, end);
    if (fences.enter(line)) {
      tableRows = false;
      continue;
    }
    if (line.trim() === '') {
      tableRows = false;
      continue;
    }
    const marker = MARKER.exec(line);
    if (marker) {
      const at = start + marker[1]!.length;
      chars.push([at, '-'], [at + 1, ' ']);
      continue;
    }
    if (!tableRows && line.includes('|') && next && TABLE_DELIMITER.test(text.slice(next.start, next.end)) && text.slice(next.start, next.end).includes('-')) {
      tableRows = true;
    }
    if (tableRows) {
      if (!line.includes('|')) {
        tableRows = false;
        continue;
      }
      for (let i = start; i < end - 1; i++) {
        if (text[i] === '\\') {
          if (text[i + 1] === '|') chars.push([i, ' ']);
          i++;
        }
      }
    }
  }
  return replaceChars(text, chars);
}
