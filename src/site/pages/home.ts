/** The home page of a collection: title, intro, preamble, topic navigation, every equation. */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { RenderContext } from '../context.js';
import { equationItem } from './fragments.js';
import { anchoredHeading, renderPage } from './layout.js';
import { markdownBlock, markdownText } from './markdown.js';
import type { SiteCollection } from '../model.js';

export function renderHome(ctx: RenderContext, sc: SiteCollection, all: SiteCollection[]): string {
  const c = sc.collection;
  const main: ElementContent[] = [h('h1', c.title)];
  if (c.intro.trim()) main.push(h('div.intro', markdownBlock(c.intro, ctx, { headingFloor: 1 })));
  if (c.preamble.trim()) {
    main.push(h('details.preamble', [h('summary', 'How this list was generated'), h('div.preamble-body', markdownBlock(c.preamble, ctx, { headingFloor: 2 }))]));
  }
  if (sc.topics.length > 0) {
    main.push(
      h('nav.topic-nav', { ariaLabelledBy: 'topics-heading' }, [
        anchoredHeading(2, 'topics-heading', 'Topics'),
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
        anchoredHeading(2, 'collections-heading', 'Collections'),
        h('ul', all.map((o) => h('li', [h('a', { href: ctx.urls.href(o.paths.home()), ariaCurrent: o === sc ? 'page' : undefined }, o.collection.title)]))),
      ]),
    );
  }
  main.push(
    h('section.equations', { ariaLabelledBy: 'equations-heading' }, [
      anchoredHeading(2, 'equations-heading', `All ${sc.equations.length} equations`),
      h('ol#equation-list.equation-list', sc.equations.map((se) => equationItem(ctx, sc, se))),
    ]),
  );
  const introText = markdownText(c.intro);
  return renderPage(ctx, {
    path: sc.paths.home(),
    title: c.title,
    description: (sc.paths.prefix === '' && ctx.site?.description) || introText || `${sc.equations.length} equations with their variables explained.`,
    ogType: 'website',
    jsonLd: {
      '@type': 'DefinedTermSet',
      name: c.title,
      description: introText || undefined,
      hasDefinedTerm: sc.equations.map((se) => ({ '@type': 'DefinedTerm', name: se.eq.nameText, url: ctx.urls.best(sc.paths.equation(se.eq.slug)) })),
    },
    main,
    paths: sc.paths,
    collectionTitle: c.title,
    current: 'home',
  });
}
