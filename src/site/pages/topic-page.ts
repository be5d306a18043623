/** `/topics/` (index of topics) and `/topics/<slug>/` (the equations of one topic). */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Topic } from '../../types.js';
import type { RenderContext } from '../context.js';
import { equationItem } from './fragments.js';
import { renderPage } from './layout.js';
import type { SiteCollection, SiteEquation } from '../model.js';

function members(sc: SiteCollection, topic: Topic): SiteEquation[] {
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
            h('p.topic-preview', eqs.map((e) => e.eq.nameText).join(' · ')),
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

export function renderTopicPage(ctx: RenderContext, sc: SiteCollection, topic: Topic): string {
  const eqs = members(sc, topic);
  const main: ElementContent[] = [
    h('nav.breadcrumb', { ariaLabel: 'Breadcrumb' }, [
      h('ol', [h('li', [h('a', { href: ctx.urls.href(sc.paths.home()) }, sc.collection.title)]), h('li', [h('a', { href: ctx.urls.href(sc.paths.topics()) }, 'Topics')])]),
    ]),
    h('h1', topic.title),
    h('p', `${eqs.length} equation${eqs.length === 1 ? '' : 's'}.`),
    h('ol.equation-list', eqs.map((se) => equationItem(ctx, sc, se))),
  ];
  return renderPage(ctx, {
    path: sc.paths.topic(topic.slug),
    title: topic.title,
    description: `${topic.title}: ${eqs.map((e) => e.eq.nameText).join(', ')}.`,
    jsonLd: { '@type': 'CollectionPage', name: topic.title, hasPart: eqs.map((e) => ({ '@type': 'DefinedTerm', name: e.eq.nameText, url: ctx.urls.best(sc.paths.equation(e.eq.slug)) })) },
    main,
    paths: sc.paths,
    collectionTitle: sc.collection.title,
    current: 'topics',
  });
}
