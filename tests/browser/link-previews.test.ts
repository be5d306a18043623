// Issue 27, item 6: what a pasted link shows. The seed site as the CLI builds it (with images and
// --site-url): preview descriptions in plain text, /equations/17/ the equation itself with its
// card and a canonical link, and a mistyped address's 404 page offering the page that was meant.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type Browser } from './chromium.js';
import { openPage, serve, type Served } from './harness.js';
import { filesUnder } from './dist-files.js';

const root = inject('siteRoot');
let site: Served;
let browser: Browser;
beforeAll(async () => {
  site = await serve(root);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The content of `<meta property|name="key">` (attribute values are HTML-escaped; a backslash never is). */
const metaOf = (html: string, key: string): string | undefined => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];
const page = (p: string): string => readFileSync(path.join(root, p), 'utf8');

describe('link previews', () => {
  it('describe every equation page in plain text: no TeX backslash in og:description or twitter:description', () => {
    const pages = filesUnder(path.join(root, 'equations'), 'index.html').filter((f) => !/\/equations\/\d+\/index\.html$/.test(f));
    expect(pages).toHaveLength(100);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const key of ['og:description', 'twitter:description', 'description']) {
        const text = metaOf(html, key);
        expect(text, `${file} ${key}`).toBeTruthy();
        expect(text, `${file} ${key}`).not.toContain('\\');
      }
    }
    // Adam's where-list: β₁ as a Greek letter, not \beta_1.
    expect(metaOf(page('equations/adam-optimizer/index.html'), 'og:description')).toMatch(/β_?1/);
  });

  it('serve /equations/17/ as the Adam Optimizer page, with its card and a canonical link to the slug URL', () => {
    const html = page('equations/17/index.html');
    expect(html).toContain('<link rel="canonical" href="https://example.org/equations/adam-optimizer/">');
    expect(metaOf(html, 'og:image')).toBe('https://example.org/equations/adam-optimizer/card.png');
    expect(metaOf(html, 'og:url')).toBe('https://example.org/equations/adam-optimizer/');
    expect(html).not.toContain('http-equiv="refresh"');
    expect(html).not.toContain('has moved');
  });
});

describe('the 404 page', () => {
  it('offers Adam Optimizer for a mistyped /equations/adam-optimiser/', async () => {
    const { page: tab, problems, status } = await openPage(browser, site.url('equations/adam-optimiser/'));
    expect(status).toBe(404);
    const first = tab.locator('[data-nearest] a').first();
    await first.waitFor();
    await expect(first.getAttribute('href')).resolves.toBe('/equations/adam-optimizer/');
    await expect(first.textContent()).resolves.toBe('17. Adam Optimizer');
    await expect(tab.locator('[data-nearest]').isVisible()).resolves.toBe(true);
    expect(problems.console).toEqual([]);
    expect(problems.failed).toEqual([]);
    await tab.close();
  });

  it('offers nothing for an address near no name, and keeps its text', async () => {
    const { page: tab } = await openPage(browser, site.url('no/such/zzzz/'));
    await tab.waitForLoadState('networkidle');
    await expect(tab.locator('[data-nearest]').isVisible()).resolves.toBe(false);
    await expect(tab.locator('main').textContent()).resolves.toContain('There is no page at this address.');
    await tab.close();
  });
});
