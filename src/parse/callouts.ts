/**
 * Obsidian callouts (`> [!definition] Gauss's law`): a titled callout whose body presents a
 * display formula is that formula's equation, named by the title (the section reader reads
 * the callout's content as its own). Callouts holding examples, checks, remarks, questions or
 * warnings are commentary (commentary.ts): their math is checked, they make no record. Any other
 * blockquote holding a display presents it too (`presentingQuote`, trial 3 H5), unless its
 * callout type or its opening bold label says it is commentary (`> **Note:** …`).
 */
import type { Blockquote, Paragraph } from 'mdast';
import { inlineMaths, markdownSlice, startOf, type ChunkContext } from './mdast-helpers.js';
import { inlineForm } from './paragraph-lines.js';
import { isCommentaryKind, isCommentaryTitle } from './commentary.js';

const TITLE = /^\[!([A-Za-z][\w-]{0,30})\][+-]?[ \t]+(\S[^\n]*?)[ \t]*$/;
/** A callout's type line, with or without a title. */
const KIND = /^\[!([A-Za-z][\w-]{0,30})\][+-]?(?:[ \t]+([^\n]*))?$/;
/** A bold label opening a blockquote (`> **Note:** …`, `> __Rule.__`): its text. */
const BOLD_LABEL = /^(\*\*|__)(.{1,80}?)\1/;

export interface FormulaCallout {
  /** The callout's first paragraph, whose first line is the title. */
  paragraph: Paragraph;
  lead: { name: string; nameText: string; offset: number };
}

export function formulaCallout(node: Blockquote, ctx: ChunkContext): FormulaCallout | null {
  const first = node.children[0];
  if (!first || first.type !== 'paragraph') return null;
  const start = startOf(first, ctx);
  let end = ctx.text.indexOf('\n', start);
  if (end < 0) end = ctx.text.length;
  const m = TITLE.exec(ctx.text.slice(start, end));
  if (!m || isCommentaryKind(m[1]!) || isCommentaryTitle(m[2]!)) return null;
  const maths = inlineMaths(node);
  if (!presentsDisplay(maths, ctx)) return null;
  const nameStart = start + m[0].indexOf(m[2]!, m[1]!.length + 3);
  const name = markdownSlice(nameStart, nameStart + m[2]!.length, maths, ctx);
  return { paragraph: first, lead: { name, nameText: name.replace(/[$*_`]/g, '').replace(/\s+/g, ' ').trim() || name, offset: nameStart } };
}

/** Whether the math nodes hold a display (a `$$` block, a math fence, or display-form math on a line). */
function presentsDisplay(maths: ReturnType<typeof inlineMaths>, ctx: ChunkContext): boolean {
  return maths.some((x) => x.type === 'math' || x.type === 'code' || (x.type === 'inlineMath' && inlineForm(x, ctx) !== 'dollar'));
}

/**
 * A blockquote (not a titled formula callout) whose displays present formulas: it holds a
 * display, and neither its callout type nor its title or opening bold label is commentary.
 */
export function presentingQuote(node: Blockquote, ctx: ChunkContext): boolean {
  if (!presentsDisplay(inlineMaths(node), ctx)) return false;
  const first = node.children[0];
  if (!first || first.type !== 'paragraph') return true;
  const start = startOf(first, ctx);
  let end = ctx.text.indexOf('\n', start);
  if (end < 0) end = ctx.text.length;
  const line = ctx.text.slice(start, end).trim();
  const kind = KIND.exec(line);
  if (kind) return !isCommentaryKind(kind[1]!) && !isCommentaryTitle(kind[2] ?? '');
  const label = BOLD_LABEL.exec(line);
  return !label || !isCommentaryTitle(label[2]!);
}
