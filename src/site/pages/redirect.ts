/**
 * An old URL of a renamed equation (src/site/url-pages.ts) → its page. A static meta refresh (no
 * JavaScript), a canonical link to the target and a visible link for when refresh is disabled.
 * (`/equations/<number>/` is not a move: it is the equation's page itself, see render-site.ts.)
 */
import { h } from 'hastscript';
import type { RenderContext } from '../context.js';
import { documentToHtml } from './hast.js';
import { siteMessages } from '../i18n/messages.js';

export function renderRedirect(ctx: RenderContext, targetPath: string, label: string): string {
  const href = ctx.urls.href(targetPath);
  const html = h('html', { lang: ctx.site?.lang ?? 'en', dir: siteMessages(ctx).dir === 'rtl' ? 'rtl' : undefined, dataBase: ctx.urls.base }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('title', siteMessages(ctx).t('redirect.title', { label })),
      h('meta', { name: 'robots', content: 'noindex' }),
      h('meta', { httpEquiv: 'refresh', content: `0; url=${href}` }),
      h('link', { rel: 'canonical', href: ctx.urls.best(targetPath) }),
      // Without an icon link the browser asks for /favicon.ico (a 404) while it follows the refresh.
      ...(ctx.assets.favicon ? [h('link', { rel: 'icon', href: ctx.urls.href(ctx.assets.favicon), type: 'image/svg+xml' })] : []),
    ]),
    h('body', [h('main', [h('p', [siteMessages(ctx).t('redirect.text'), h('a', { href }, label), '.'])])]),
  ]);
  return documentToHtml([html]);
}
