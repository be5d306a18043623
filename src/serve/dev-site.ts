/**
 * The dev server's view of the site: the same planSite/renderSite code as `build`, re-planned
 * from content/ after each change and rendered one page per request. Pure apart from the
 * loader it is given; src/cli/dev.ts wires it to Vite.
 *
 * Content with errors does not take the site away: pages come from the last load without
 * errors, with the errors shown over them (dev-overlay.ts); before any good load, a page of
 * the errors alone (HTTP 500).
 */
import { baseAssets, katexAssets, THEME_BOOT_JS, type AssetSources } from '../site/assets/assets.js';
import type { PageAssets } from '../site/context.js';
import type { CollectionInput, SiteDeps } from '../site/model.js';
import type { OutputFile } from '../output.js';
import { renderSite } from '../site/render-site.js';
import { planSiteParts, type SiteOptions, type SitePlanParts as SitePlan } from '../site/plan-site.js';
import { fileOf } from '../site/urls.js';
import { timesMark } from './dev-times.js';
import { errorOnlyPage, withOverlay, type DevProblem } from './dev-overlay.js';

export interface DevLoad {
  inputs: CollectionInput[];
  /** The content's errors: none, or the reason this load's pages are not shown. */
  errors: DevProblem[];
}

export const DEV_KATEX_CSS = 'assets/katex-dev.css';
export const DEV_THEME_JS = 'assets/theme-dev.js';

export interface DevResponse {
  status: number;
  type: string;
  body: string | Uint8Array;
  /** HTML pages go through Vite's transformIndexHtml. */
  html: boolean;
  /** The content generation the response was made from (see dev-generation.ts). */
  generation: number;
}

export class DevSite {
  private plan: SitePlan | null = null;
  private files: Map<string, OutputFile> | null = null;
  private fonts: Map<string, Uint8Array> | null = null;
  /** The last KaTeX stylesheet served and the inline-style classes it was made with. */
  private katexCss: { classes: string; css: string } | null = null;
  /** Each plan's equation SVGs and cards once made (a page hands its files over only once). */
  private readonly media = new WeakMap<SitePlan, Map<string, string | Uint8Array>>();
  /** The last load without errors and its plan: what is served while the content has errors. */
  private good: { loaded: DevLoad; plan: SitePlan; files: Map<string, OutputFile> | null } | null = null;

  constructor(
    private readonly load: () => Promise<DevLoad>,
    private readonly options: SiteOptions,
    private readonly deps: SiteDeps,
    private readonly sources: AssetSources,
    /** Module URLs served by Vite (e.g. "/src/client/main.ts"); empty → the compiled bundle. */
    private readonly devModules: string[],
  ) {}

  /** The load in flight and the generation it belongs to (a change during a load starts another). */
  private loading: { generation: number; promise: Promise<DevLoad> } | null = null;
  private generation = 0;

  /** Forget everything rendered (content changed). */
  invalidate(): void {
    this.generation += 1;
    this.plan = null;
    this.files = null;
    this.loading = null;
  }

  /**
   * Starts loading the content and planning the site now (on a change, before the browser's
   * reload asks for a page): the reload's request then finds the plan ready or on its way.
   */
  prepare(): void {
    void this.current().catch(() => undefined);
  }

  /** The content of this generation, loaded once however many requests wait for it. */
  private current(): Promise<DevLoad> {
    if (this.loading && this.loading.generation === this.generation) return this.loading.promise;
    const generation = this.generation;
    const promise = this.load().then((loaded) => {
      if (generation === this.generation && loaded.errors.length === 0 && !this.plan) {
        this.plan = planSiteParts(loaded.inputs, this.options, this.deps, this.assets());
        timesMark('planned');
        this.good = { loaded, plan: this.plan, files: null };
      }
      return loaded;
    });
    this.loading = { generation, promise };
    return promise;
  }

  private katex(plan: SitePlan): ReturnType<typeof katexAssets> {
    return katexAssets(this.sources, [], plan.ctx.styles, true);
  }

  private assets(): PageAssets {
    const base = baseAssets(this.sources, DEV_KATEX_CSS);
    return {
      stylesheets: [DEV_KATEX_CSS, ...(this.devModules.length ? [] : this.sources.client.entryCss)],
      headScripts: [DEV_THEME_JS],
      modules: base.modules,
      devModules: this.devModules.length ? this.devModules : undefined,
      favicon: base.favicon,
    };
  }

  /** Answers a request for a site-relative path ("", "equations/x/", "assets/…"), or null to pass it on. */
  async respond(rel: string): Promise<DevResponse | null> {
    const generation = this.generation;
    const response = await this.answer(rel);
    return response ? { ...response, generation } : null;
  }

  /** The content's current generation: it moves on with each change. */
  get currentGeneration(): number {
    return this.generation;
  }

  private async answer(rel: string): Promise<Omit<DevResponse, 'generation'> | null> {
    const latest = await this.current();
    const problems = latest.errors;
    if (problems.length > 0 && !this.good) {
      const asset = rel !== '' && !rel.endsWith('/') && !rel.endsWith('.html');
      return asset ? null : { status: 500, type: 'text/html; charset=utf-8', body: errorOnlyPage(problems), html: true };
    }
    // With errors: the last good site. A change that arrived while this request waited: its load has the newest content.
    const loaded = problems.length > 0 ? this.good!.loaded : latest;
    const plan = problems.length > 0 ? this.good!.plan : (this.plan ?? planSiteParts(loaded.inputs, this.options, this.deps, this.assets()));
    // A page the content no longer has (a renamed equation, a file emptied mid-save) gets the
    // site's 404 page, which, like every page here, reloads itself when the content changes.
    const isPage = rel === '' || rel.endsWith('/') || rel.endsWith('.html');
    // The home, equation and topic pages first: the symbols and search pages are planned when first asked for.
    const named = (p: { path: string }): boolean => fileOf(p.path) === fileOf(rel) || p.path === rel;
    const page = plan.pages.find(named) ?? plan.rest().find(named) ?? (isPage ? plan.rest().find((p) => p.path === '404.html') : undefined);
    if (page) {
      const html = page.render();
      timesMark(`rendered ${page.path}`);
      return { status: page.path === '404.html' ? 404 : 200, type: 'text/html; charset=utf-8', body: problems.length > 0 ? withOverlay(html, problems) : html, html: true };
    }
    // An equation's SVG and preview card, made (or taken from the image cache) when first asked for.
    const owner = plan.pages.find((p) => p.companions?.includes(rel));
    if (owner) {
      let media = this.media.get(plan);
      if (!media) this.media.set(plan, (media = new Map()));
      if (!media.has(rel)) for (const f of owner.files?.() ?? []) media.set(f.path, f.contents);
      const body = media.get(rel);
      return body === undefined ? null : { status: 200, type: typeOf(rel), body, html: false };
    }
    if (rel === DEV_THEME_JS) return { status: 200, type: 'text/javascript; charset=utf-8', body: THEME_BOOT_JS, html: false };
    if (rel === DEV_KATEX_CSS || rel.startsWith('assets/fonts/')) {
      // All faces in dev: pages are rendered one at a time, so the used set is not known up front.
      // The fonts never change; the stylesheet changes with the classes the rendered pages use
      // (hashing every font again for each request held each reload's stylesheet and fonts).
      if (rel === DEV_KATEX_CSS) {
        const classes = plan.ctx.styles.css();
        if (this.katexCss?.classes !== classes) this.katexCss = { classes, css: String(this.katex(plan).css.contents) };
        return { status: 200, type: 'text/css; charset=utf-8', body: this.katexCss.css, html: false };
      }
      this.fonts ??= new Map(this.katex(plan).fonts.map((f) => [f.path, f.contents as Uint8Array]));
      const font = this.fonts.get(rel);
      return font ? { status: 200, type: 'font/woff2', body: font, html: false } : null;
    }
    // Public files (the favicon) and the compiled bundle as they are: rendering the whole site for
    // the favicon every reload held the server for seconds at 1,000 equations.
    const asset = this.sources.publicFiles.find((p) => p.path === rel) ?? this.sources.client.files.find((p) => p.path === rel);
    if (asset) return { status: 200, type: typeOf(rel), body: asset.contents, html: false };
    // JSON, sitemap, robots, search index: from a whole-site render, cached until the next change.
    if (!/\.(json|xml|txt)$/.test(rel)) return null;
    const whole = (): Map<string, OutputFile> => new Map(renderSite(loaded.inputs, this.options, this.deps, this.sources).files.map((f) => [f.path, f]));
    let files: Map<string, OutputFile>;
    if (problems.length > 0) files = this.good!.files ??= whole();
    else files = this.files ??= whole();
    const f = files.get(rel);
    if (!f) return null;
    return { status: 200, type: typeOf(rel), body: f.contents, html: false };
  }
}

function typeOf(path: string): string {
  if (path.endsWith('.json')) return 'application/json; charset=utf-8';
  if (path.endsWith('.xml')) return 'application/xml; charset=utf-8';
  if (path.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (path.endsWith('.css')) return 'text/css; charset=utf-8';
  if (path.endsWith('.svg')) return 'image/svg+xml';
  if (path.endsWith('.png')) return 'image/png';
  if (path.endsWith('.ico')) return 'image/x-icon';
  if (path.endsWith('.woff2')) return 'font/woff2';
  return 'text/plain; charset=utf-8';
}
