/**
 * A section heading → the name its equations take: the leading number (`17.`, `6)`) removed,
 * an explicit id (`{#adam}`) taken off, HTML tags dropped but their text kept
 * (`Compute I<sub>x</sub>` → "Compute Ix"), inline math kept as its LaTeX.
 */
import type { Heading } from 'mdast';
import { endOf, inlineMaths, markdownSlice, plainText, startOf, type ChunkContext } from './mdast-helpers.js';
import { withoutPandocScripts } from './heading-scripts.js';

export interface HeadingRead {
  level: number;
  number: number | null;
  /** The name as markdown (inline math as `$…$`, no HTML tags). */
  name: string;
  /** The name as plain text. */
  nameText: string;
  /** Offset of the name's first character (after the number). */
  nameOffset: number;
  /** An explicit id written as `{#id}` at the end of the heading. */
  id: string | null;
}

/** `17.` or `6)`: the heading's number. */
const NUMBER = /^(\d{1,6})[.)]\s+/;
/**
 * `4.1` or `4.1.2.`: a section number, dropped from the name (not an equation number); also
 * written with a space after each dot (`2. 3 Title`, `2. 3. 2 Title`, trial 6 N16).
 */
const SECTION_NUMBER = /^\d{1,6}(?:\.[ \t]?\d{1,4})+\.?\s+/;
/** Matched on content without trailing whitespace (a leading `[ \t]*` backtracked through long runs of spaces). */
const ID = /\{#([A-Za-z][A-Za-z0-9_-]{0,79})\}$/;
const TAG = /<\/?[A-Za-z][^<>]*>/g;

export function readHeading(heading: Heading, ctx: ChunkContext): HeadingRead {
  const start = startOf(heading, ctx);
  const end = endOf(heading, ctx);
  const raw = ctx.text.slice(start, end);
  const marks = /^ {0,3}#{1,6}[ \t]*/.exec(raw);
  let contentStart = start + (marks ? marks[0].length : 0);
  let content = raw.slice(0, withoutClosingSequence(raw)).trimEnd();
  let id: string | null = null;
  const idMatch = ID.exec(content);
  if (idMatch) {
    id = idMatch[1]!.toLowerCase();
    content = content.slice(0, trimSpacesEnd(content, idMatch.index));
  }
  let contentEnd = start + content.length;
  let number: number | null = null;
  // A section number first: `2. 3 Title` is section 2.3, not equation 2 named "3 Title".
  const sectionMatch = SECTION_NUMBER.exec(ctx.text.slice(contentStart, contentEnd));
  const numberMatch = sectionMatch ? null : NUMBER.exec(ctx.text.slice(contentStart, contentEnd));
  if (numberMatch) {
    number = Number(numberMatch[1]);
    contentStart += numberMatch[0].length;
  } else if (sectionMatch) {
    contentStart += sectionMatch[0].length;
  }
  if (contentEnd < contentStart) contentEnd = contentStart;
  const name = withoutPandocScripts(markdownSlice(contentStart, contentEnd, inlineMaths(heading), ctx).replace(TAG, '').trim());
  let nameText = plainText(heading).trim();
  if (idMatch) {
    const trimmed = nameText.trimEnd();
    const at = /\{#[^}]*\}$/.exec(trimmed);
    if (at) nameText = trimmed.slice(0, at.index).trimEnd();
  }
  nameText = nameText.replace(number !== null ? NUMBER : SECTION_NUMBER, '');
  // Pandoc's `L~2~` → "L2"; in a heading with math, whose LaTeX the plain text carries, the math's `^` stays.
  if (inlineMaths(heading).length === 0) nameText = withoutPandocScripts(nameText);
  return { level: heading.depth, number, name, nameText: nameText.replace(/\s+/g, ' ').trim(), nameOffset: contentStart, id };
}

/** Where `s[0, end)` ends once trailing spaces and tabs are dropped. */
function trimSpacesEnd(s: string, end: number): number {
  while (end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\t')) end--;
  return end;
}

/**
 * The end of an ATX heading's line without its optional closing sequence (`## Name ##`): spaces
 * or tabs, `#`s, spaces or tabs at the end; a lone `#…` run (the whole line) is all closing
 * sequence. Scanned from the end (the regex `[ \t]+#+[ \t]*$` backtracked through long runs of
 * spaces: a heading with 50,000 spaces inside never ended).
 */
export function withoutClosingSequence(line: string): number {
  const end = trimSpacesEnd(line, line.length);
  let hashes = end;
  while (hashes > 0 && line[hashes - 1] === '#') hashes--;
  if (hashes === end) return end;
  if (hashes === 0) return 0;
  if (line[hashes - 1] === ' ' || line[hashes - 1] === '\t') return trimSpacesEnd(line, hashes);
  return end;
}
