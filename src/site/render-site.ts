/**
 * render = records → output files (pure: no fs). Takes the plan of every page of every collection
 * (./plan-site.ts) and renders them one at a time (`siteFiles` is a generator, so the writer can put each page on
 * disk and drop it: a 10,000-equation site is never whole in memory), then emits the assets
 * whose content depends on the pages: the KaTeX CSS with the used fonts and the inline-style
 * classes (named by its content, known only at the end: pages hold KATEX_CSS_TOKEN, which the
 * writer replaces, see write.ts `Placeholder`), the records JSON,
 * sitemap and search index.
 */
import { baseAssets, katexAssets, type AssetSources } from './assets/assets.js';
import { mathClassAttribute, previewMath, type PageMath } from './context.js';
import type { CollectionInput, SiteDeps } from './model.js';
import { byteLength, type OutputFile, type PageReuse } from '../output.js';
import { renderRecordsJson } from './pages/records-json.js';
import { renderRobots, renderSitemap } from './pages/sitemap.js';
import { fileOf } from './urls.js';
import { planSite, type SiteOptions } from './plan-site.js';

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
