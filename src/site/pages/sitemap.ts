/**
 * `sitemap.xml` and `robots.txt`. The sitemap protocol wants absolute URLs: with --site-url they
 * are; without it they are root-relative (still base-prefixed) and robots.txt names no sitemap.
 */
import type { Urls } from '../urls.js';

function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

export function renderSitemap(urls: Urls, paths: string[]): string {
  const body = paths.map((p) => `  <url><loc>${xmlEscape(urls.best(p))}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export function renderRobots(urls: Urls): string {
  const sitemap = urls.absolute('sitemap.xml');
  return `User-agent: *\nAllow: /\n${sitemap ? `Sitemap: ${sitemap}\n` : ''}`;
}
