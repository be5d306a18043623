/** An equation page's "Referenced by" section: the equations (or introductions) that refer to it. */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { RenderContext } from '../context.js';
import type { SiteCollection, SiteEquation } from '../model.js';
import { referenceLink } from './reference-links.js';
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

/**
 * The references written inside the equation's formula (`\eqref{x}` in the math, shown there as
 * text: KaTeX's visual formula is hidden from assistive technology and takes no links), as links
 * under it: "Refers to Eq. 3, Gravitation", each with its preview card like any reference.
 */
export function formulaReferences(ctx: RenderContext, sc: SiteCollection, se: SiteEquation): ElementContent[] {
  const refs = ctx.references;
  const span = se.eq.positions.equation;
  if (!refs || !span) return [];
  const links: ElementContent[] = [];
  const seen = new Set<string>();
  for (const ref of sc.collection.references ?? []) {
    const at = ref.position.start.offset;
    if (at < span.start.offset || at >= span.end.offset || seen.has(ref.id)) continue;
    seen.add(ref.id);
    const link = referenceLink(ref.target, refs);
    if (!link) continue;
    if (links.length > 0) links.push({ type: 'text', value: ', ' });
    links.push(link);
  }
  return links.length ? [h('p.formula-refs', [REFERENCE_TEXT.refersTo, ...links])] : [];
}
