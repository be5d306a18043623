// Sites in French, German, Spanish, Chinese and Japanese (the fixtures of tests/fixtures/i18n/,
// built with the compiled CLI and `lang` in formulary.config.json): the search box finds an
// equation by a word of its name and by a word of a definition among its first three options,
// its status line speaks the site's language; the Arabic site reads right to left with 0 axe
// violations.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Browser } from './chromium.js';
import { serve, type Served } from './harness.js';

const ROOT = path.resolve(__dirname, '../..');

/** Builds one fixture as a project of its own with `lang` in its config; returns the site folder. */
function buildLanguageSite(tmp: string, file: string, lang: string): string {
  const project = path.join(tmp, lang);
  mkdirSync(path.join(project, 'content'), { recursive: true });
  copyFileSync(path.join(ROOT, 'tests/fixtures/i18n', file), path.join(project, 'content', file));
  writeFileSync(path.join(project, 'formulary.config.json'), JSON.stringify({ lang }));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/formulary.js'), 'build', '--no-images', '--no-cache', '--out', 'site'], { cwd: project, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build of ${file} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return path.join(project, 'site');
}

/** [fixture, lang, a word of a name → its slug, a word of a definition → its slug, the status line for one result]. */
const SITES: Array<[string, string, [string, string], [string, string], RegExp]> = [
  ['fr-mecanique.md', 'fr', ['energie', 'energie-cinetique'], ['résultante', 'deuxieme-loi-de-newton'], /équation/],
  ['de-elektrotechnik.md', 'de', ['Leistung', 'elektrische-leistung'], ['Gesamtwiderstand', 'reihenschaltung-von-widerstanden'], /Formel/],
  ['es-termodinamica.md', 'es', ['gases', 'ley-de-los-gases-ideales'], ['específico', 'calor-sensible'], /ecuaci/],
  ['zh-机器学习.md', 'zh', ['梯度', '梯度下降'], ['学习率', '梯度下降'], /公式/],
  ['ja-電磁気学.md', 'ja', ['クーロン', 'クーロンの法則'], ['静電容量', '静電エネルギー'], /公式/],
];

let tmp: string;
let browser: Browser;
const sites = new Map<string, Served>();

// Each test builds its own site: six builds in one hook outgrew the hook's 120 s on a loaded
// machine (every test then skipped); one build is a share of a test's budget.
beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-languages-'));
  browser = await launchChromium();
});

async function siteFor(file: string, lang: string): Promise<Served> {
  const built = sites.get(lang) ?? (await serve(buildLanguageSite(tmp, file, lang)));
  sites.set(lang, built);
  return built;
}
afterAll(async () => {
  await browser?.close();
  for (const s of sites.values()) await s.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The slugs of the first three options for a query. */
async function topSlugs(page: Page, query: string): Promise<string[]> {
  const input = page.locator('#search-input');
  await input.fill('');
  await input.fill(query);
  await page.locator('#search-results [role="option"]').first().waitFor();
  const hrefs = await page.locator('#search-results [role="option"]').evaluateAll((els) => els.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => decodeURIComponent(h.replace(/\?.*$/, '')).replace(/^.*\/equations\/([^/]+)\/$/, '$1'));
}

describe('search and interface in the site language', () => {
  it.each(SITES)('%s (%s): a word of a name and a word of a definition find the equation', async (file, lang, [nameWord, nameSlug], [defWord, defSlug], status) => {
    const site = await siteFor(file, lang);
    const page = await browser.context.newPage();
    await page.goto(site.url(''));
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await topSlugs(page, nameWord)).toContain(nameSlug);
    expect(await page.locator('.search-count').textContent()).not.toMatch(/results?$/);
    expect(await topSlugs(page, defWord)).toContain(defSlug);
    expect(await page.locator('.search-status').textContent()).toMatch(status);
    await page.close();
  });

  it('ar: the page reads right to left and has no WCAG 2.1 A/AA violations', async () => {
    const site = await siteFor('ar-كهرباء.md', 'ar');
    for (const p of ['', 'equations/قانون-أوم/']) {
      const page = await browser.context.newPage();
      const response = await page.goto(site.url(encodeURI(p)));
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await page.locator('main').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      expect(await page.locator('.katex').first().evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
      await page.evaluate(axe.source);
      const violations = await page.evaluate(async () => {
        const w = window as unknown as { axe: typeof axe };
        const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      });
      expect(violations).toEqual([]);
      await page.close();
    }
  });
});
