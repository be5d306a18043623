/** An equation page's "Referenced by" section: the equations (or introductions) that refer to it. */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { RenderContext } from '../context.js';
import type { SiteEquation } from '../model.js';
import { REFERENCE_TEXT } from '../references.js';
import { equationTitle } from './fragments.js';
import { anchoredHeading } from './layout.js';

export function referencedBy(ctx: RenderContext, se: SiteEquation): ElementContent[] {
  const from = ctx.references?.links.referencedBy(se) ?? [];
  if (from.length === 0) return [];
  const items = from.map((b) =>
    b.se
      ? h('li', [h('a', { href: ctx.urls.href(b.sc.paths.equation(b.se.eq.slug)) }, equationTitle(ctx, b.se))])
      : h('li', [h('a', { href: ctx.urls.href(b.sc.paths.home()) }, `${b.sc.collection.title}: ${REFERENCE_TEXT.introduction}`)]),
  );
  return [h('section.referenced-by', { ariaLabelledBy: 'referenced-by' }, [anchoredHeading(2, 'referenced-by', REFERENCE_TEXT.referencedBy), h('ul', items)])];
}
