/**
 * What every page renderer needs besides the records: URL helpers, the math renderer (KaTeX
 * through src/katex/render.ts, inline styles moved to classes), asset URLs and site facts.
 */
import type { ElementContent } from 'hast';
import { forgetTypeset, katexHtmlOf, renderMath, type RenderMathOptions } from '../katex/render.js';
import { remembered } from '../katex/memo.js';

/** A formula as pages show it: the HTML with classes for styles, the [style, class] pairs and every class in it. */
interface StyledMath {
  html: string;
  styles: Array<[string, string]>;
  classes: string[];
}
import { katexRaw } from './pages/hast.js';
import { InlineStyleSheet } from './assets/inline-styles.js';
import type { Urls } from './urls.js';
import type { Collection, MacroTable } from '../types.js';
import type { SiteReferences } from './references.js';

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
  /** The config's `ui`: interface words by message key (src/site/i18n/). */
  ui?: Record<string, string>;
  /** Markdown for every footer. */
  footer?: string;
  /** Site-relative path of the logo. */
  logo?: string;
  /** The pages' Content-Security-Policy `<meta>`: a policy of the config's, or false for none (default: SITE_CSP). */
  csp?: string | false;
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
  /** Every class of the KaTeX output used on the site (for font detection). */
  mathClasses: Set<string>;
  /**
   * Each formula as the pages show it (typeset, inline styles moved to classes), once per
   * build: UTF-8 outside the JavaScript heap, so 10,000 equations' math costs neither heap
   * nor garbage-collector time while it waits for the next page that shows it.
   */
  mathMemo: Map<string, { html: Buffer; math: Buffer }>;
  /**
   * While a page is rendered for the build's page keys (render-site.ts): the style classes and KaTeX
   * classes its math uses, so a later build that keeps the page unrendered still puts them in the
   * stylesheet. Null otherwise.
   */
  recording: PageMath | null;
  /**
   * References between equations (site/references.ts), with the collection of the page being
   * rendered (a reference looks in its own document first). Absent: references show as written.
   */
  references?: { links: SiteReferences; from: Collection | null };
  /**
   * The macros of the markdown being rendered (where-items, notes, prose: their math is typeset here,
   * not read by the parser): the page's collection's while one renders (references.ts
   * `withReferencesFrom`), else every collection's. Absent when no collection has macros.
   */
  macros?: MacroTable;
  /** Site paths of the images the equations' section content shows, by imageKey (assets/content-images.ts). */
  contentImages?: Map<string, string>;
}

/** The inline-style classes ([style, class]) and KaTeX classes the math of one page uses. */
export interface PageMath {
  styles: Map<string, string>;
  classes: Set<string>;
}

export function createContext(init: Omit<RenderContext, 'styles' | 'mathClasses' | 'mathMemo' | 'recording' | 'references'>): RenderContext {
  return { ...init, styles: new InlineStyleSheet(), mathClasses: new Set(), mathMemo: new Map(), recording: null };
}

/** A formula's [style, class] pairs and KaTeX classes as UTF-8 JSON: kept for every formula of a build, so outside the heap like its HTML. */
function packMath(styles: Array<[string, string]>, classes: string[]): Buffer {
  return Buffer.from(JSON.stringify([styles, classes]), 'utf8');
}

function record(ctx: RenderContext, styles: Array<[string, string]>, classes: string[]): void {
  const r = ctx.recording;
  if (!r) return;
  for (const [style, name] of styles) r.styles.set(style, name);
  for (const c of classes) r.classes.add(c);
}

/** The classes of KaTeX output, as one `class` attribute (what katexAssets' font detection reads). */
export function mathClassAttribute(ctx: RenderContext): string {
  return ` class="${[...ctx.mathClasses].sort().join(' ')}"`;
}

/**
 * Rendered math as a raw hast node. Each (LaTeX, form) is typeset once per build (by
 * validation, or here on first use) and rewritten once; later pages reuse the result from
 * `mathMemo`, and render.ts's copy is dropped.
 */
export function math(ctx: RenderContext, latex: string, display: boolean, allowLinks = false, annotation?: string): ElementContent {
  const opts: RenderMathOptions = { display, allowLinks, ...(annotation !== undefined && annotation !== latex ? { annotation } : {}) };
  const key = `${display ? 'D' : 'I'}${allowLinks ? 'L' : '-'}${opts.annotation ?? ''}\u0000${latex}`;
  const hit = ctx.mathMemo.get(key);
  if (hit) {
    if (ctx.recording) {
      const [styles, classes] = JSON.parse(hit.math.toString('utf8')) as [Array<[string, string]>, string[]];
      record(ctx, styles, classes);
    }
    return katexRaw(hit.html.toString('utf8'));
  }
  // As the pages show it, from the build cache when an earlier build made it (the classes it hands
  // out replayed, so the stylesheet is the same), else typeset and rewritten here.
  const make = (): StyledMath => {
    // The raw HTML is not kept in the build cache: the styled form is (remembered below).
    const r = ctx.styles.rewriteNoting(renderMath(latex, opts, false));
    forgetTypeset(latex, opts);
    const classes = new Set<string>();
    for (const m of r.html.matchAll(/\sclass="([^"]*)"/g)) for (const c of (m[1] ?? '').split(' ')) if (c) classes.add(c);
    return { html: r.html, styles: r.classes, classes: [...classes] };
  };
  let styled = remembered('styled', key, make, false);
  if (!ctx.styles.replay(styled.styles)) styled = make();
  for (const c of styled.classes) ctx.mathClasses.add(c);
  record(ctx, styled.styles, styled.classes);
  ctx.mathMemo.set(key, { html: Buffer.from(styled.html, 'utf8'), math: packMath(styled.styles, styled.classes) });
  return katexRaw(styled.html);
}

/**
 * A search result's preview: KaTeX HTML without MathML, inline styles moved to classes, made once
 * per content and kept in the build cache (with the classes it hands out, replayed as `math` does).
 */
export function previewMath(ctx: RenderContext, latex: string, display: boolean): string {
  const make = (): { html: string; styles: Array<[string, string]> } => {
    const r = ctx.styles.rewriteNoting(katexHtmlOf(latex, { display }, false));
    return { html: r.html, styles: r.classes };
  };
  let v = remembered('preview', `${display ? 'D' : 'I'}\u0000${latex}`, make, false);
  if (!ctx.styles.replay(v.styles)) v = make();
  return v.html;
}
