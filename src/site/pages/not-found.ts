/** `404.html`: served for any miss at any depth, so every link in it is root-relative (base-prefixed). */
import { h } from 'hastscript';
import type { RenderContext } from '../context.js';
import { renderPage } from './layout.js';
import type { SiteCollection } from '../model.js';
import { siteMessages } from '../i18n/messages.js';

export function renderNotFound(ctx: RenderContext, primary: SiteCollection | undefined): string {
  return renderPage(ctx, {
    path: '404.html',
    title: siteMessages(ctx).t('notFound.title'),
    description: siteMessages(ctx).t('notFound.description'),
    noindex: true,
    main: [
      h('h1', siteMessages(ctx).t('notFound.title')),
      h('p', [siteMessages(ctx).t('notFound.text'), h('a', { href: ctx.urls.href('') }, siteMessages(ctx).t('notFound.link')), '.']),
      // Filled by src/client/not-found.ts with the names nearest to the address, when any is near.
      h('div.nearest', { hidden: true, dataNearest: '' }),
    ],
    paths: primary?.paths ?? null,
    collectionTitle: primary?.collection.title,
  });
}
