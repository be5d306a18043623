/**
 * render = records → OutputFile[] in memory (pure: no fs). Plans every page of every
 * collection, renders them, then emits the assets whose content depends on the pages
 * (KaTeX CSS with the used fonts and the inline-style classes) and patches their hashed
 * name into the pages.
 */
import type { Topic } from '../types.js';
import { baseAssets, katexAssets, KATEX_CSS_PLACEHOLDER, type AssetSources } from './assets.js';
import { createContext, type PageAssets, type RenderContext } from './context.js';
import { renderEquationPage } from './equation-page.js';
import { renderHome } from './home.js';
import { buildModel, type CollectionInput, type SiteCollection, type SiteDeps } from './model.js';
import { renderNotFound } from './not-found.js';
import { byteLength, type OutputFile } from './output.js';
import { renderRecordsJson } from './records-json.js';
import { renderRedirect } from './redirect.js';
import { renderRobots, renderSitemap } from './sitemap.js';
import { renderSymbolsPage } from './symbols-page.js';
import { renderTopicIndex, renderTopicPage } from './topic-page.js';
import { fileOf, Urls } from './urls.js';

export interface SiteOptions {
  base?: string;
  siteUrl?: string | null;
  repoUrl?: string | null;
  repoBranch?: string;
  /** Source path of the collection that keeps the root URLs (default: first by path). */
  primary?: string;
}

/** One page of the plan: rendered on demand (the dev server renders only what is requested). */
export interface PlannedPage {
  /** Site-relative page path ("equations/adam/", "404.html"). */
  path: string;
  /** Listed in the sitemap. */
  indexable: boolean;
  render: () => string;
}

export interface SitePlan {
  ctx: RenderContext;
  collections: SiteCollection[];
  pages: PlannedPage[];
}

export function siteTitleOf(collections: SiteCollection[]): string {
  return collections[0]?.collection.title ?? 'Formulary';
}

export function planSite(inputs: CollectionInput[], options: SiteOptions, deps: SiteDeps, assets: PageAssets): SitePlan {
  const collections = buildModel(inputs, deps, options.primary);
  const ctx = createContext({
    urls: new Urls(options.base, options.siteUrl),
    assets,
    siteTitle: siteTitleOf(collections),
    repoUrl: options.repoUrl ?? null,
    repoBranch: options.repoBranch ?? 'main',
  });
  const pages: PlannedPage[] = [];
  for (const sc of collections) {
    pages.push({ path: sc.paths.home(), indexable: true, render: () => renderHome(ctx, sc, collections) });
    const slugs = new Set(sc.equations.map((e) => e.eq.slug));
    for (const se of sc.equations) {
      pages.push({ path: sc.paths.equation(se.eq.slug), indexable: true, render: () => renderEquationPage(ctx, sc, se) });
    }
    // A number used twice, or equal to a slug, gets no redirect: it would be ambiguous.
    const counts = new Map<number, number>();
    for (const se of sc.equations) if (se.eq.number !== null) counts.set(se.eq.number, (counts.get(se.eq.number) ?? 0) + 1);
    for (const se of sc.equations) {
      const n = se.eq.number;
      if (n === null || counts.get(n) !== 1 || slugs.has(String(n))) continue;
      const label = `${n}. ${se.eq.nameText}`;
      pages.push({ path: sc.paths.numbered(n), indexable: false, render: () => renderRedirect(ctx, sc.paths.equation(se.eq.slug), label) });
    }
    pages.push({ path: sc.paths.topics(), indexable: true, render: () => renderTopicIndex(ctx, sc) });
    for (const t of sc.topics as Topic[]) pages.push({ path: sc.paths.topic(t.slug), indexable: true, render: () => renderTopicPage(ctx, sc, t) });
    pages.push({ path: sc.paths.symbols(), indexable: true, render: () => renderSymbolsPage(ctx, sc, deps) });
  }
  pages.push({ path: '404.html', indexable: false, render: () => renderNotFound(ctx, collections[0]) });
  return { ctx, collections, pages };
}

export interface RenderResult {
  files: OutputFile[];
  pages: number;
  equations: number;
  bytes: number;
  timings: { render: number; search: number };
}

export function renderSite(inputs: CollectionInput[], options: SiteOptions, deps: SiteDeps, sources: AssetSources): RenderResult {
  const t0 = performance.now();
  const base = baseAssets(sources);
  const plan = planSite(inputs, options, deps, base);
  const { ctx, collections } = plan;
  const html = plan.pages.map((p) => ({ path: fileOf(p.path), contents: p.render() }));
  const katex = katexAssets(sources, ctx.mathOutputs, ctx.styles);
  // The placeholder stands once in each page's <head>: replace the first occurrence only.
  const placeholder = ctx.urls.href(KATEX_CSS_PLACEHOLDER);
  const real = ctx.urls.href(katex.css.path);
  const files: OutputFile[] = html.map((f) => ({ path: f.path, contents: f.contents.replace(placeholder, () => real) }));
  files.push(katex.css, ...katex.fonts, ...base.files);
  files.push({ path: 'equations.json', contents: renderRecordsJson(ctx.urls, collections) });
  files.push({ path: 'sitemap.xml', contents: renderSitemap(ctx.urls, plan.pages.filter((p) => p.indexable).map((p) => p.path)) });
  files.push({ path: 'robots.txt', contents: renderRobots(ctx.urls) });
  const t1 = performance.now();

  if (deps.buildSearchFiles) {
    const searchInputs = collections.flatMap((sc) =>
      sc.equations.map((se) => ({ collection: sc.collection, equation: se.eq, url: sc.paths.equation(se.eq.slug), topic: se.topic?.title ?? '' })),
    );
    files.push(...deps.buildSearchFiles(searchInputs));
  }
  const t2 = performance.now();
  return {
    files,
    pages: plan.pages.length,
    equations: collections.reduce((n, sc) => n + sc.equations.length, 0),
    bytes: files.reduce((n, f) => n + byteLength(f), 0),
    timings: { render: t1 - t0, search: t2 - t1 },
  };
}
