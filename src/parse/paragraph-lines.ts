/**
 * A paragraph seen as the reader sees it: source lines (a math span running over lines keeps
 * them together), the text outside their math, and how each display was written.
 */
import type { Nodes, Paragraph } from 'mdast';
import type { DisplayForm } from '../types.js';
import { endOf, inlineMaths, isMathCode, startOf, type ChunkContext } from './mdast-helpers.js';

export interface Line {
  start: number;
  end: number;
  maths: Nodes[];
}

/** A paragraph's source lines; a math span that runs over lines keeps its lines together. */
export function logicalLines(p: Paragraph, ctx: ChunkContext): Line[] {
  const pEnd = endOf(p, ctx);
  const maths = inlineMaths(p);
  const out: Line[] = [];
  let k = 0;
  let ls = startOf(p, ctx);
  while (ls < pEnd) {
    // A line inside a blockquote or callout starts after its `>` markers.
    while (ls < pEnd && (ctx.text[ls] === ' ' || ctx.text[ls] === '\t' || ctx.text[ls] === '>')) ls++;
    let le = ctx.text.indexOf('\n', ls);
    if (le < 0 || le > pEnd) le = pEnd;
    const lineMaths: Nodes[] = [];
    while (k < maths.length && startOf(maths[k]!, ctx) < le) {
      const me = endOf(maths[k]!, ctx);
      if (me > le) {
        le = ctx.text.indexOf('\n', me);
        if (le < 0 || le > pEnd) le = pEnd;
      }
      lineMaths.push(maths[k]!);
      k++;
    }
    out.push({ start: ls, end: le, maths: lineMaths });
    ls = le + 1;
  }
  return out;
}

/** The line's text outside its math spans. */
export function textOutside(line: Line, ctx: ChunkContext): string {
  let out = '';
  let at = line.start;
  for (const m of line.maths) {
    out += ctx.text.slice(at, startOf(m, ctx));
    at = endOf(m, ctx);
  }
  return out + ctx.text.slice(at, line.end);
}

export function inlineForm(m: Nodes, ctx: ChunkContext): DisplayForm {
  const at = startOf(m, ctx);
  if (ctx.bracketDisplays.has(at)) return 'bracket';
  if (ctx.dollarDisplays.has(at)) return 'double-dollar';
  if (ctx.text.startsWith('$$', at) && !ctx.parenInlines.has(at)) return 'double-dollar';
  return 'dollar';
}

export function flowForm(node: Nodes, ctx: ChunkContext): DisplayForm {
  if (isMathCode(node)) return 'fenced';
  const at = startOf(node, ctx);
  const text = ctx.text.slice(at, at + 8);
  return ctx.bracketDisplays.has(at + (text.length - text.trimStart().length)) ? 'bracket' : 'double-dollar';
}
