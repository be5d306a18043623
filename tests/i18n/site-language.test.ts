import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';
import { loadTopics } from '../../src/parse/topics.js';
import { renderSite } from '../../src/site/render-site.js';
import { EN } from '../../src/site/i18n/en.js';
import { CATALOGUES } from '../../src/site/i18n/messages.js';
import { env, text } from '../site/helpers.js';

async function renderFixture(file: string, lang: string) {
  const path = `tests/fixtures/i18n/${file}`;
  const { collection } = parseCollection({ path, text: await readFile(path, 'utf8') });
  const { sources, deps } = await env();
  const result = renderSite([{ collection, topics: loadTopics(collection).topics }], { theme: { lang } }, deps, sources);
  return result.files.filter((f) => f.path.endsWith('.html')).map((f) => ({ path: f.path, html: text(f.contents) }));
}

/** What a reader sees or hears: text between tags and the values of labelling attributes. */
function shownStrings(html: string): string[] {
  const body = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '');
  const texts = [...body.matchAll(/>([^<]+)</g)].map((m) => m[1]!);
  const attrs = [...body.matchAll(/\s(?:aria-label|placeholder|title|alt|content)="([^"]*)"/g)].map((m) => m[1]!).filter((v) => !v.includes("/"));
  return [...texts, ...attrs].map((t) => t.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&#x27;/g, "'"));
}

/** The fixed parts of each English message that the language says otherwise (placeholders cut out), found on the page. */
function englishLeft(lang: string, html: string): string[] {
  const cat = CATALOGUES[lang]!;
  const shown = shownStrings(html);
  const left: string[] = [];
  for (const [key, english] of Object.entries(EN)) {
    const own = cat[key as keyof typeof EN];
    if (own === undefined) continue;
    for (const part of english.split(/\{\w+\}/)) {
      const words = part.trim();
      if (words.length < 4 || !/[A-Za-z]{3}/.test(words) || own.includes(words)) continue;
      const re = new RegExp(`(?<![A-Za-z])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`);
      if (shown.some((t) => re.test(t))) left.push(`${key}: ${words}`);
    }
  }
  return left;
}

const SITES: Array<[file: string, lang: string, where: string]> = [
  ['fr-mecanique.md', 'fr', 'Où'],
  ['de-elektrotechnik.md', 'de', 'Dabei ist'],
  ['es-termodinamica.md', 'es', 'Donde'],
  ['zh-机器学习.md', 'zh', '其中'],
  ['ja-電磁気学.md', 'ja', 'ここで'],
];

describe('the interface in the site language', () => {
  for (const [file, lang, where] of SITES) {
    it(`${lang}: no English interface string left on any page type, <html lang> set, Unicode URLs encoded`, async () => {
      const pages = await renderFixture(file, lang);
      const kinds = new Set(pages.map((p) => p.path.replace(/\/[^/]*\/index\.html$/, '/*/').replace(/\d+/g, 'N')));
      expect(kinds.size).toBeGreaterThanOrEqual(4);
      for (const page of pages) {
        expect(page.html, page.path).toContain(`<html lang="${lang}"`);
        expect(englishLeft(lang, page.html), page.path).toEqual([]);
        // Every href is ASCII (non-ASCII slugs percent-encoded).
        for (const m of page.html.matchAll(/href="([^"]*)"/g)) expect(m[1], page.path).toMatch(/^[\x20-\x7e]*$/);
      }
      const equation = pages.find((p) => p.path.startsWith('equations/') && !/^equations\/\d+\//.test(p.path))!;
      expect(equation.html).toContain(`>${where} <a class="heading-anchor"`);
      expect(equation.html).toContain('<script id="fy-ui" type="application/json">');
    });
  }

  it('the check sees English where it is left (an English site of the same document)', async () => {
    const pages = await renderFixture('fr-mecanique.md', 'en');
    const home = pages.find((p) => p.path === 'index.html')!;
    expect(englishLeft('fr', home.html)).toEqual(expect.arrayContaining(['search.placeholder: Search equations…', 'nav.home: All equations']));
  });

  it('ar: right to left, in Arabic, math left to right', async () => {
    const pages = await renderFixture('ar-كهرباء.md', 'ar');
    const home = pages.find((p) => p.path === 'index.html')!;
    expect(home.html).toContain('<html lang="ar" dir="rtl"');
    expect(home.html).toContain('كل المعادلات');
  });
});
