/**
 * A section heading → the name its equations take: the leading number (`17.`, `6)`) removed,
 * an explicit id (`{#adam}`) taken off, HTML tags dropped but their text kept
 * (`Compute I<sub>x</sub>` → "Compute Ix"), inline math kept as its LaTeX.
 */
import type { Heading } from 'mdast';
import { endOf, inlineMaths, markdownSlice, plainText, startOf, type ChunkContext } from './mdast-helpers.js';

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
/** `4.1` or `4.1.2.`: a section number, dropped from the name (not an equation number). */
const SECTION_NUMBER = /^\d{1,6}(?:\.\d{1,4})+\.?\s+/;
const ID = /[ \t]*\{#([A-Za-z][A-Za-z0-9_-]{0,79})\}[ \t]*$/;
const TAG = /<\/?[A-Za-z][^<>]*>/g;

export function readHeading(heading: Heading, ctx: ChunkContext): HeadingRead {
  const start = startOf(heading, ctx);
  const end = endOf(heading, ctx);
  const raw = ctx.text.slice(start, end);
  const marks = /^ {0,3}#{1,6}[ \t]*/.exec(raw);
  let contentStart = start + (marks ? marks[0].length : 0);
  let content = raw.replace(/[ \t]+#+[ \t]*$/, '').replace(/\s+$/, '');
  let id: string | null = null;
  const idMatch = ID.exec(content);
  if (idMatch) {
    id = idMatch[1]!.toLowerCase();
    content = content.slice(0, idMatch.index);
  }
  let contentEnd = start + content.length;
  let number: number | null = null;
  const numberMatch = NUMBER.exec(ctx.text.slice(contentStart, contentEnd));
  const sectionMatch = numberMatch ? null : SECTION_NUMBER.exec(ctx.text.slice(contentStart, contentEnd));
  if (numberMatch) {
    number = Number(numberMatch[1]);
    contentStart += numberMatch[0].length;
  } else if (sectionMatch) {
    contentStart += sectionMatch[0].length;
  }
  if (contentEnd < contentStart) contentEnd = contentStart;
  const name = markdownSlice(contentStart, contentEnd, inlineMaths(heading), ctx).replace(TAG, '').trim();
  let nameText = plainText(heading).trim();
  if (idMatch) nameText = nameText.replace(/\s*\{#[^}]*\}\s*$/, '');
  nameText = nameText.replace(number !== null ? NUMBER : SECTION_NUMBER, '');
  return { level: heading.depth, number, name, nameText: nameText.replace(/\s+/g, ' ').trim(), nameOffset: contentStart, id };
}
