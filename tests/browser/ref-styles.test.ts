// A reference in each style shows its preview card on hover and on focus (issue 25): `\eqref`
// inside a formula (its link under the formula), MyST's `{eq}` role, Formulary's `[[name]]`,
// Quarto's `@eq-x`, LaTeX's `\eqref` in prose. Built from tests/fixtures/references/every-style.md.
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
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-ref-styles-'));
  buildSite(path.join(tmp, 'site'), 'tests/fixtures/references/every-style.md');
  browser = await launchChromium();
  site = await serve(path.join(tmp, 'site'));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const STYLES = [
  { style: '\\eqref inside the formula', page: 'equations/weight/', link: 'p.formula-refs a.eq-ref' },
  { style: "MyST's {eq} role", page: 'equations/weight/', link: '.where-list li[data-var="0"] a.eq-ref' },
  { style: '[[name]]', page: 'equations/weight/', link: '.where-list li[data-var="2"] a.eq-ref' },
  { style: 'Quarto @eq-', page: 'equations/momentum/', link: '.where-list li[data-var="0"] a.eq-ref' },
  { style: '\\eqref in prose', page: 'equations/momentum/', link: '.where-list li[data-var="2"] a.eq-ref' },
];

describe('reference preview cards in every style', () => {
  it.each(STYLES)('$style: hover and focus show the target card', async ({ page: url, link }) => {
    const { page, problems } = await openPage(browser, site.url(url));
    const ref = page.locator(link);
    expect(await ref.count()).toBe(1);
    expect(await ref.textContent()).toBe('Eq. 1');
    const tip = page.locator('.ref-preview[role="tooltip"]');
    await ref.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('is the net force');
    expect(await tip.locator('.katex').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.count()).toBe(0);
    await page.mouse.move(0, 0);
    await ref.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await ref.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    expect(problems.console).toEqual([]);
    expect(problems.failed).toEqual([]);
    await page.close();
  });

  it('axe finds no violation on a page with a reference under its formula, its card open', async () => {
    const { page } = await openPage(browser, site.url('equations/weight/'));
    await page.locator('p.formula-refs a.eq-ref').focus();
    await expect.poll(() => page.locator('.ref-preview[role="tooltip"]').isVisible()).toBe(true);
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () => {
      const w = window as unknown as { axe: typeof axe };
      const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
