/**
 * The page shell shared by every page: head (meta, stylesheets, scripts), skip link, header
 * with the search box (markup contract in docs/ARCHITECTURE.md), landmarks and footer.
 * No inline scripts or styles: the site runs under `default-src 'self'; style-src 'self'`.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { RenderContext } from '../context.js';
import { documentToHtml } from './hast.js';
import { metaElements, type PageMeta } from './meta.js';
import { markdownBlock } from './markdown.js';
import type { CollectionPaths } from '../urls.js';
import { siteMessages } from '../i18n/messages.js';

export interface PageSpec extends PageMeta {
  /** Content of <main>. */
  main: ElementContent[];
  /** The collection the page belongs to (header links), or null for site-wide pages. */
  paths: CollectionPaths | null;
  /** Title of that collection, shown in the header. */
  collectionTitle?: string;
  /** Which header link is the current page. */
  current?: 'home' | 'topics' | 'symbols';
}

function searchBox(ctx: RenderContext): ElementContent {
  const m = siteMessages(ctx);
  // Without JavaScript the form goes to the equations by name (pages/search-page.ts).
  return h('form.search', { role: 'search', action: ctx.urls.href('search/'), method: 'get' }, [
    // On a phone the box folds into this icon (search-loader.ts shows it and opens a
    // full-screen panel); without JavaScript it stays hidden and the box stays in the header.
    h('button.search-open', { type: 'button', hidden: true, ariaLabel: m.t('search.open') }, [h('span.search-icon', { ariaHidden: 'true' })]),
    h('div.search-field', [
      h('button.search-back', { type: 'button', hidden: true, ariaLabel: m.t('search.close') }, [h('span', { ariaHidden: 'true' }, '←')]),
      h('label.visually-hidden', { for: 'search-input' }, m.t('search.label')),
      h('input#search-input', {
        type: 'search',
        name: 'q',
        role: 'combobox',
        ariaControls: 'search-results',
        ariaExpanded: 'false',
        ariaAutoComplete: 'list',
        autoComplete: 'off',
        placeholder: m.t('search.placeholder'),
      }),
      // Without JavaScript, Enter submits; the button is for those who cannot press Enter in a
      // field (some switch and voice users) and for WCAG H32. Shown only while it has focus.
      h('button.search-submit', { type: 'submit' }, m.t('search.submit')),
    ]),
    h('div#search-panel.search-panel', { hidden: true }, [
      h('p.search-count', { ariaHidden: 'true' }),
      h('ul#search-results', { role: 'listbox', ariaLabel: m.t('search.results') }),
    ]),
  ]);
}

function header(ctx: RenderContext, spec: PageSpec): ElementContent {
  const paths = spec.paths;
  const m = siteMessages(ctx);
  const link = (key: 'home' | 'topics' | 'symbols', path: string, label: string): ElementContent =>
    h('li', [h('a', { href: ctx.urls.href(path), ariaCurrent: spec.current === key ? 'page' : undefined }, label)]);
  return h('header.site-header', [
    h('div.header-inner', [
      h('a.site-title', { href: ctx.urls.href(paths ? paths.home() : '') }, [
        ...(ctx.site?.logo ? [h('img.site-logo', { src: ctx.urls.href(ctx.site.logo), alt: '' })] : []),
        ctx.site?.title ?? spec.collectionTitle ?? ctx.siteTitle,
      ]),
      searchBox(ctx),
      h('nav.site-nav', { ariaLabel: m.t('nav.site') }, [
        h('ul', paths ? [link('home', paths.home(), m.t('nav.home')), link('topics', paths.topics(), m.t('nav.topics')), link('symbols', paths.symbols(), m.t('nav.symbols'))] : [link('home', '', m.t('nav.home'))]),
      ]),
      // Shown by theme.ts; without JavaScript the system preference applies and the button would do nothing.
      h('button.theme-toggle', { type: 'button', hidden: true, ariaPressed: 'false', dataThemeToggle: '' }, [
        h('span.visually-hidden', m.t('theme.dark')),
        h('span.theme-icon', { ariaHidden: 'true' }),
      ]),
    ]),
  ]);
}

/**
 * The policy every page carries in a `<meta http-equiv="Content-Security-Policy">` (and `preview`
 * sends as a header): the site's own files only; images may also be `data:` URLs (KaTeX's CSS);
 * no inline script or style (KaTeX's inline styles are classes, src/site/assets/inline-styles.ts;
 * JSON-LD is a data block, not run). A project stylesheet's `@import` from another host, a
 * script or a frame from anywhere else is blocked even where the host sends no header.
 */
export const SITE_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'";

/** A whole HTML page. */
export function renderPage(ctx: RenderContext, spec: PageSpec): string {
  const a = ctx.assets;
  const csp = ctx.site?.csp ?? SITE_CSP;
  const head: ElementContent[] = [
    h('meta', { charSet: 'utf-8' }),
    // Before anything it governs; not under `dev`, whose Vite client injects styles.
    ...(csp && !a.devModules ? [h('meta', { httpEquiv: 'Content-Security-Policy', content: csp })] : []),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { name: 'color-scheme', content: 'light dark' }),
    ...metaElements(ctx, spec),
  ];
  if (a.favicon) head.push(h('link', { rel: 'icon', href: ctx.urls.href(a.favicon), type: 'image/svg+xml' }));
  for (const css of a.stylesheets) head.push(h('link', { rel: 'stylesheet', href: ctx.urls.href(css) }));
  // Synchronous on purpose: it sets data-theme before first paint (no flash of the wrong theme).
  for (const js of a.headScripts) head.push(h('script', { src: ctx.urls.href(js) }));
  for (const js of a.devModules ?? a.modules.map((m) => ctx.urls.href(m))) head.push(h('script', { type: 'module', src: js }));

  const m = siteMessages(ctx);
  const body = h('body', [
    h('a.skip-link', { href: '#main' }, m.t('skip')),
    header(ctx, spec),
    h('main#main', { tabIndex: -1 }, spec.main),
    h('footer.site-footer', [
      ...(ctx.site?.footer ? [h('div.footer-note', markdownBlock(ctx.site.footer, ctx, { headingFloor: 6 }))] : []),
      h('p', [
        m.t('footer.built'),
        h('a', { href: ctx.urls.href('equations.json') }, m.t('footer.json')),
        '.',
      ]),
    ]),
    // The browser code's words when they are not English (src/client/ui-text.ts).
    ...(m.client ? [h('script#fy-ui', { type: 'application/json' }, JSON.stringify(m.client).replace(/</g, '\\u003c'))] : []),
  ]);
  const html = h('html', { lang: ctx.site?.lang ?? 'en', dir: m.dir === 'rtl' ? 'rtl' : undefined, dataBase: ctx.urls.base }, [h('head', head), body]);
  return documentToHtml([html]);
}

/** A heading with a self-link anchor (for deep links to sections). */
export function anchoredHeading(level: 2 | 3, id: string, content: ElementContent[] | string, anchorLabel = 'Link to this section'): ElementContent {
  const children = typeof content === 'string' ? [content] : content;
  return h(`h${level}`, { id }, [
    ...children,
    ' ',
    h('a.heading-anchor', { href: `#${id}`, ariaLabel: anchorLabel }, '#'),
  ]);
}
