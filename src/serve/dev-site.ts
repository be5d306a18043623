/**
 * The dev server's view of the site: the same planSite/renderSite code as `build`, re-planned
 * from content/ after each change and rendered one page per request. Pure apart from the
 * loader it is given; src/cli/dev.ts wires it to Vite.
 */
import { baseAssets, katexAssets, THEME_BOOT_JS, type AssetSources } from '../site/assets/assets.js';
import type { PageAssets } from '../site/context.js';
import type { CollectionInput, SiteDeps } from '../site/model.js';
import type { OutputFile } from '../output.js';
import { renderSite } from '../site/render-site.js';
import { planSite, type SiteOptions, type SitePlan } from '../site/plan-site.js';
import { fileOf } from '../site/urls.js';

export const DEV_KATEX_CSS = 'assets/katex-dev.css';
export const DEV_THEME_JS = 'assets/theme-dev.js';

export interface DevResponse {
  status: number;
  type: string;
  body: string | Uint8Array;
  /** HTML pages go through Vite's transformIndexHtml. */
  html: boolean;
}

export class DevSite {
  private plan: SitePlan | null = null;
  private files: Map<string, OutputFile> | null = null;
  private fonts: Map<string, Uint8Array> | null = null;

  constructor(
    private readonly load: () => Promise<{ inputs: CollectionInput[]; errors: string | null }>,
    private readonly options: SiteOptions,
    private readonly deps: SiteDeps,
    private readonly sources: AssetSources,
    /** Module URLs served by Vite (e.g. "/src/client/main.ts"); empty → the compiled bundle. */
    private readonly devModules: string[],
  ) {}

  /** The load in flight and the generation it belongs to (a change during a load starts another). */
  private loading: { generation: number; promise: Promise<{ inputs: CollectionInput[]; errors: string | null }> } | null = null;
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
  private current(): Promise<{ inputs: CollectionInput[]; errors: string | null }> {
    if (this.loading && this.loading.generation === this.generation) return this.loading.promise;
    const generation = this.generation;
    const promise = this.load().then((loaded) => {
      if (generation === this.generation && !loaded.errors && !this.plan) this.plan = planSite(loaded.inputs, this.options, this.deps, this.assets());
      return loaded;
    });
    this.loading = { generation, promise };
    return promise;
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
    const loaded = await this.current();
    if (loaded.errors) return { status: 500, type: 'text/html; charset=utf-8', body: errorPage(loaded.errors), html: true };
    // A change that arrived while this request waited: its load has the newest content.
    const plan = this.plan ?? planSite(loaded.inputs, this.options, this.deps, this.assets());
    const page = plan.pages.find((p) => fileOf(p.path) === fileOf(rel) || p.path === rel);
    if (page) return { status: page.path === '404.html' ? 404 : 200, type: 'text/html; charset=utf-8', body: page.render(), html: true };
    if (rel === DEV_THEME_JS) return { status: 200, type: 'text/javascript; charset=utf-8', body: THEME_BOOT_JS, html: false };
    if (rel === DEV_KATEX_CSS || rel.startsWith('assets/fonts/')) {
      // All faces in dev: pages are rendered one at a time, so the used set is not known up front.
      const k = katexAssets(this.sources, [], plan.ctx.styles, true);
      this.fonts = new Map(k.fonts.map((f) => [f.path, f.contents as Uint8Array]));
      if (rel === DEV_KATEX_CSS) return { status: 200, type: 'text/css; charset=utf-8', body: k.css.contents, html: false };
      const font = this.fonts.get(rel);
      return font ? { status: 200, type: 'font/woff2', body: font, html: false } : null;
    }
    // Public files (the favicon) and the compiled bundle as they are: rendering the whole site for
    // the favicon every reload held the server for seconds at 1,000 equations.
    const asset = this.sources.publicFiles.find((p) => p.path === rel) ?? this.sources.client.files.find((p) => p.path === rel);
    if (asset) return { status: 200, type: typeOf(rel), body: asset.contents, html: false };
    // JSON, sitemap, robots, search index: from a whole-site render, cached until the next change.
    if (!/\.(json|xml|txt)$/.test(rel)) return null;
    if (!this.files) this.files = new Map(renderSite(loaded.inputs, this.options, this.deps, this.sources).files.map((f) => [f.path, f]));
    const f = this.files.get(rel);
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

function errorPage(text: string): string {
  const esc = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Content errors</title></head><body><main><h1>Content errors</h1><p>Fix these and save; the page reloads by itself.</p><pre>${esc}</pre></main></body></html>`;
}
