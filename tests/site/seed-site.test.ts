/** Integration: the seed rendered in memory and written to a temp folder. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSite } from '../../src/write/write.js';
import { renderSeed, text } from './helpers.js';

let site: Awaited<ReturnType<typeof renderSeed>>;
let dir: string;

beforeAll(async () => {
  site = await renderSeed();
  dir = await mkdtemp(join(tmpdir(), 'formulary-site-'));
  await writeSite(join(dir, 'dist'), site.files);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const equationPages = (): string[] => [...site.byPath.keys()].filter((p) => /^equations\/(?!\d+\/)[^/]+\/index\.html$/.test(p));

describe('the seed site', () => {
  it('has the whole page set', () => {
    const paths = [...site.byPath.keys()];
    expect(paths).toContain('index.html');
    expect(paths).toContain('404.html');
    expect(paths).toContain('topics/index.html');
    expect(paths).toContain('symbols/index.html');
    expect(paths).toContain('equations.json');
    expect(paths).toContain('sitemap.xml');
    expect(paths).toContain('robots.txt');
    expect(paths).toContain('favicon.svg');
    expect(equationPages()).toHaveLength(100);
    for (let n = 1; n <= 100; n++) expect(paths).toContain(`equations/${n}/index.html`);
    expect(paths.filter((p) => /^topics\/[^/]+\/index\.html$/.test(p)).length).toBeGreaterThan(3);
    expect(paths).toContain('equations/adam-optimizer/index.html');
  });

  it('typesets every formula: no KaTeX error, MathML in every equation page', () => {
    for (const p of equationPages()) {
      const html = text(site.byPath.get(p));
      expect(html, p).not.toContain('katex-error');
      expect(html, p).not.toContain('math-error');
      expect(html, p).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"');
      expect(html, p).toContain('<article class="equation-entry"');
    }
  });

  it('has no inline style attributes anywhere (CSP style-src self)', () => {
    for (const [p, c] of site.byPath) {
      if (!p.endsWith('.html')) continue;
      expect(text(c), p).not.toMatch(/<[a-z][^>]*\sstyle="/);
      expect(text(c), p).not.toMatch(/<script>(?!<)/); // no inline executable scripts
    }
  });

  it('references only files it ships, and ships the used fonts as woff2 only', () => {
    const home = text(site.byPath.get('index.html'));
    const refs = [...home.matchAll(/(?:href|src)="\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.some((r) => /^assets\/katex-[0-9a-f]{8}\.css$/.test(r))).toBe(true);
    for (const r of refs) expect(site.byPath.has(r), r).toBe(true);
    const css = text(site.byPath.get(refs.find((r) => r.startsWith('assets/katex-'))!));
    const fonts = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => `assets/${m[1]}`);
    expect(fonts.length).toBeGreaterThan(2);
    expect(fonts.length).toBeLessThan(20);
    for (const f of fonts) {
      expect(f).toMatch(/\.woff2$/);
      expect(site.byPath.has(f), f).toBe(true);
    }
    expect(css).toContain('font-display:swap');
    expect(css).not.toContain('font-display:block');
    expect(fonts.some((f) => f.includes('KaTeX_Main-Regular'))).toBe(true);
  });

  it('lists sitemap URLs that exist', () => {
    const xml = text(site.byPath.get('sitemap.xml'));
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs.length).toBeGreaterThan(100);
    for (const loc of locs) {
      const file = loc.replace(/^\//, '') + (loc.endsWith('/') ? 'index.html' : '');
      expect(site.byPath.has(file), loc).toBe(true);
    }
  });

  it('writes the same files it rendered', async () => {
    const names = await readdir(join(dir, 'dist', 'equations'));
    expect(names.length).toBe(200);
    expect(await readFile(join(dir, 'dist', 'index.html'), 'utf8')).toBe(site.byPath.get('index.html'));
  });

  it('home page lists every equation for in-place search filtering', () => {
    const home = text(site.byPath.get('index.html'));
    expect(home).toContain('<ol id="equation-list"');
    expect(home.match(/<li class="eq-item" data-slug="/g)).toHaveLength(100);
    expect(home).toContain('<details class="preamble">');
    expect(home).toContain('role="combobox"');
  });
});

describe('--base /sub/', () => {
  it('prefixes every internal URL', async () => {
    const sub = await renderSeed({ base: '/sub/', siteUrl: 'https://example.org' });
    for (const [p, c] of sub.byPath) {
      if (!p.endsWith('.html')) continue;
      const html = text(c);
      expect(html, p).toContain('data-base="/sub/"');
      for (const m of html.matchAll(/\s(?:href|src|action)="([^"#][^"]*)"/g)) {
        const url = m[1] ?? '';
        if (/^https?:/.test(url)) {
          if (url.startsWith('https://example.org')) expect(url, p).toMatch(/^https:\/\/example\.org\/sub\//);
          continue;
        }
        expect(url, `${p}: ${url}`).toMatch(/^\/sub\//);
      }
    }
    const xml = text(sub.byPath.get('sitemap.xml'));
    expect(xml).toContain('<loc>https://example.org/sub/equations/adam-optimizer/</loc>');
    expect(text(sub.byPath.get('robots.txt'))).toContain('Sitemap: https://example.org/sub/sitemap.xml');
    const json = JSON.parse(text(sub.byPath.get('equations.json')));
    expect(json.collections[0].equations[16].url).toBe('https://example.org/sub/equations/adam-optimizer/');
  });
});
