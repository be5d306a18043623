/**
 * One equation's page: number + name, the display formula (symbol-linked when the linker is
 * available), the where-list, copy buttons, topic, related equations, previous/next and the
 * source link.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { RenderContext } from '../context.js';
import { equationTitle, formulaBox } from './fragments.js';
import { anchoredHeading, renderPage } from './layout.js';
import { markdownInline, markdownText } from './markdown.js';
import { plainMath, plainText } from '../../search/plain-math.js';
import type { SiteCollection, SiteEquation } from '../model.js';
import { relatedWithReasons } from '../related.js';
import { formulaReferences, referencedBy } from './referenced-by.js';
import type { EquationMedia } from './equation-media.js';
import type { EquationReading } from './equation-reading.js';
import { equationContent } from './equation-content.js';
import { siteMessages } from '../i18n/messages.js';
import { otherMeanings } from '../meanings.js';
import type { Variable } from '../../types.js';

/** Plain-text description for meta tags, from the where-list; math as plain text (no TeX in a link preview). */
export function equationDescription(se: Pick<SiteEquation, 'eq'>, where = 'where'): string {
  const items = se.eq.variables.map((v) => markdownText(v.item, plainMath)).filter(Boolean);
  // The where-list reads as a sentence; without one, the formula as plain text.
  const name = plainText(se.eq.name);
  return items.length ? `${name}, ${where} ${items.join('; ')}.` : `${name}: ${plainMath(se.eq.latex)}`;
}

/** `spoken`: each item's spoken form (`data-spoken`, what stepping through the formula's symbols announces). */
function whereList(ctx: RenderContext, sc: SiteCollection, se: SiteEquation, spoken: string[] = []): ElementContent[] {
  const eq = se.eq;
  const borrowed = eq.borrowed ?? [];
  const unexplained = eq.unexplained ?? [];
  if (eq.variables.length === 0 && eq.notes.length === 0 && borrowed.length === 0) return [];
  const said = (n: number): string | undefined => spoken[n] || undefined;
  const items: ElementContent[] = eq.variables.map((v, i) => {
    const body = [...markdownInline(v.item, ctx), ...glossaryFrom(ctx, v), ...alsoMeans(ctx, sc, se, v)];
    return se.linked.has(i) ? h('li', { dataVar: String(i), dataSpoken: said(i), tabIndex: 0 }, body) : h('li', body);
  });
  for (const n of eq.notes) items.push(h('li.note', markdownInline(n.text, ctx)));
  // Meanings taken from another where-list: item N = own items + k, linked like an own item.
  borrowed.forEach((b, k) => {
    const n = eq.variables.length + k;
    const source = sc.bySlug.get(b.from);
    const body: ElementContent[] = [...markdownInline(`$${b.symbol}$ — ${b.description}`, ctx, 'elided')];
    if (source) {
      body.push({ type: 'text', value: ', ' }, h('span.borrowed-from', ['as in ', h('a', { href: ctx.urls.href(sc.paths.equation(b.from)) }, equationTitle(ctx, source))]));
    }
    items.push(se.linked.has(n) ? h('li.borrowed', { dataVar: String(n), dataSpoken: said(n), tabIndex: 0 }, body) : h('li.borrowed', body));
  });
  for (const u of unexplained) items.push(h('li.unexplained', [...markdownInline(`$${u}$`, ctx), { type: 'text', value: siteMessages(ctx).t('eq.undefined') }]));
  return [anchoredHeading(2, 'where', siteMessages(ctx).t('eq.where'), siteMessages(ctx).t('anchor')), h('ul.where-list', items)];
}

/** ", from the glossary “Symbols”" after a definition the document's glossary section gave (parse/definitions-glossary.ts). */
function glossaryFrom(ctx: RenderContext, v: Variable): ElementContent[] {
  if (v.source !== 'glossary' || !v.glossary) return [];
  return [{ type: 'text', value: ', ' }, h('span.glossary-from', siteMessages(ctx).t('eq.glossaryFrom', { heading: v.glossary }))];
}

/**
 * "(also means X in Eq. N)" after a where-item whose symbol the collection gives another meaning
 * (meanings.ts): in the list and in the symbol's tooltip, which shows the item (symbol-links.ts).
 */
function alsoMeans(ctx: RenderContext, sc: SiteCollection, se: SiteEquation, v: Variable): ElementContent[] {
  const others = otherMeanings(sc, se, v);
  if (others.length === 0) return [];
  const template = siteMessages(ctx).t('eq.alsoMeans');
  const parts: ElementContent[] = [{ type: 'text', value: ' (' }];
  others.forEach((o, k) => {
    if (k > 0) parts.push({ type: 'text', value: '; ' });
    for (const piece of template.split(/(\{meaning\}|\{equation\})/)) {
      if (piece === '{meaning}') parts.push(h('span.also-meaning', markdownInline(o.description, ctx, 'elided')));
      else if (piece === '{equation}') parts.push(h('a', { href: ctx.urls.href(sc.paths.equation(o.se.eq.slug)) }, equationTitle(ctx, o.se)));
      else if (piece) parts.push({ type: 'text', value: piece });
    }
  });
  parts.push({ type: 'text', value: ')' });
  return [h('span.also-means', parts)];
}

function smallLink(ctx: RenderContext, sc: SiteCollection, se: SiteEquation, rel?: 'prev' | 'next'): ElementContent {
  return h('a', { href: ctx.urls.href(sc.paths.equation(se.eq.slug)), rel }, equationTitle(ctx, se));
}

export function renderEquationPage(ctx: RenderContext, sc: SiteCollection, se: SiteEquation, media: EquationMedia | null = null, reading: EquationReading | null = null): string {
  const eq = se.eq;
  const path = sc.paths.equation(eq.slug);
  const crumbs: ElementContent[] = [h('li', [h('a', { href: ctx.urls.href(sc.paths.home()) }, sc.collection.title)])];
  if (se.topic) crumbs.push(h('li', [h('a', { href: ctx.urls.href(sc.paths.topic(se.topic.slug)) }, se.topic.title)]));

  const main: ElementContent[] = [
    h('nav.breadcrumb', { ariaLabel: siteMessages(ctx).t('breadcrumb') }, [h('ol', crumbs)]),
    h('article.equation-entry', { ariaLabelledBy: 'equation-title' }, [
      h('h1#equation-title', equationTitle(ctx, se)),
      // With a spoken form, the formula is named by it and its where-list meanings (said once:
      // no description repeats them; the visual KaTeX is aria-hidden). "Read the equation" shows
      // the same sentence to sighted readers.
      formulaBox(ctx, se, reading ? siteMessages(ctx).t('eq.formulaSpoken', { name: eq.nameText, sentence: reading.sentence }) : siteMessages(ctx).t('eq.formulaOf', { name: eq.nameText }), true),
      ...formulaReferences(ctx, sc, se),
      ...(reading ? [h('details.equation-reading', [h('summary', siteMessages(ctx).t('eq.read')), h('p', reading.sentence)])] : []),
      ...whereList(ctx, sc, se, reading?.items),
      ...equationContent(ctx, sc.collection.sourceFile, eq),
    ]),
    h('div.equation-actions', [
      // Hidden until copy.ts wires them: without JavaScript they could do nothing.
      h('button.copy-button', { type: 'button', dataCopy: 'latex', dataLatex: eq.latex, hidden: true }, siteMessages(ctx).t('eq.copyLatex')),
      h('button.copy-button', { type: 'button', dataCopy: 'mathml', hidden: true }, siteMessages(ctx).t('eq.copyMathml')),
      h('button.copy-button', { type: 'button', dataCopy: 'link', hidden: true }, siteMessages(ctx).t('eq.copyLink')),
      media?.svg ? h('a.download-svg', { href: ctx.urls.href(media.svg), download: `${eq.slug}.svg`, type: 'image/svg+xml' }, siteMessages(ctx).t('eq.downloadSvg')) : null,
      h('span.copy-status', { role: 'status', ariaLive: 'polite' }),
    ]),
    h('details.latex-source', [h('summary', siteMessages(ctx).t('eq.latexSource')), h('pre', [h('code', eq.latex)])]),
  ];

  const facts: ElementContent[] = [];
  if (se.topic) facts.push(h('p', [siteMessages(ctx).t('eq.topic'), h('a', { href: ctx.urls.href(sc.paths.topic(se.topic.slug)) }, se.topic.title)]));
  // A source link only for files inside the repository (a relative path).
  if (ctx.repoUrl && !/^([/\\]|[A-Za-z]:)/.test(sc.collection.sourceFile)) {
    // The formula's own line (several equations of one section each point at theirs); a notebook's in its JSON, shown as text.
    const line = (eq.positions.equation ?? eq.positions.heading).start.line;
    const file = sc.collection.sourceFile.replace(/\\/g, '/').replace(/^\.\//, '');
    const href = `${ctx.repoUrl.replace(/\/+$/, '')}/blob/${ctx.repoBranch}/${file.split('/').map(encodeURIComponent).join('/')}${/\.ipynb$/i.test(file) ? '?plain=1' : ''}#L${line}`;
    facts.push(h('p', [h('a.source-link', { href }, siteMessages(ctx).t('eq.source', { file, line }))]));
  }
  if (facts.length) main.push(h('div.equation-facts', facts));

  for (const section of referencedBy(ctx, se)) main.push(section);

  const related = relatedWithReasons(sc, se);
  if (related.length) {
    main.push(
      h('section.related', { ariaLabelledBy: 'related' }, [
        anchoredHeading(2, 'related', siteMessages(ctx).t('eq.related'), siteMessages(ctx).t('anchor')),
        h('ul', related.map((r) => h('li', [smallLink(ctx, sc, r.e), ' ', h('span.related-why', `(${r.reason})`)]))),
      ]),
    );
  }

  const prev = sc.equations[se.index - 1];
  const next = sc.equations[se.index + 1];
  if (prev || next) {
    main.push(
      h('nav.prev-next', { ariaLabel: siteMessages(ctx).t('eq.prevNext') }, [
        h('ul', [
          prev ? h('li.prev', [h('span.pn-label', siteMessages(ctx).t('eq.prev')), smallLink(ctx, sc, prev, 'prev')]) : null,
          next ? h('li.next', [h('span.pn-label', siteMessages(ctx).t('eq.next')), smallLink(ctx, sc, next, 'next')]) : null,
        ].filter((x): x is NonNullable<typeof x> => x !== null)),
      ]),
    );
  }

  const label = eq.number === null ? eq.nameText : `${eq.number}. ${eq.nameText}`;
  return renderPage(ctx, {
    path,
    title: label,
    description: equationDescription(se, siteMessages(ctx).t('speech.where')),
    jsonLd: {
      '@type': 'DefinedTerm',
      name: eq.nameText,
      termCode: eq.latex,
      description: equationDescription(se, siteMessages(ctx).t('speech.where')),
      inDefinedTermSet: { '@type': 'DefinedTermSet', name: sc.collection.title, url: ctx.urls.best(sc.paths.home()) },
    },
    main,
    paths: sc.paths,
    collectionTitle: sc.collection.title,
    image: media ? { path: media.card, alt: equationDescription(se, siteMessages(ctx).t('speech.where')) } : undefined,
  });
}
