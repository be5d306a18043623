/**
 * A reference's preview card, made at build time: the target's number and name, its typeset
 * formula (KaTeX HTML without MathML, the search previews' form: no math JavaScript in the
 * browser) and its first definitions. One small file per referenced equation
 * (`equations/<slug>/preview.html`, PREVIEW_FILE of site/references.ts), fetched by the browser on the first hover or focus of a
 * reference to it (src/client/ref-preview.ts), so no page carries previews it may not show.
 */
import { h } from 'hastscript';
import type { RenderContext } from '../context.js';
import { previewMath } from '../context.js';
import type { SiteEquation } from '../model.js';
import { equationTitle } from './fragments.js';
import { katexRaw } from './hast.js';
import { markdownInline } from './markdown.js';
import { serialize } from './serialize.js';

/** Definitions a card shows at most. */
const SHOWN_DEFINITIONS = 3;

export function referencePreview(ctx: RenderContext, se: SiteEquation): string {
  const defs = se.eq.variables.slice(0, SHOWN_DEFINITIONS).map((v) => h('li', markdownInline(v.item, ctx, 'elided')));
  const more = se.eq.variables.length - defs.length;
  if (more > 0) defs.push(h('li.ref-preview-more', `… ${more} more`));
  return serialize(
    h('div.ref-preview-card', [
      h('p.ref-preview-title', equationTitle(ctx, se)),
      h('div.ref-preview-math', [katexRaw(previewMath(ctx, se.eq.latex, true))]),
      ...(defs.length ? [h('ul.ref-preview-defs', defs)] : []),
    ]),
  );
}
