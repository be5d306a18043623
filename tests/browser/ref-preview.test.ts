// References' preview cards (issue 25): hovering or focusing a reference (keyboard reaches it)
// shows its target's typeset formula and first definitions, fetched on demand from a build-time
// fragment; axe finds nothing with the card open. Built from tests/fixtures/references/mathjax-style.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import { launchChromium, type Browser } from './chromium.js';
import { buildSite } from './global-setup.js';
import { openPage, serve, type Served } from './harness.js';

let browser: Browser;
let site: Served;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-refs-'));
  buildSite(path.join(tmp, 'site'), 'tests/fixtures/references/mathjax-style.md');
  browser = await launchChromium();
  site = await serve(path.join(tmp, 'site'));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('reference preview cards', () => {
  it('hover shows the target formula and definitions, loaded only then; Escape hides it', async () => {
    const { page, problems } = await openPage(browser, site.url('equations/period/'));
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('preview.html')) fetched.push(new URL(r.url()).pathname);
    });
    const ref = page.locator('a.eq-ref', { hasText: 'Circular speed' });
    expect(await ref.count()).toBe(1);
    expect(fetched).toEqual([]);
    await ref.hover();
    const tip = page.locator('.ref-preview[role="tooltip"]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.locator('.katex').count()).toBeGreaterThan(0);
    expect(await tip.textContent()).toContain('is the orbital speed');
    expect(await ref.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    expect(fetched).toEqual(['/equations/eq-speed/preview.html']);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.count()).toBe(0);
    expect(problems.console).toEqual([]);
    expect(problems.failed).toEqual([]);
    await page.close();
  });

  it('the keyboard reaches each reference and focus shows its card; axe finds no violation with it open', async () => {
    const { page, problems } = await openPage(browser, site.url('equations/period/'));
    const focusedText = () => page.evaluate(() => (document.activeElement?.matches('a.eq-ref') ? document.activeElement.textContent : null));
    const reached: string[] = [];
    // Tab through the page (a bounded number of stops), noting each reference focused.
    for (let i = 0; i < 60 && reached.length < 2; i++) {
      await page.keyboard.press('Tab');
      const t = await focusedText();
      if (t && !reached.includes(t)) reached.push(t);
    }
    expect(reached).toEqual(['Circular speed', 'Gravitation']);
    const tip = page.locator('.ref-preview[role="tooltip"]');
    await expect.poll(() => tip.textContent()).toContain('is the attractive force');
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () => {
      const w = window as unknown as { axe: typeof axe };
      const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    });
    expect(violations).toEqual([]);
    expect(problems.console).toEqual([]);
    await page.close();
  });

  it('a reference already under the pointer when the preview code arrives shows its card then', async () => {
    // The card code loads after the page; a reader quicker than the network must not wait for
    // a second hover. Hold the code back, point at the reference, then let it load.
    const page = await browser.context.newPage();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = false;
    await page.route(/\/assets\/ref-preview-[^/]*\.js$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto(site.url('equations/period/'), { waitUntil: 'domcontentloaded' });
    await expect.poll(() => asked).toBe(true);
    const ref = page.locator('a.eq-ref', { hasText: 'Circular speed' });
    await ref.hover();
    const tip = page.locator('.ref-preview[role="tooltip"]');
    expect(await tip.count()).toBe(0);
    release();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('is the orbital speed');
    await page.close();
  });
});
