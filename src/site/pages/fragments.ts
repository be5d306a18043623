/** Markup pieces shared by several pages: equation list items, the formula box, equation titles. */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { math, type RenderContext } from '../context.js';
import { markdownInline } from './markdown.js';
import type { SiteCollection, SiteEquation } from '../model.js';
import { siteMessages } from '../i18n/messages.js';
import { withIntents } from './math-intent.js';

/** "17. Adam Optimizer" with math in the name typeset. */
export function equationTitle(ctx: RenderContext, se: SiteEquation): ElementContent[] {
  const out: ElementContent[] = [];
  if (se.eq.number !== null) out.push(h('span.eq-num', `${se.eq.number}.`), { type: 'text', value: ' ' });
  out.push(h('span.eq-name', markdownInline(se.eq.name, ctx)));
  return out;
}

/**
 * The display formula in a box that scrolls sideways when the formula is wider than the
 * screen; focusable and labelled so keyboard users can scroll it too.
 */
export function formulaBox(ctx: RenderContext, se: SiteEquation, label: string, intents = false): ElementContent {
  const formula = math(ctx, se.latex, true, se.linked.size > 0 || se.latex !== se.eq.latex, se.eq.latex);
  // On the equation's own page, its MathML says what each defined symbol means (math-intent.ts).
  return h('div.formula-box', { role: 'group', tabIndex: 0, ariaLabel: label }, [intents ? withIntents(formula, se.eq.variables) : formula]);
}

/**
 * The where-list folded in a `<details>` (open it without JavaScript; find-in-page opens it, and
 * print shows it: styles.css), so a list of formulas still says what each symbol means.
 */
function definitions(ctx: RenderContext, se: SiteEquation): ElementContent[] {
  const items = se.eq.variables.map((v) => h('li', markdownInline(v.item, ctx, 'elided')));
  if (items.length === 0) return [];
  return [h('details.eq-defs', [h('summary', siteMessages(ctx).t('eq.definitions')), h('ul.where-list', items)])];
}

/** One `<li class="eq-item">` of an equation list (home page, topic pages). */
export function equationItem(ctx: RenderContext, sc: SiteCollection, se: SiteEquation): ElementContent {
  const href = ctx.urls.href(sc.paths.equation(se.eq.slug));
  return h('li.eq-item', { dataSlug: se.eq.slug }, [
    h('h3.eq-item-title', [h('a', { href }, equationTitle(ctx, se))]),
    formulaBox(ctx, se, siteMessages(ctx).t('eq.formulaOf', { name: se.eq.nameText })),
    ...definitions(ctx, se),
  ]);
}
