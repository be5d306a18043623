/**
 * The <head> metadata of a page: title, description, canonical link, Open Graph, Twitter card
 * and schema.org JSON-LD. JSON-LD is a non-executed script, allowed under the site's CSP;
 * `<` is escaped in it so content can never close the element.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { RenderContext } from '../context.js';

export interface PageMeta {
  /** Site-relative page path ("equations/adam/"). */
  path: string;
  /** The page's own title (the site title is appended). */
  title: string;
  description: string;
  /** OG type: "website" for the home page, "article" otherwise. */
  ogType?: 'website' | 'article';
  jsonLd?: Record<string, unknown>;
  /** Extra head elements (redirect pages' meta refresh). */
  extra?: Element[];
  /** A preview image (an equation's card, 1200×630) with its text alternative. */
  image?: { path: string; alt: string };
  /** Pages that must not be indexed (404). */
  noindex?: boolean;
}

/** Cuts text to at most `max` characters on a word boundary, with an ellipsis. */
export function clip(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** JSON for a <script type="application/ld+json"> body: `<`, `>` and `&` escaped as \uXXXX. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Search engines cut titles near 70 characters (html-validate's long-title agrees). */
export const MAX_TITLE = 70;

/**
 * "Page · Site", unless the page title already names the site or the whole would be too long:
 * then the page's own title (clipped if even that is too long) is the more useful part.
 */
export function fullTitle(ctx: RenderContext, title: string): string {
  const whole = `${title} · ${ctx.siteTitle}`;
  if (title.includes(ctx.siteTitle) || whole.length > MAX_TITLE) return clip(title, MAX_TITLE);
  return whole;
}

export function metaElements(ctx: RenderContext, meta: PageMeta): Element[] {
  const title = fullTitle(ctx, meta.title);
  const description = clip(meta.description);
  const canonical = ctx.urls.best(meta.path);
  const absolute = ctx.urls.absolute(meta.path);
  const out: Element[] = [
    h('title', title),
    h('meta', { name: 'description', content: description }),
    h('link', { rel: 'canonical', href: canonical }),
  ];
  if (meta.noindex) out.push(h('meta', { name: 'robots', content: 'noindex' }));
  out.push(
    h('meta', { property: 'og:type', content: meta.ogType ?? 'article' }),
    h('meta', { property: 'og:title', content: title }),
    h('meta', { property: 'og:description', content: description }),
    h('meta', { property: 'og:site_name', content: ctx.siteTitle }),
  );
  // og:url must be absolute; without --site-url it is left out rather than made up.
  if (absolute) out.push(h('meta', { property: 'og:url', content: absolute }));
  if (meta.image) {
    const src = ctx.urls.best(meta.image.path);
    const alt = clip(meta.image.alt, 420);
    out.push(
      h('meta', { property: 'og:image', content: src }),
      h('meta', { property: 'og:image:type', content: 'image/png' }),
      h('meta', { property: 'og:image:width', content: '1200' }),
      h('meta', { property: 'og:image:height', content: '630' }),
      h('meta', { property: 'og:image:alt', content: alt }),
      h('meta', { name: 'twitter:image', content: src }),
      h('meta', { name: 'twitter:image:alt', content: alt }),
    );
  }
  out.push(
    h('meta', { name: 'twitter:card', content: meta.image ? 'summary_large_image' : 'summary' }),
    h('meta', { name: 'twitter:title', content: title }),
    h('meta', { name: 'twitter:description', content: description }),
  );
  if (meta.jsonLd) {
    const data = { '@context': 'https://schema.org', ...meta.jsonLd, url: canonical };
    out.push(h('script', { type: 'application/ld+json' }, jsonLdText(data)));
  }
  if (meta.extra) out.push(...meta.extra);
  return out;
}
