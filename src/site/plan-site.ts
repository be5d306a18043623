/**
 * The site plan (pure): records → every page the site has, each with its path, whether the
 * sitemap lists it, how to render it and, for the build cache, the key of what it shows. Nothing
 * is rendered here: src/site/render-site.ts emits the planned pages one at a time, then the
 * assets that depend on them.
 */
import type { MacroTable, Topic } from '../types.js';
import { createContext, type PageAssets, type RenderContext } from './context.js';
import { equationDescription, renderEquationPage } from './pages/equation-page.js';
import { CARD_FILE, equationMedia, SVG_FILE } from './pages/equation-media.js';
import { PageKeys } from './page-keys.js';
import { equationReading, speechPieces } from './pages/equation-reading.js';
import { homePageCount, renderHome } from './pages/home.js';
import { chunk, listPageSize, pagePath } from './pages/pagination.js';
import { buildModel, type CollectionInput, type SiteCollection, type SiteDeps, type SiteEquation } from './model.js';
import { renderNotFound } from './pages/not-found.js';
import { renderSymbolsPage, symbolPageCount, symbolsPageInputs } from './pages/symbols-page.js';
import { renderSearchPage, searchPageInputs, searchPagePaths } from './pages/search-page.js';
import { members, renderTopicIndex, renderTopicPage } from './pages/topic-page.js';
import { Urls } from './urls.js';
import { themeAssets, type SiteTheme, type ThemeAssets } from './assets/theme-assets.js';
import type { PlannedPage } from './planned-page.js';
import { historyPages, type UrlPages } from './url-pages.js';
import { SiteReferences, withReferencesFrom } from './references.js';
import { speechWords } from './i18n/messages.js';
import { contentImageAssets, type ContentImages } from './assets/content-images.js';

export interface SiteOptions {
  base?: string;
  siteUrl?: string | null;
  repoUrl?: string | null;
  repoBranch?: string;
  /** Source path of the collection that keeps the root URLs (default: first by path). */
  primary?: string;
  /** Title, logo, colours, footer… from formulary.config.json. */
  theme?: SiteTheme;
  /** Pages for URLs that moved or were removed (formulary.urls.json). */
  urlHistory?: UrlPages;
  /** Images of the equations' section content, read from disk (src/read/content-images.ts). */
  contentImages?: ContentImages;
}

export interface SitePlan {
  ctx: RenderContext;
  /** Logo and stylesheets from the configuration, written with the other assets. */
  theme: ThemeAssets;
  collections: SiteCollection[];
  pages: PlannedPage[];
}

/**
 * The plan in two parts (the dev server): `pages`, each collection's home, equation and topic
 * pages, then `rest()`, the symbols, search, moved-URL and 404 pages, planned when first asked
 * for. Counting the notation index's and search pages groups every symbol of the site: most of a
 * re-plan at 1,000 equations, and a save's reload asks for an equation page. `planSite` is the two
 * joined, in the same order.
 */
export interface SitePlanParts extends SitePlan {
  rest: () => PlannedPage[];
  /** Each collection's symbols pages, and the search, moved-URL and 404 pages. */
  later: () => { symbols: PlannedPage[][]; tail: PlannedPage[] };
  /** Where each collection's pages end in `pages`. */
  ends: number[];
}

export function planSite(inputs: CollectionInput[], options: SiteOptions, deps: SiteDeps, assets: PageAssets): SitePlan {
  const parts = planSiteParts(inputs, options, deps, assets);
  const { symbols, tail } = parts.later();
  // Each collection's symbols pages after its topic pages, as they always were.
  const pages: PlannedPage[] = [];
  let from = 0;
  parts.ends.forEach((end, i) => {
    for (let k = from; k < end; k++) pages.push(parts.pages[k]!);
    for (const page of symbols[i]!) pages.push(page);
    from = end;
  });
  for (const page of tail) pages.push(page);
  return { ctx: parts.ctx, theme: parts.theme, collections: parts.collections, pages };
}

export function siteTitleOf(collections: SiteCollection[]): string {
  return collections[0]?.collection.title ?? 'Formulary';
}

export function planSiteParts(inputs: CollectionInput[], options: SiteOptions, deps: SiteDeps, assets: PageAssets): SitePlanParts {
  const collections = buildModel(inputs, deps, options.primary);
  const theme = themeAssets(options.theme);
  const images = contentImageAssets(options.contentImages);
  theme.files.push(...images.files);
  const t = options.theme;
  const ctx = createContext({
    urls: new Urls(options.base, options.siteUrl),
    assets: theme.stylesheets.length ? { ...assets, stylesheets: [...assets.stylesheets, ...theme.stylesheets] } : assets,
    siteTitle: t?.title ?? siteTitleOf(collections),
    repoUrl: options.repoUrl ?? null,
    repoBranch: options.repoBranch ?? 'main',
    ...(t ? { site: { title: t.title, description: t.description, lang: t.lang, ui: t.ui, footer: t.footer, logo: theme.logo ?? undefined, ...(t.csp !== undefined ? { csp: t.csp } : {}) } } : {}),
    ...(images.paths.size > 0 ? { contentImages: images.paths } : {}),
  });
  const macros = Object.assign({}, ...collections.map((sc) => sc.collection.macros ?? {})) as MacroTable;
  if (Object.keys(macros).length > 0) ctx.macros = macros;
  if (collections.some((sc) => sc.collection.references?.length)) ctx.references = { links: new SiteReferences(collections, (p) => ctx.urls.href(p)), from: null };
  const pages: PlannedPage[] = [];
  const ends: number[] = [];
  const keys = new PageKeys(ctx, collections, { images: deps.equationImages !== undefined, speech: deps.speak !== undefined });
  // The last equation page rendered: its numbered twin, planned right after it, is the same HTML
  // (one slot, so a build holds at most one page more).
  let lastEquation: { se: SiteEquation; html: string } | null = null;
  for (const sc of collections) {
    const homeCount = homePageCount(sc);
    const homeSize = listPageSize(sc.equations.length);
    for (let k = 1; k <= homeCount; k++) {
      pages.push({
        path: pagePath(sc.paths.home(), k),
        indexable: true,
        render: () => withReferencesFrom(ctx, sc, () => renderHome(ctx, sc, collections, k)),
        key: () => keys.list(sc, 'home', k, homeCount, sc.equations.slice((k - 1) * homeSize, k * homeSize)),
      });
    }
    const slugs = new Set(sc.equations.map((e) => e.eq.slug));
    // A number used twice, or equal to a slug, gets no page of its own: it would be ambiguous.
    const counts = new Map<number, number>();
    for (const se of sc.equations) if (se.eq.number !== null) counts.set(se.eq.number, (counts.get(se.eq.number) ?? 0) + 1);
    for (const se of sc.equations) {
      const media = equationMedia(sc, se, deps, () => equationDescription(se, speechWords(ctx).where));
      const path = sc.paths.equation(se.eq.slug);
      let made: string | undefined;
      const key = (): string => (made ??= keys.equation(sc, se, ctx.repoUrl, deps.mediaAllowed ? [se.eq.latex, ...speechPieces(se.eq).map((p) => p.latex)].map(deps.mediaAllowed) : null));
      const render = (): string => withReferencesFrom(ctx, sc, () => renderEquationPage(ctx, sc, se, media.get(), deps.speak ? equationReading(se, deps.speak, speechWords(ctx)) : null));
      pages.push({
        path,
        indexable: true,
        render: () => {
          const html = render();
          lastEquation = { se, html };
          return html;
        },
        files: media.take,
        key,
        companions: deps.equationImages ? [`${path}${CARD_FILE}`, `${path}${SVG_FILE}`] : [],
      });
      const n = se.eq.number;
      if (n === null || counts.get(n) !== 1 || slugs.has(String(n))) continue;
      // `/equations/17/` (the URL a reader can guess or say aloud) is the equation's own page, with
      // its canonical link and preview tags naming the slug URL: a pasted link shows its card.
      pages.push({
        path: sc.paths.numbered(n),
        indexable: false,
        render: () => (lastEquation?.se === se ? lastEquation.html : render()),
        key: () => keys.numbered(key()),
      });
    }
    pages.push({ path: sc.paths.topics(), indexable: true, render: () => renderTopicIndex(ctx, sc) });
    for (const t of sc.topics as Topic[]) {
      const eqs = members(sc, t);
      const size = listPageSize(eqs.length);
      const count = chunk(eqs, size).length;
      const what = JSON.stringify(['topic', t.slug, t.title, eqs.length]);
      for (let k = 1; k <= count; k++) {
        pages.push({
          path: pagePath(sc.paths.topic(t.slug), k),
          indexable: true,
          render: () => renderTopicPage(ctx, sc, t, k),
          key: () => keys.list(sc, what, k, count, eqs.slice((k - 1) * size, k * size)),
        });
      }
    }
    ends.push(pages.length);
  }
  const rest = (): { symbols: PlannedPage[][]; tail: PlannedPage[] } => {
    const symbols = collections.map((sc) => {
      const pages: PlannedPage[] = [];
      for (let k = 1; k <= symbolPageCount(sc, deps); k++) {
        pages.push({
          path: pagePath(sc.paths.symbols(), k),
          indexable: true,
          render: () => renderSymbolsPage(ctx, sc, deps, k),
          key: () => {
            const { parts, shown } = symbolsPageInputs(sc, deps, k);
            return keys.page(sc, 'symbols', parts, shown);
          },
        });
      }
      return pages;
    });
    const pages: PlannedPage[] = [];
    // Where the search form goes without JavaScript.
    for (const path of searchPagePaths(collections)) {
      pages.push({
        path,
        indexable: false,
        render: () => renderSearchPage(ctx, collections, path),
        key: () => {
          const { parts, shown } = searchPageInputs(collections, path);
          return keys.page(null, 'search', parts, shown);
        },
      });
    }
    if (options.urlHistory) for (const item of historyPages(ctx, collections, options.urlHistory, new Set([...first, ...symbols.flat(), ...pages].map((p) => p.path)))) pages.push(item);
    pages.push({ path: '404.html', indexable: false, render: () => renderNotFound(ctx, collections[0]) });
    return { symbols, tail: pages };
  };
  const first = pages;
  let made: ReturnType<typeof rest> | null = null;
  const later = (): ReturnType<typeof rest> => (made ??= rest());
  return { ctx, theme, collections, pages, ends, later, rest: () => [...later().symbols.flat(), ...later().tail] };
}
