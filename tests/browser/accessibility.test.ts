// axe-core finds 0 WCAG 2.1 A/AA violations on every page type, in light and in dark mode.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { launchChromium, type Browser } from './chromium.js';
import { serve, type Served } from './harness.js';

const root = inject('siteRoot');
const topic = readdirSync(path.join(root, 'topics'), { withFileTypes: true }).find((d) => d.isDirectory())!.name;
const PAGES = ['', 'equations/adam-optimizer/', 'equations/coefficient-of-determination-r2/', `topics/${topic}/`, 'topics/', 'symbols/', 'search/', 'no/such/page/'];

let site: Served;
beforeAll(async () => {
  site = await serve(root);
});
afterAll(async () => site?.close());

describe.each(['light', 'dark'] as const)('%s mode', (scheme) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium({ colorScheme: scheme });
  });
  afterAll(async () => browser?.close());

  it.each(PAGES)('/%s has no WCAG 2.1 A/AA violations', async (p) => {
    const page = await browser.context.newPage();
    await page.goto(site.url(p));
    // Evaluated through the DevTools protocol, so the page's CSP does not block it.
    await page.evaluate(axe.source);
    if (p === '') {
      // Open the search results too, so their markup is checked.
      await page.locator('#search-input').fill('adam');
      await page.locator('#search-results [role="option"]').first().waitFor();
    }
    const result = await page.evaluate(async () => {
      const w = window as unknown as { axe: typeof axe };
      const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
    expect(result).toEqual([]);
    await page.close();
  });
});
