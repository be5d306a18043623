/**
 * render = records → output files (pure: no fs). Plans every page of every collection and
 * renders them one at a time (`siteFiles` is a generator, so the writer can put each page on
 * disk and drop it: a 10,000-equation site is never whole in memory), then emits the assets
 * whose content depends on the pages: the KaTeX CSS with the used fonts and the inline-style
 * classes (named by its content, known only at the end: pages hold KATEX_CSS_TOKEN, which the
 * writer replaces, see write.ts `Placeholder`), the records JSON,
 * sitemap and search index.
 */
import type { Topic } from '../types.js';
import { baseAssets, katexAssets, type AssetSources } from './assets/assets.js';
import { createContext, mathClassAttribute, previewMath, type PageAssets, type PageMath, type RenderContext } from './context.js';
import { equationDescription, renderEquationPage } from './pages/equation-page.js';
import { CARD_FILE, equationMedia, SVG_FILE } from './pages/equation-media.js';
import { PageKeys } from './page-keys.js';
import { equationReading, speechPieces } from './pages/equation-reading.js';
import { homePageCount, renderHome } from './pages/home.js';
import { chunk, listPageSize, pagePath } from './pages/pagination.js';
import { buildModel, type CollectionInput, type SiteCollection, type SiteDeps } from './model.js';
import { renderNotFound } from './pages/not-found.js';
import { byteLength, type OutputFile, type PageReuse } from '../output.js';
import { renderRecordsJson } from './pages/records-json.js';
import { renderRedirect } from './pages/redirect.js';
import { renderRobots, renderSitemap } from './pages/sitemap.js';
import { renderSymbolsPage, symbolPageCount, symbolsPageInputs } from './pages/symbols-page.js';
import { renderSearchPage, searchPageInputs, searchPagePaths } from './pages/search-page.js';
import { members, renderTopicIndex, renderTopicPage } from './pages/topic-page.js';
import { fileOf, Urls } from './urls.js';
import { themeAssets, type SiteTheme, type ThemeAssets } from './assets/theme-assets.js';
import type { PlannedPage } from './planned-page.js';
import { historyPages, type UrlPages } from './url-pages.js';

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
}

export type { PlannedPage } from './planned-page.js';

export interface SitePlan {
  ctx: RenderContext;
  /** Logo and stylesheets from the configuration, written with the other assets. */
  theme: ThemeAssets;
  collections: SiteCollection[];
  pages: PlannedPage[];
}

export function siteTitleOf(collections: SiteCollection[]): string {
  return collections[0]?.collection.title ?? 'Formulary';
}

export function planSite(inputs: CollectionInput[], options: SiteOptions, deps: SiteDeps, assets: PageAssets): SitePlan {
  const collections = buildModel(inputs, deps, options.primary);
  const theme = themeAssets(options.theme);
  const t = options.theme;
  const ctx = createContext({
    urls: new Urls(options.base, options.siteUrl),
    assets: theme.stylesheets.length ? { ...assets, stylesheets: [...assets.stylesheets, ...theme.stylesheets] } : assets,
    siteTitle: t?.title ?? siteTitleOf(collections),
    repoUrl: options.repoUrl ?? null,
    repoBranch: options.repoBranch ?? 'main',
    ...(t ? { site: { title: t.title, description: t.description, lang: t.lang, footer: t.footer, logo: theme.logo ?? undefined, ...(t.csp !== undefined ? { csp: t.csp } : {}) } } : {}),
  });
  const pages: PlannedPage[] = [];
  const keys = new PageKeys(ctx, collections, { images: deps.equationImages !== undefined, speech: deps.speak !== undefined });
  for (const sc of collections) {
    const homeCount = homePageCount(sc);
    const homeSize = listPageSize(sc.equations.length);
    for (let k = 1; k <= homeCount; k++) {
      pages.push({
        path: pagePath(sc.paths.home(), k),
        indexable: true,
        render: () => renderHome(ctx, sc, collections, k),
        key: () => keys.list(sc, 'home', k, homeCount, sc.equations.slice((k - 1) * homeSize, k * homeSize)),
      });
    }
    const slugs = new Set(sc.equations.map((e) => e.eq.slug));
    for (const se of sc.equations) {
      const media = equationMedia(sc, se, deps, () => equationDescription(se));
      const path = sc.paths.equation(se.eq.slug);
      pages.push({
        path,
        indexable: true,
        render: () => renderEquationPage(ctx, sc, se, media.get(), deps.speak ? equationReading(se, deps.speak) : null),
        files: media.take,
        key: () => keys.equation(sc, se, ctx.repoUrl, deps.mediaAllowed ? [se.eq.latex, ...speechPieces(se.eq).map((p) => p.latex)].map(deps.mediaAllowed) : null),
        companions: deps.equationImages ? [`${path}${CARD_FILE}`, `${path}${SVG_FILE}`] : [],
      });
    }
    // A number used twice, or equal to a slug, gets no redirect: it would be ambiguous.
    const counts = new Map<number, number>();
    for (const se of sc.equations) if (se.eq.number !== null) counts.set(se.eq.number, (counts.get(se.eq.number) ?? 0) + 1);
    for (const se of sc.equations) {
      const n = se.eq.number;
      if (n === null || counts.get(n) !== 1 || slugs.has(String(n))) continue;
      const label = `${n}. ${se.eq.nameText}`;
      const target = sc.paths.equation(se.eq.slug);
      pages.push({ path: sc.paths.numbered(n), indexable: false, render: () => renderRedirect(ctx, target, label), key: () => keys.redirect(target, label) });
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
  }
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
  if (options.urlHistory) for (const item of historyPages(ctx, collections, options.urlHistory, new Set(pages.map((p) => p.path)))) pages.push(item);
  pages.push({ path: '404.html', indexable: false, render: () => renderNotFound(ctx, collections[0]) });
  return { ctx, theme, collections, pages };
}

export interface RenderResult {
  files: OutputFile[];
  pages: number;
  equations: number;
  bytes: number;
  timings: { render: number; search: number };
}

/** Counters filled in while `siteFiles` runs. */
export interface RenderStats {
  pages: number;
  equations: number;
  bytes: number;
  files: number;
  timings: { render: number; search: number };
  /** The KaTeX stylesheet's final name, once the last file is out. */
  katexCss?: string;
}

export function emptyStats(): RenderStats {
  return { pages: 0, equations: 0, bytes: 0, files: 0, timings: { render: 0, search: 0 } };
}

/**
 * What pages name the KaTeX stylesheet before its content is known; the same length as its final
 * name (`assets/katex-<8 hex>.css`, never 'z'). `siteFiles` sets `stats.katexCss` at the end.
 */
export const KATEX_CSS_TOKEN = 'assets/katex-zzzzzzzz.css';

/** Pages with the stylesheet's final name in place of the token (for sites held in memory). */
export function withKatexCss(files: OutputFile[], name: string): OutputFile[] {
  return files.map((f) => (typeof f.contents === 'string' && f.path.endsWith('.html') && f.contents.includes(`${KATEX_CSS_TOKEN}"`) ? { path: f.path, contents: f.contents.replace(`${KATEX_CSS_TOKEN}"`, `${name}"`) } : f));
}

/**
 * Every file of the site, each rendered when the consumer asks for it. With `reuse` (the build
 * cache), pages with a key are keyed: one the previous build made with the same key is handed on
 * as kept (not rendered), and the classes its math used are put in the stylesheet as if it had been.
 */
export function* siteFiles(inputs: CollectionInput[], options: SiteOptions, deps: SiteDeps, sources: AssetSources, stats: RenderStats = emptyStats(), reuse?: PageReuse): Generator<OutputFile> {
  // Time spent in here, not in the consumer between two files.
  let bucket: 'render' | 'search' = 'render';
  let mark = performance.now();
  const emit = (f: OutputFile): OutputFile => {
    stats.timings[bucket] += performance.now() - mark;
    stats.files += 1;
    stats.bytes += byteLength(f);
    return f;
  };
  const resume = (): void => {
    mark = performance.now();
  };

  const base = baseAssets(sources, KATEX_CSS_TOKEN);
  const plan = planSite(inputs, options, deps, base);
  const { ctx, collections } = plan;
  stats.pages = plan.pages.length;
  stats.equations = collections.reduce((n, sc) => n + sc.equations.length, 0);
  for (const f of [...base.files, ...plan.theme.files]) {
    yield emit(f);
    resume();
  }
  for (const p of plan.pages) {
    const path = fileOf(p.path);
    const key = reuse && p.key ? p.key() : null;
    if (key !== null) {
      const companions = p.companions ?? [];
      const kept = reuse!.lookup(path, key, companions);
      // Its classes must get the names its bytes hold (a hash collision resolved in another order would not).
      const math = kept ? (JSON.parse(kept.math) as [Array<[string, string]>, string[]]) : null;
      if (kept && math && ctx.styles.replay(math[0])) {
        for (const c of math[1]) ctx.mathClasses.add(c);
        stats.timings[bucket] += performance.now() - mark;
        stats.files += 1;
        stats.bytes += kept.bytes;
        yield { path, contents: '', kept: companions };
        resume();
        continue;
      }
      const recorded: PageMath = { styles: new Map(), classes: new Set() };
      ctx.recording = recorded;
      let contents: string;
      try {
        contents = p.render();
      } finally {
        ctx.recording = null;
      }
      const page = { key, bytes: Buffer.byteLength(contents), math: JSON.stringify([[...recorded.styles], [...recorded.classes]]) };
      yield emit({ path, contents, page });
    } else {
      yield emit({ path, contents: p.render() });
    }
    resume();
    for (const f of p.files?.() ?? []) {
      yield emit(f);
      resume();
    }
  }
  if (deps.buildSearchFiles) {
    // Before the KaTeX stylesheet: the previews' inline styles become classes in it.
    stats.timings[bucket] += performance.now() - mark;
    resume();
    const before = bucket;
    bucket = 'search';
    const searchInputs = collections.flatMap((sc) =>
      sc.equations.map((se) => ({ collection: sc.collection, equation: se.eq, url: sc.paths.equation(se.eq.slug), topic: se.topic?.title ?? '' })),
    );
    for (const f of deps.buildSearchFiles(searchInputs, (html) => ctx.styles.rewrite(html), (latex, display) => previewMath(ctx, latex, display))) {
      yield emit(f);
      resume();
    }
    stats.timings.search += performance.now() - mark;
    resume();
    bucket = before;
  }
  const katex = katexAssets(sources, [mathClassAttribute(ctx)], ctx.styles, false);
  stats.katexCss = katex.css.path;
  const tail: OutputFile[] = [
    katex.css,
    ...katex.fonts,
    { path: 'equations.json', contents: renderRecordsJson(ctx.urls, collections) },
    { path: 'sitemap.xml', contents: renderSitemap(ctx.urls, plan.pages.filter((p) => p.indexable).map((p) => p.path)) },
    { path: 'robots.txt', contents: renderRobots(ctx.urls) },
  ];
  for (const f of tail) {
    yield emit(f);
    resume();
  }
  stats.timings[bucket] += performance.now() - mark;
}

/** The whole site in memory (tests, the dev server). */
export function renderSite(inputs: CollectionInput[], options: SiteOptions, deps: SiteDeps, sources: AssetSources): RenderResult {
  const stats = emptyStats();
  const rendered = [...siteFiles(inputs, options, deps, sources, stats)];
  const files = withKatexCss(rendered, stats.katexCss!);
  return { files, pages: stats.pages, equations: stats.equations, bytes: stats.bytes, timings: stats.timings };
}
