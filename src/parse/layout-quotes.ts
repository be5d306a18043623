/**
 * Blockquotes used as indentation (trial 9, E1): a formula sheet that indents by quote depth, a
 * law's name as a heading at `>`, its formula at `>>`, its symbol list at `>>>`. A quote that
 * holds nothing at its own depth but another quote (`>>` opening a block) quotes nobody: it
 * lays its content out, and its blocks (at every depth) are read as the section's own. A quote
 * holding only a heading (`> ### Drag law`) names the formula after it, as a bold label would.
 */
import type { Blockquote, Heading, Nodes } from 'mdast';
import { endOf, inlineMaths, markdownSlice, startOf, type ChunkContext } from './mdast-helpers.js';
import type { LeadIn, SectionReader } from './section-reader.js';

/** A quote whose only child is another quote: `>>` with nothing written at the first depth. */
function isLayoutQuote(node: Blockquote): boolean {
  return node.children.length === 1 && node.children[0]!.type === 'blockquote';
}

/** A quote holding only a heading: its text names the next formula (null when it is no such quote). */
function headingQuoteName(node: Blockquote, ctx: ChunkContext): LeadIn | null {
  if (node.children.length !== 1 || node.children[0]!.type !== 'heading') return null;
  const heading = node.children[0] as Heading;
  const first = heading.children[0];
  const last = heading.children[heading.children.length - 1];
  if (!first || !last) return null;
  const start = startOf(first as Nodes, ctx);
  const end = endOf(last as Nodes, ctx);
  const name = markdownSlice(start, end, inlineMaths(heading), ctx).trim();
  if (name === '' || name.length > 80) return null;
  return { name, nameText: name.replace(/[$*_`]/g, '').replace(/\s+/g, ' ').trim() || name, offset: start };
}

/**
 * A quote used as indentation (`>>` with nothing at `>`): its blocks, at every depth, are read
 * as the section's. A quote holding only a heading names the formula after it. True when the
 * quote was one of them.
 */
export function readLayoutQuote(r: SectionReader, node: Blockquote, rest: Nodes[], k: number, quoted: Set<Nodes>, layout: Set<Nodes>): boolean {
  if (layout.has(node) || isLayoutQuote(node)) {
    rest.splice(k + 1, 0, ...node.children);
    for (const child of node.children) {
      quoted.add(child);
      if (child.type === 'blockquote') layout.add(child);
    }
    return true;
  }
  const named = headingQuoteName(node, r.ctx);
  if (!named) return false;
  r.leadIn = named;
  r.mode = 'none';
  r.lastWasEquation = false;
  return true;
}

