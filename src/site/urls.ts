/**
 * Every internal URL of the site, in one place, so `--base` and `--site-url` are honoured
 * everywhere. Page paths are site-relative without a leading slash ("equations/adam/");
 * `href` adds the base, `absolute` adds the site URL.
 */
import { encodePath } from '../slug.js';

/** Normalises a base path to "/", "/sub/" form (leading and trailing slash). */
export function normaliseBase(base: string | undefined): string {
  let b = (base ?? '/').trim();
  if (b === '') b = '/';
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b.replace(/\/{2,}/g, '/');
}

/** Normalises a site URL to "https://host[/path]" without a trailing slash, or null when absent. */
export function normaliseSiteUrl(siteUrl: string | undefined | null): string | null {
  if (!siteUrl) return null;
  const u = new URL(siteUrl);
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`site URL must be http(s): ${siteUrl}`);
  return `${u.origin}${u.pathname}`.replace(/\/+$/, '');
}

export class Urls {
  readonly base: string;
  readonly siteUrl: string | null;

  constructor(base: string | undefined, siteUrl: string | null | undefined) {
    this.base = normaliseBase(base);
    this.siteUrl = normaliseSiteUrl(siteUrl ?? null);
  }

  /** Root-relative URL of a page path (the href used in the markup). */
  href(path: string): string {
    return this.base + encodePath(path.replace(/^\/+/, ''));
  }

  /**
   * Absolute URL of a page path, or null without a site URL. A site URL that already ends with
   * the base path ("https://x.github.io/repo" with base "/repo/") is not doubled.
   */
  absolute(path: string): string | null {
    if (!this.siteUrl) return null;
    const basePath = this.base.replace(/\/$/, '');
    const root = basePath && this.siteUrl.endsWith(basePath) ? this.siteUrl.slice(0, -basePath.length) : this.siteUrl;
    return root + this.href(path);
  }

  /** Absolute when possible, else root-relative (canonical links, sitemap). */
  best(path: string): string {
    return this.absolute(path) ?? this.href(path);
  }
}

/** Site-relative paths of a collection's pages; `prefix` is "" for the primary collection, else "<slug>/". */
export class CollectionPaths {
  constructor(readonly prefix: string) {}
  home(): string {
    return this.prefix;
  }
  equation(slug: string): string {
    return `${this.prefix}equations/${slug}/`;
  }
  numbered(n: number): string {
    return `${this.prefix}equations/${n}/`;
  }
  topics(): string {
    return `${this.prefix}topics/`;
  }
  topic(slug: string): string {
    return `${this.prefix}topics/${slug}/`;
  }
  symbols(): string {
    return `${this.prefix}symbols/`;
  }
}

/** The output file for a page path ("equations/x/" → "equations/x/index.html"). */
export function fileOf(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
