/**
 * Every math span of a parsed chunk, wherever it stands: prose, headings, lists, blockquotes,
 * admonitions (read as list items, see containers.ts), tables, and HTML blocks such as
 * `<details markdown="1">` (their tags are blanked and the rest read as markdown). Code and
 * HTML comments hold no math.
 */
import type { Nodes, Root } from 'mdast';
import type { MathSource } from '../types.js';
import { inlineMaths, mathSourceOf, startOf, type ChunkContext } from './mdast-helpers.js';
import { remarkParse } from './remark.js';
import { isDefinitionsOnly } from './macro-definitions.js';

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG = /<\/?[A-Za-z][^<>]*>/g;

export function mathSpans(tree: Root, ctx: ChunkContext): MathSource[] {
  const out = inlineMaths(tree).map((m) => mathSourceOf(m, ctx));
  for (const node of htmlNodes(tree)) {
    const start = startOf(node, ctx);
    const value = node.value;
    if (!value.includes('$')) continue;
    const blanked = value.replace(COMMENT, (m) => ' '.repeat(m.length)).replace(TAG, (m) => ' '.repeat(m.length));
    if (!blanked.includes('$')) continue;
    const inner = remarkParse(blanked);
    const innerCtx: ChunkContext = { ...ctx, offset: start };
    for (const m of inlineMaths(inner)) out.push(mathSourceOf(m, innerCtx));
  }
  // A preamble block of macro definitions is read by macros.ts, not checked as math (KaTeX refuses `\newcommand` of a name it has).
  return ctx.macros ? out.filter((m) => !isDefinitionsOnly(m.latex)) : out;
}

/** HTML nodes at any depth (iterative). */
function htmlNodes(tree: Root): Array<Nodes & { value: string }> {
  const out: Array<Nodes & { value: string }> = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'html') out.push(n);
    else if ('children' in n) for (const c of n.children) stack.push(c as Nodes);
  }
  return out;
}
