/** `404.html`: served for any miss at any depth, so every link in it is root-relative (base-prefixed). */
import { h } from 'hastscript';
import type { RenderContext } from '../context.js';
import { renderPage } from './layout.js';
import type { SiteCollection } from '../model.js';

export function renderNotFound(ctx: RenderContext, primary: SiteCollection | undefined): string {
  return renderPage(ctx, {
    path: '404.html',
    title: 'Page not found',
    description: 'This page does not exist.',
    noindex: true,
    main: [
      h('h1', 'Page not found'),
      h('p', ['There is no page at this address. Try the search box, or ', h('a', { href: ctx.urls.href('') }, 'the list of all equations'), '.']),
      // Filled by src/client/not-found.ts with the names nearest to the address, when any is near.
      h('div.nearest', { hidden: true, dataNearest: '' }),
    ],
    paths: primary?.paths ?? null,
    collectionTitle: primary?.collection.title,
  });
}
