/** `/topics/` (index of topics) and `/topics/<slug>/` (the equations of one topic). */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Topic } from '../../types.js';
import type { RenderContext } from '../context.js';
import { equationItem } from './fragments.js';
import { renderPage } from './layout.js';
import type { SiteCollection, SiteEquation } from '../model.js';
import { chunk, listPageSize, pagePath, pager, pageSuffix } from './pagination.js';
import { siteMessages, type Messages } from '../i18n/messages.js';

/** Names shown in a topic's preview line on the topics index before "and N more". */
const PREVIEW_NAMES = 24;

export function members(sc: SiteCollection, topic: Topic): SiteEquation[] {
  return topic.equations.map((s) => sc.bySlug.get(s)).filter((x): x is SiteEquation => x !== undefined);
}

export function renderTopicIndex(ctx: RenderContext, sc: SiteCollection): string {
  const t = siteMessages(ctx).t;
  const main: ElementContent[] = [h('h1', t('topics.title'))];
  if (sc.topics.length === 0) main.push(h('p', t('topics.none')));
  else {
    main.push(
      h(
        'ul.topic-index',
        sc.topics.map((topic) => {
          const eqs = members(sc, topic);
          return h('li', [
            h('h2', [h('a', { href: ctx.urls.href(sc.paths.topic(topic.slug)) }, topic.title), ' ', h('span.count', `(${eqs.length})`)]),
            h('p.topic-preview', previewLine(eqs, t)),
          ]);
        }),
      ),
    );
  }
  return renderPage(ctx, {
    path: sc.paths.topics(),
    title: t('topics.titleOf', { title: sc.collection.title }),
    description: t('topics.description', { count: sc.topics.length, list: sc.topics.map((topic) => topic.title).join(', ') }),
    jsonLd: { '@type': 'CollectionPage', name: t('topics.titleOf', { title: sc.collection.title }) },
    main,
    paths: sc.paths,
    collectionTitle: sc.collection.title,
    current: 'topics',
  });
}

/** The first PREVIEW_NAMES names of a topic, then how many more. */
function previewLine(eqs: SiteEquation[], t: Messages['t']): string {
  const names = eqs.slice(0, PREVIEW_NAMES).map((e) => e.eq.nameText).join(' · ');
  return eqs.length > PREVIEW_NAMES ? names + t('topics.more', { count: eqs.length - PREVIEW_NAMES }) : names;
}

/** Page `pageNumber` of a topic's equations (paged beyond 100 equations; page k ≥ 2 at `page/<k>/`). */
export function renderTopicPage(ctx: RenderContext, sc: SiteCollection, topic: Topic, pageNumber = 1): string {
  const all = members(sc, topic);
  const size = listPageSize(all.length);
  const pages = chunk(all, size);
  const eqs = pages[pageNumber - 1] ?? [];
  const from = (pageNumber - 1) * size;
  const t = siteMessages(ctx).t;
  const main: ElementContent[] = [
    h('nav.breadcrumb', { ariaLabel: t('breadcrumb') }, [
      h('ol', [h('li', [h('a', { href: ctx.urls.href(sc.paths.home()) }, sc.collection.title)]), h('li', [h('a', { href: ctx.urls.href(sc.paths.topics()) }, t('topics.title'))])]),
    ]),
    h('h1', topic.title + pageSuffix(pageNumber, pages.length, ctx)),
    h('p', `${t(all.length === 1 ? 'topics.countOne' : 'topics.countMany', { count: all.length })}${pages.length > 1 ? t('topics.onPage', { from: from + 1, to: from + eqs.length }) : ''}.`),
    ...pager(ctx, sc.paths.topic(topic.slug), pageNumber, pages.length, t('topics.pages', { title: topic.title })),
    h('ol.equation-list', { start: pageNumber > 1 ? from + 1 : undefined }, eqs.map((se) => equationItem(ctx, sc, se))),
    ...pager(ctx, sc.paths.topic(topic.slug), pageNumber, pages.length, t('topics.pagesBottom', { title: topic.title })),
  ];
  const described = eqs.slice(0, PREVIEW_NAMES).map((e) => e.eq.nameText).join(', ') + (eqs.length > PREVIEW_NAMES ? t('topics.andMore', { count: eqs.length - PREVIEW_NAMES }) : '');
  return renderPage(ctx, {
    path: pagePath(sc.paths.topic(topic.slug), pageNumber),
    title: topic.title + pageSuffix(pageNumber, pages.length, ctx),
    description: `${topic.title}: ${described}.`,
    jsonLd: { '@type': 'CollectionPage', name: topic.title, hasPart: eqs.map((e) => ({ '@type': 'DefinedTerm', name: e.eq.nameText, url: ctx.urls.best(sc.paths.equation(e.eq.slug)) })) },
    main,
    paths: sc.paths,
    collectionTitle: sc.collection.title,
    current: 'topics',
  });
}
