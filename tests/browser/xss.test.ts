// No script from content ever runs: a site built from the XSS fixture is opened page by page
// with dialog and CSP-violation listeners; nothing fires, and no javascript: URL survives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from './global-setup.js';
import { filesUnder } from './dist-files.js';
import { startTags } from './start-tags.js';
import { launchChromium, type Browser } from './chromium.js';
import { cspViolations, openPage, serve, type Served } from './harness.js';

const ROOT = path.resolve(__dirname, '../..');
let tmp = '';
let out = '';
let browser: Browser;
let site: Served;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-xss-'));
  out = path.join(tmp, 'dist');
  buildSite(out, path.join(ROOT, 'tests/fixtures/hostile/xss.md'));
  browser = await launchChromium();
  site = await serve(out);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('a site built from hostile names, where-lists and intro', () => {
  it('contains no javascript: URL and no element or handler from content', () => {
    for (const file of filesUnder(out)) {
      if (!/\.(html|json|xml|js)$/.test(file)) continue;
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/(href|src)\s*=\s*["']?\s*javascript:/i);
      if (file.endsWith('.html')) {
        expect(text, file).not.toMatch(/<script>alert|<img src=x|<svg onload/i);
        // Handlers are looked for in tags, not with a regex over the whole file: the hostile
        // text "<img src=x onerror=…>" must be on the page as text (escaped `<`, but a literal
        // " onerror="), which no handler check may confuse with an attribute.
        const handlers = startTags(text).flatMap((t) => t.attributes.filter((a) => a.startsWith('on')).map((a) => `<${t.name} ${a}>`));
        expect(handlers, file).toEqual([]);
      }
    }
  });

  it('shows the hostile text as text', async () => {
    const { page } = await openPage(browser, site.url(''));
    await expect(page.locator('body').textContent()).resolves.toContain("<script>alert('intro')</script>");
    await page.close();
  });

  it('runs nothing on any page: no dialog, no CSP violation', async () => {
    const pages = filesUnder(out, '.html').map((f) => path.relative(out, f).replace(/index\.html$/, ''));
    expect(pages.length).toBeGreaterThan(3);
    for (const p of pages) {
      const { page, problems } = await openPage(browser, site.url(p));
      await page.waitForLoadState('networkidle');
      // Hover everything a user might touch.
      for (const el of await page.locator('a, li, .katex').all()) await el.hover({ trial: false, timeout: 1000 }).catch(() => undefined);
      expect(problems.dialogs, p).toEqual([]);
      expect(await cspViolations(page), p).toEqual([]);
      await page.close();
    }
  });
});
