/**
 * How much prose a page renders as markdown. The site turns the introduction and the preamble
 * into hast and HTML: a 6 MiB introduction made hundreds of thousands of elements, 900 MiB and
 * a 70 MB index.html. Past MAX_RENDERED_PROSE characters the rest of the text is kept, shown
 * as plain text (src/site/pages/markdown.ts), and `check` says where (`prose-too-long`).
 *
 * The cut lies at or before the bound: at the start of a paragraph (a line after a blank line)
 * in the bound's second half, else at a line start there, else at the bound itself (never inside
 * a surrogate pair). Pure and linear in the bound; the reader and the site compute the same cut
 * on the same text.
 */

/** Characters of one prose text (introduction, preamble) rendered as markdown. */
export const MAX_RENDERED_PROSE = 256 * 1024;

export const proseTooLongMessage = (what: string) =>
  `${what} is longer than ${MAX_RENDERED_PROSE.toLocaleString('en-US')} characters: the site renders it as markdown up to here and shows the rest as plain text`;

/** True when the line starting at `start` holds only spaces and tabs (read up to its first other character). */
function blankLine(md: string, start: number): boolean {
  let i = start;
  for (let c = md.charCodeAt(i); c === 32 || c === 9 || c === 13; c = md.charCodeAt(++i));
  return i >= md.length || md.charCodeAt(i) === 10;
}

/** Where a page stops rendering `md` as markdown: null when all of it is rendered. */
export function proseCut(md: string, limit = MAX_RENDERED_PROSE): number | null {
  if (md.length <= limit) return null;
  const floor = Math.floor(limit / 2);
  let lineStart = -1;
  // Line starts at or before the limit, from the last one back to the floor.
  for (let nl = md.lastIndexOf('\n', limit - 1); nl >= floor; nl = md.lastIndexOf('\n', nl - 1)) {
    const start = nl + 1;
    if (lineStart < 0) lineStart = start;
    if (blankLine(md, md.lastIndexOf('\n', nl - 1) + 1) && !blankLine(md, start)) return start;
  }
  if (lineStart > floor) return lineStart;
  const low = md.charCodeAt(limit);
  return low >= 0xdc00 && low <= 0xdfff ? limit - 1 : limit;
}

/** What is rendered as markdown of `md`: all of it, or the part before the cut. */
export function renderedProse(md: string): string {
  const cut = proseCut(md);
  return cut === null ? md : md.slice(0, cut);
}
