/** `/topics/` (index of topics) and `/topics/<slug>/` (the equations of one topic). */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Topic } from '../../types.js';
import type { RenderContext } from '../context.js';
import { equationItem } from './fragments.js';
import { renderPage } from './layout.js';
import type { SiteCollection, SiteEquation } from '../model.js';
import { chunk, listPageSize, pagePath, pager, pageSuffix } from './pagination.js';

/** Names shown in a topic's preview line on the topics index before "and N more". */
const PREVIEW_NAMES = 24;

export function members(sc: SiteCollection, topic: Topic): SiteEquation[] {
  return topic.equations.map((s) => sc.bySlug.get(s)).filter((x): x is SiteEquation => x !== undefined);
}

export function renderTopicIndex(ctx: RenderContext, sc: SiteCollection): string {
  const main: ElementContent[] = [h('h1', 'Topics')];
  if (sc.topics.length === 0) main.push(h('p', 'This collection has no topics yet.'));
  else {
    main.push(
      h(
        'ul.topic-index',
        sc.topics.map((t) => {
          const eqs = members(sc, t);
          return h('li', [
            h('h2', [h('a', { href: ctx.urls.href(sc.paths.topic(t.slug)) }, t.title), ' ', h('span.count', `(${eqs.length})`)]),
            h('p.topic-preview', previewLine(eqs)),
          ]);
        }),
      ),
    );
  }
  return renderPage(ctx, {
    path: sc.paths.topics(),
    title: `Topics of ${sc.collection.title}`,
    description: `${sc.topics.length} topics: ${sc.topics.map((t) => t.title).join(', ')}.`,
    jsonLd: { '@type': 'CollectionPage', name: `Topics of ${sc.collection.title}` },
    main,
    paths: sc.paths,
    collectionTitle: sc.collection.title,
    current: 'topics',
  });
}

/** The first PREVIEW_NAMES names of a topic, then how many more. */
function previewLine(eqs: SiteEquation[]): string {
  const names = eqs.slice(0, PREVIEW_NAMES).map((e) => e.eq.nameText).join(' · ');
  return eqs.length > PREVIEW_NAMES ? `${names} · and ${eqs.length - PREVIEW_NAMES} more` : names;
}

/** Page `pageNumber` of a topic's equations (paged beyond 100 equations; page k ≥ 2 at `page/<k>/`). */
export function renderTopicPage(ctx: RenderContext, sc: SiteCollection, topic: Topic, pageNumber = 1): string {
  const all = members(sc, topic);
  const size = listPageSize(all.length);
  const pages = chunk(all, size);
  const eqs = pages[pageNumber - 1] ?? [];
  const from = (pageNumber - 1) * size;
  const main: ElementContent[] = [
    h('nav.breadcrumb', { ariaLabel: 'Breadcrumb' }, [
      h('ol', [h('li', [h('a', { href: ctx.urls.href(sc.paths.home()) }, sc.collection.title)]), h('li', [h('a', { href: ctx.urls.href(sc.paths.topics()) }, 'Topics')])]),
    ]),
    h('h1', topic.title + pageSuffix(pageNumber, pages.length)),
    h('p', `${all.length} equation${all.length === 1 ? '' : 's'}${pages.length > 1 ? `; ${from + 1}–${from + eqs.length} on this page` : ''}.`),
    ...pager(ctx, sc.paths.topic(topic.slug), pageNumber, pages.length, `Pages of ${topic.title}`),
    h('ol.equation-list', { start: pageNumber > 1 ? from + 1 : undefined }, eqs.map((se) => equationItem(ctx, sc, se))),
    ...pager(ctx, sc.paths.topic(topic.slug), pageNumber, pages.length, `Pages of ${topic.title} (bottom)`),
  ];
  const described = eqs.slice(0, PREVIEW_NAMES).map((e) => e.eq.nameText).join(', ') + (eqs.length > PREVIEW_NAMES ? ` and ${eqs.length - PREVIEW_NAMES} more` : '');
  return renderPage(ctx, {
    path: pagePath(sc.paths.topic(topic.slug), pageNumber),
    title: topic.title + pageSuffix(pageNumber, pages.length),
    description: `${topic.title}: ${described}.`,
    jsonLd: { '@type': 'CollectionPage', name: topic.title, hasPart: eqs.map((e) => ({ '@type': 'DefinedTerm', name: e.eq.nameText, url: ctx.urls.best(sc.paths.equation(e.eq.slug)) })) },
    main,
    paths: sc.paths,
    collectionTitle: sc.collection.title,
    current: 'topics',
  });
}
