/**
 * HTML headings on their own line (`<h2 align="center">Setup</h2>`, the Jekyll and GitHub README
 * habit) are section headings like `## Setup` (trial 7, P15): each line is rewritten in place, same
 * length, to an ATX heading of its level, its text kept (moved left over the tag, padded with
 * spaces), so the document is split there and the records are named and placed by it. Code
 * fences are left alone; a heading whose text holds a line break or another heading is not one.
 */
import { FenceTracker } from './text-edits.js';

const HTML_HEADING = /^( {0,3})<h([1-6])(?:\s[^<>]*)?>([^\n]*?)<\/h\2\s*>[ \t]*$/i;

/** `text` with each HTML heading line made an ATX heading of the same level; same length. */
export function htmlHeadings(text: string): string {
  if (!/<h[1-6][\s>]/i.test(text)) return text;
  const fences = new FenceTracker();
  let out = '';
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    const cr = line.endsWith('\r') ? '\r' : '';
    if (cr) line = line.slice(0, -1);
    const m = fences.enter(line) ? null : HTML_HEADING.exec(line);
    if (m && m[3]!.trim() !== '' && !/<h[1-6][\s>]/i.test(m[3]!)) {
      const atx = `${m[1]}${'#'.repeat(Number(m[2]))} ${m[3]!.trim()}`;
      line = atx + ' '.repeat(line.length - atx.length);
    }
    out += line + cr + (end < text.length ? '\n' : '');
    start = end + 1;
  }
  return out;
}
