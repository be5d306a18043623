/**
 * What every page renderer needs besides the records: URL helpers, the math renderer (KaTeX
 * through src/latex/render.ts, inline styles moved to classes), asset URLs and site facts.
 */
import type { ElementContent } from 'hast';
import { renderMath } from '../latex/render.js';
import { katexRaw } from './pages/hast.js';
import { InlineStyleSheet } from './assets/inline-styles.js';
import type { Urls } from './urls.js';

/** Asset URLs (site-relative paths) referenced by every page's head. */
export interface PageAssets {
  stylesheets: string[];
  /** Classic script loaded synchronously in <head> (theme before first paint). */
  headScripts: string[];
  /** ES module scripts. */
  modules: string[];
  /** Absolute dev URLs (e.g. "/src/client/main.ts") used verbatim instead of site paths. */
  devModules?: string[];
  favicon: string | null;
}

/** The configured look of the site: each field absent means the default. */
export interface SiteLook {
  /** The configured title, shown in every header (the collection's own title otherwise). */
  title?: string;
  /** The primary home page's description. */
  description?: string;
  lang?: string;
  /** Markdown for every footer. */
  footer?: string;
  /** Site-relative path of the logo. */
  logo?: string;
}

export interface RenderContext {
  urls: Urls;
  styles: InlineStyleSheet;
  assets: PageAssets;
  siteTitle: string;
  repoUrl: string | null;
  repoBranch: string;
  /** Settings from formulary.config.json that shape every page (absent: the defaults). */
  site?: SiteLook;
  /** Every KaTeX output used on the site (for font detection). */
  mathOutputs: Set<string>;
}

export function createContext(init: Omit<RenderContext, 'styles' | 'mathOutputs'>): RenderContext {
  return { ...init, styles: new InlineStyleSheet(), mathOutputs: new Set() };
}

/** Rendered math as a raw hast node; the latex is typeset once per process (render.ts memo). */
export function math(ctx: RenderContext, latex: string, display: boolean, allowLinks = false, annotation?: string): ElementContent {
  const html = ctx.styles.rewrite(renderMath(latex, { display, allowLinks, ...(annotation !== undefined && annotation !== latex ? { annotation } : {}) }));
  ctx.mathOutputs.add(html);
  return katexRaw(html);
}
