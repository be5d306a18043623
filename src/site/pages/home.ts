/**
 * The home page of a collection: title, intro, preamble, topic navigation, and the equation
 * list, paged beyond 100 equations (page 1 at the home URL, the rest at `page/<k>/`; see pagination.ts).
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { RenderContext } from '../context.js';
import { equationItem } from './fragments.js';
import { anchoredHeading, renderPage } from './layout.js';
import { markdownBlock, markdownText } from './markdown.js';
import type { SiteCollection } from '../model.js';
import { chunk, listPageSize, pagePath, pager, pageSuffix } from './pagination.js';
import { siteMessages } from '../i18n/messages.js';

/** Number of pages of the home list. */
export function homePageCount(sc: SiteCollection): number {
  return chunk(sc.equations, listPageSize(sc.equations.length)).length;
}

export function renderHome(ctx: RenderContext, sc: SiteCollection, all: SiteCollection[], pageNumber = 1): string {
  const c = sc.collection;
  const size = listPageSize(sc.equations.length);
  const pages = chunk(sc.equations, size);
  const shown = pages[pageNumber - 1] ?? [];
  const first = pageNumber === 1;
  const from = (pageNumber - 1) * size;
  const main: ElementContent[] = [h('h1', first ? c.title : `${c.title}: equations ${from + 1}–${from + shown.length}`)];
  if (first && c.intro.trim()) main.push(h('div.intro', markdownBlock(c.intro, ctx, { headingFloor: 1 })));
  if (first && c.preamble.trim()) {
    main.push(h('details.preamble', [h('summary', siteMessages(ctx).t('home.preamble')), h('div.preamble-body', markdownBlock(c.preamble, ctx, { headingFloor: 2 }))]));
  }
  if (sc.topics.length > 0) {
    main.push(
      h('nav.topic-nav', { ariaLabelledBy: 'topics-heading' }, [
        anchoredHeading(2, 'topics-heading', siteMessages(ctx).t('home.topics'), siteMessages(ctx).t('anchor')),
        h(
          'ul.topic-list',
          sc.topics.map((t) => h('li', [h('a', { href: ctx.urls.href(sc.paths.topic(t.slug)) }, t.title), ' ', h('span.count', `(${t.equations.length})`)])),
        ),
      ]),
    );
  }
  if (all.length > 1) {
    main.push(
      h('nav.collection-nav', { ariaLabelledBy: 'collections-heading' }, [
        anchoredHeading(2, 'collections-heading', siteMessages(ctx).t('home.collections'), siteMessages(ctx).t('anchor')),
        h('ul', all.map((o) => h('li', [h('a', { href: ctx.urls.href(o.paths.home()), ariaCurrent: o === sc ? 'page' : undefined }, o.collection.title)]))),
      ]),
    );
  }
  main.push(
    h('section.equations', { ariaLabelledBy: 'equations-heading' }, [
      anchoredHeading(2, 'equations-heading', siteMessages(ctx).t('home.all', { count: sc.equations.length }), siteMessages(ctx).t('anchor')),
      ...pager(ctx, sc.paths.home(), pageNumber, pages.length, siteMessages(ctx).t('home.pages')),
      // Shown by defs-toggle.ts; without JavaScript each entry's "Definitions" still opens.
      h('p.defs-toggle-row', [h('button.defs-toggle', { type: 'button', hidden: true, ariaPressed: 'false', dataDefsToggle: '' }, siteMessages(ctx).t('defs.show'))]),
      h('ol#equation-list.equation-list', { start: first ? undefined : from + 1 }, shown.map((se) => equationItem(ctx, sc, se))),
      ...pager(ctx, sc.paths.home(), pageNumber, pages.length, siteMessages(ctx).t('home.pagesBottom')),
    ]),
  );
  const introText = markdownText(c.intro);
  return renderPage(ctx, {
    path: pagePath(sc.paths.home(), pageNumber),
    title: `${c.title}${pageSuffix(pageNumber, pages.length, ctx)}`,
    description: (sc.paths.prefix === '' && ctx.site?.description) || introText || siteMessages(ctx).t('home.description', { count: sc.equations.length }),
    ogType: 'website',
    jsonLd: {
      '@type': 'DefinedTermSet',
      name: c.title,
      description: introText || undefined,
      hasDefinedTerm: shown.map((se) => ({ '@type': 'DefinedTerm', name: se.eq.nameText, url: ctx.urls.best(sc.paths.equation(se.eq.slug)) })),
    },
    main,
    paths: sc.paths,
    collectionTitle: c.title,
    current: 'home',
  });
}
