import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodePath, MAX_SLUG_BYTES, slugify } from '../../src/slug.js';
import { Urls } from '../../src/site/urls.js';

const seed = JSON.parse(readFileSync('tests/fixtures/seed-records.json', 'utf8')) as { collections: Array<{ equations: Array<{ slug: string; nameText: string }> }> };
const seedEquations = seed.collections[0]!.equations;

describe('unicode slugs', () => {
  it("keep the seed's 100 slugs byte-identical, in both styles", () => {
    expect(seedEquations).toHaveLength(100);
    for (const eq of seedEquations) {
      expect(slugify(eq.nameText)).toBe(eq.slug);
      expect(slugify(eq.nameText, 'ascii')).toBe(eq.slug);
    }
  });

  it('keep letters of every script, as GitHub heading slugs do', () => {
    expect(slugify('梯度下降')).toBe('梯度下降');
    expect(slugify('勾配降下法 (SGD)')).toBe('勾配降下法-sgd');
    expect(slugify('Закон Ома')).toBe('закон-ома');
    expect(slugify('قانون أوم')).toBe('قانون-أوم');
    expect(slugify('ガウスの法則')).toBe('ガウスの法則');
    expect(slugify('गुरुत्वाकर्षण बल')).toBe('गुरुत्वाकर्षण-बल');
  });

  it('drop accents of Latin letters as before, so an existing slug does not change', () => {
    expect(slugify('Énergie cinétique')).toBe('energie-cinetique');
    expect(slugify('Ley de Ohm (versión vectorial)')).toBe('ley-de-ohm-version-vectorial');
  });

  it("read a possessive 's after an s as the name alone (issue 27)", () => {
    expect(slugify("Gauss's Law")).toBe('gauss-law');
    expect(slugify('Gauss’s Law')).toBe('gauss-law');
    expect(slugify("Newton's Second Law")).toBe('newtons-second-law');
    expect(slugify('Bayes’ Rule')).toBe('bayes-rule');
  });

  it('transliterate in the ascii style', () => {
    expect(slugify('梯度下降', 'ascii')).toBe('tiduxiajiang');
    expect(slugify('Закон Ома', 'ascii')).toBe('zakon-oma');
  });

  it('fit a folder name: at most 200 UTF-8 bytes, cut on a code-point boundary', () => {
    const long = '勾配'.repeat(60) + '𝔸';
    const slug = slugify(long);
    expect(new TextEncoder().encode(slug).length).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(slug).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])/u);
    expect(long.startsWith(slug)).toBe(true);
    const emoji = slugify(`a${'𝔸'.repeat(70)}`);
    expect([...emoji].every((c) => c.length <= 2)).toBe(true);
    expect(new TextEncoder().encode(emoji).length).toBeLessThanOrEqual(MAX_SLUG_BYTES);
  });

  it('are percent-encoded in hrefs, ASCII paths unchanged', () => {
    expect(encodePath('equations/adam/')).toBe('equations/adam/');
    const urls = new Urls('/sub/', 'https://example.org/sub');
    expect(urls.href('equations/梯度下降/')).toBe('/sub/equations/%E6%A2%AF%E5%BA%A6%E4%B8%8B%E9%99%8D/');
    expect(urls.best('equations/梯度下降/')).toBe('https://example.org/sub/equations/%E6%A2%AF%E5%BA%A6%E4%B8%8B%E9%99%8D/');
    expect(decodeURIComponent(urls.href('equations/ガウス/'))).toBe('/sub/equations/ガウス/');
  });
});

describe('any name, any script', () => {
  it('gives a slug safe as one folder name and one URL path segment', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 300 })), (name) => {
        const slug = slugify(name);
        expect(slug).not.toMatch(/[/\\.%?#\s\p{C}]/u);
        expect(slug).not.toMatch(/^-|-$|^\d+$/);
        expect(new TextEncoder().encode(slug).length).toBeLessThanOrEqual(MAX_SLUG_BYTES);
        expect(slug.isWellFormed()).toBe(true);
        expect(decodeURIComponent(encodePath(slug))).toBe(slug);
      }),
      { numRuns: 3000 },
    );
  });
});
