/**
 * A section's other content: what the author wrote under an equation heading that is neither a
 * formula, its definitions, nor the lead-in naming it (paragraphs, lists that define nothing,
 * tables, admonitions, blockquotes, images, `<details>` bodies). Kept as markdown with its
 * position, for the equation page to show under the where-list (issue 24: nothing the author
 * wrote is lost).
 *
 * The markdown is the reader's text (`\(…\)` already dollars, text dollars escaped as `\$`, as
 * the intro is) with the container rewrites undone (containers.ts turns `!!!` into `- !` and a
 * table's `\|` into ` |` only for the reader).
 */
import type { ContentBlock } from '../types.js';
import type { LineIndex } from '../diagnostics/positions.js';
import { restoreDollars } from './dollars.js';
import { blankLinesAsText } from './display-close.js';
import type { BoxTitle } from './colon-fences.js';

/** Separates the blocks of an equation's content in the one markdown text its page renders. */
export const CONTENT_SEPARATOR = '\n\n';

/** All of an equation's content as one markdown text (what its page renders, under one prose bound). */
export function joinedContent(blocks: ContentBlock[] | undefined): string {
  return (blocks ?? []).map((b) => b.markdown).join(CONTENT_SEPARATOR);
}

export interface Range {
  start: number;
  end: number;
}

/** The leftover pieces of `blocks` once `used` is taken out, each non-blank, in source order. */
function leftovers(blocks: Range[], used: Range[]): Range[] {
  const cuts = [...used].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  // Blocks come in source order without overlap: one sweep over the cuts (a flood of paragraphs stays linear).
  let first = 0;
  for (const block of blocks) {
    while (first < cuts.length && cuts[first]!.end <= block.start) first++;
    let at = block.start;
    for (let k = first; k < cuts.length && cuts[k]!.start < block.end; k++) {
      const u = cuts[k]!;
      if (u.end <= at) continue;
      if (u.start > at) out.push({ start: at, end: u.start });
      at = Math.max(at, u.end);
    }
    if (at < block.end) out.push({ start: at, end: block.end });
  }
  return out;
}

/** The author's markdown of [start, end): the reader's text with the container rewrites undone. */
export function contentMarkdown(text: string, source: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    const o = source[i] ?? c;
    if (c !== o && ((o === '!' || o === '?' || o === '=') && (c === '-' || c === ' '))) out += o;
    else if (c !== o && o === '\\' && source[i + 1] === '|' && c === ' ') out += o;
    else out += c;
  }
  // A display's blank lines are left out (display-close.ts): the site's markdown would end the math at them.
  return restoreDollars(blankLinesAsText(out.replace(/\r/g, '')));
}

/** `<details>` / `</details>` lines dropped and `<summary>…</summary>` made bold: the page shows the body, not the tags. */
function withoutDisclosureTags(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line.replace(/^\s*<summary\b[^>]*>(.*?)<\/summary>\s*$/i, (_, s: string) => (s.trim() ? `**${s.trim()}**` : '')))
    .filter((line) => !/^\s*<\/?details\b[^>]*>\s*$/i.test(line))
    .join('\n');
}

const ADMONITION = /^([ \t]*)(?:!!!|\?\?\?\+?|===)[ \t]+(?:"([^"]*)"|([\w-]+)(?:[ \t]+"([^"]*)")?)[ \t]*$/;
const CALLOUT = /^([ \t]*>[ \t]*)\[!([\w-]+)\][+-]?[ \t]*(.*)$/;

/**
 * MkDocs admonitions (`!!! note "Title"` and a body indented four spaces) and Obsidian callouts
 * (`> [!tip] Title`) as blockquotes with a bold title: the page's markdown has neither, and an
 * indented body would show as code.
 */
export function asBlockquotes(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const callout = CALLOUT.exec(line);
    if (callout) {
      const kind = callout[2]!.charAt(0).toUpperCase() + callout[2]!.slice(1).toLowerCase();
      out.push(`${callout[1]}**${callout[3]!.trim() || kind}**`);
      continue;
    }
    const m = ADMONITION.exec(line);
    if (!m) {
      out.push(line);
      continue;
    }
    const indent = m[1]!.length;
    const kind = m[3] ? m[3].charAt(0).toUpperCase() + m[3].slice(1) : '';
    const title = (m[2] ?? m[4] ?? kind).trim();
    out.push(`${m[1]}> ${title ? `**${title}**` : ''}`.trimEnd());
    // The body: lines indented past the marker, and blank lines inside it.
    while (i + 1 < lines.length) {
      const next = lines[i + 1]!;
      const body = next.slice(0, indent + 4);
      if (next.trim() !== '' && !(body.length === indent + 4 && body.trim() === '')) break;
      if (next.trim() === '' && !(lines.slice(i + 2).find((l) => l.trim() !== '') ?? '').startsWith(' '.repeat(indent + 4))) break;
      out.push(`${m[1]}>${next.trim() === '' ? '' : ` ${next.slice(indent + 4)}`}`);
      i++;
    }
  }
  return out.join('\n');
}

/** The indentation of the line a block starts on, when only spaces stand before it there (else 0). */
function indentOf(text: string, start: number): number {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^ *$/.test(text.slice(lineStart, start)) ? start - lineStart : 0;
}

/**
 * A block indented four spaces or more, which only MDX reads as markdown (content inside a
 * component, `<TabItem>`; parse/remark.ts): its lines without that indentation, so the page does
 * not show it as code (a fenced block's closing fence would no longer close it).
 */
function outdented(markdown: string, indent: number): string {
  if (indent < 4) return markdown;
  const prefix = new RegExp(`\n {1,${indent}}`, 'g');
  return markdown.replace(prefix, '\n');
}

/**
 * The content blocks of a section and the equation each belongs to (index into `equations`):
 * a block right before an equation (nothing between them, or ending in a colon) introduces it
 * (`before`); any other block follows the nearest equation above it (`after`), or the first
 * equation when it comes before all of them. The first block shown of a colon-fenced box's body
 * is headed by the box's title in bold (`titles`, sorted by start), as admonitions are.
 */
export function sectionContent(
  blocks: Range[],
  used: Range[],
  equations: Range[],
  text: string,
  lines: LineIndex,
  titles: ReadonlyArray<BoxTitle> = [],
): Array<{ equation: number; block: ContentBlock }> {
  if (equations.length === 0) return [];
  const out: Array<{ equation: number; block: ContentBlock }> = [];
  const cutEnds = new Set(used.map((u) => u.end));
  // Boxes opened before the current piece whose title is not shown yet (each enters and leaves once).
  // A box opened before the section's first block heads nothing here: start past those (by bisection).
  const from = blocks[0]?.start ?? 0;
  let nextTitle = 0;
  for (let hi = titles.length; nextTitle < hi; ) {
    const mid = (nextTitle + hi) >> 1;
    if (titles[mid]!.start < from) nextTitle = mid + 1;
    else hi = mid;
  }
  let pending: BoxTitle[] = [];
  for (const piece of leftovers(blocks, used)) {
    const raw = text.slice(piece.start, piece.end);
    // The full stop of a sentence read as definitions is not the start of the next one.
    const stop = cutEnds.has(piece.start) ? (/^[.,;:!?]+/.exec(raw)?.[0].length ?? 0) : 0;
    const lead = stop + raw.slice(stop).length - raw.slice(stop).trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    const start = piece.start + lead;
    const end = piece.end - trail;
    if (end <= start) continue;
    const body = asBlockquotes(withoutDisclosureTags(outdented(contentMarkdown(text, lines.text, start, end), indentOf(text, start)))).trim();
    // What a where-sentence leaves behind (its full stop) is no content.
    if (!/[\p{L}\p{N}$\\]/u.test(body)) continue;
    while (nextTitle < titles.length && titles[nextTitle]!.start <= start) pending.push(titles[nextTitle++]!);
    const heads = pending.filter((t) => t.end > start);
    pending = [];
    const markdown = [...heads.map((t) => `**${t.title}**`), body].join(CONTENT_SEPARATOR);
    // Equations are in source order and the piece lies outside each: the first one after it, by bisection.
    let lo = 0;
    let hi = equations.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (equations[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    const next = lo < equations.length ? lo : -1;
    const introduces = next >= 0 && (markdown.endsWith(':') || /^\s*$/.test(text.slice(end, Math.min(equations[next]!.start, end + 1024))) && equations[next]!.start - end <= 1024);
    const above = lo - 1;
    const [equation, place]: [number, ContentBlock['place']] = introduces ? [next, 'before'] : above >= 0 ? [above, 'after'] : [0, 'before'];
    out.push({ equation, block: { markdown, place, position: lines.span(start, end) } });
  }
  return out;
}
