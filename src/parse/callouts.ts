/**
 * Obsidian callouts (`> [!definition] Gauss's law`): a titled callout whose body presents a
 * display formula is that formula's equation, named by the title (the section reader reads
 * the callout's content as its own). Callouts holding examples, checks, remarks, questions or
 * warnings are commentary, like any blockquote: their math is checked, they make no record.
 */
import type { Blockquote, Paragraph } from 'mdast';
import { inlineMaths, markdownSlice, startOf, type ChunkContext } from './mdast-helpers.js';
import { inlineForm } from './paragraph-lines.js';

const TITLE = /^\[!([A-Za-z][\w-]{0,30})\][+-]?[ \t]+(\S[^\n]*?)[ \t]*$/;
/** Callout types that hold commentary, not a formula's presentation. */
const COMMENTARY = new Set(['example', 'check', 'remark', 'quote', 'cite', 'question', 'help', 'faq', 'todo', 'tip', 'hint', 'warning', 'caution', 'attention', 'danger', 'error', 'failure', 'fail', 'missing', 'bug', 'exercise', 'solution', 'proof']);

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
  if (!m || COMMENTARY.has(m[1]!.toLowerCase())) return null;
  const maths = inlineMaths(node);
  const presents = maths.some((x) => x.type === 'math' || x.type === 'code' || (x.type === 'inlineMath' && inlineForm(x, ctx) !== 'dollar'));
  if (!presents) return null;
  const nameStart = start + m[0].indexOf(m[2]!, m[1]!.length + 3);
  const name = markdownSlice(nameStart, nameStart + m[2]!.length, maths, ctx);
  return { paragraph: first, lead: { name, nameText: name.replace(/[$*_`]/g, '').replace(/\s+/g, ' ').trim() || name, offset: nameStart } };
}
