/**
 * The rest of an equation's section on its page, under the where-list: the author's paragraphs,
 * lists, tables, admonitions, blockquotes and images around the formula (Equation.content,
 * src/parse/section-content.ts). Rendered like the intro: the same markdown converter (every
 * text escaped, raw HTML shown as text, math typeset) and the same bound (prose-bound.ts) on the
 * whole of it.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { RenderContext } from '../context.js';
import type { Equation } from '../../types.js';
import { anchoredHeading } from './layout.js';
import { markdownBlock } from './markdown.js';
import { imageKey } from '../assets/content-images.js';
import { joinedContent } from '../../parse/section-content.js';

/** `sourceFile`: the collection's, against which image paths were resolved (src/read/content-images.ts). */
export function equationContent(ctx: RenderContext, sourceFile: string, eq: Equation): ElementContent[] {
  const md = joinedContent(eq.content);
  if (!md.trim()) return [];
  const image = (url: string): string | null => {
    const path = ctx.contentImages?.get(imageKey(sourceFile, url));
    return path === undefined ? null : ctx.urls.href(path);
  };
  return [h('section.equation-content', { ariaLabelledBy: 'notes' }, [anchoredHeading(2, 'notes', 'From the source'), ...markdownBlock(md, ctx, { headingFloor: 2, image })])];
}
