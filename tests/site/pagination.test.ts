// Long lists are split over pages so no page grows with the collection: a home list or topic
// of more than 100 equations shows 50 a page, the notation index about 400 meanings a page.
// A list of up to 100 is one page with no pager (the seed's site is unchanged).
import { describe, expect, it } from 'vitest';
import { renderSite } from '../../src/site/render-site.js';
import { chunkGroups } from '../../src/site/pages/pagination.js';
import { collection, env, equation, input, text, variable } from './helpers.js';

const N = 250;
const equations = Array.from({ length: N }, (_, i) =>
  equation({ slug: `rule-${i + 1}`, number: i + 1, name: `Rule ${i + 1}`, nameText: `Rule ${i + 1}`, latex: `y_{${i}} = a x`, variables: [variable('a', `the weight of rule ${i + 1}`), variable('x', 'the input'), variable(`y_{${i}}`, 'the output')] }),
);

async function site(): Promise<Map<string, string>> {
  const { sources, deps } = await env();
  const topics = [{ slug: 'all', title: 'All rules', equations: equations.map((e) => e.slug) }];
  const r = renderSite([input(collection({ equations, intro: 'The intro.' }), topics)], {}, { ...deps, linkLatex: undefined }, sources);
  return new Map(r.files.map((f) => [f.path, typeof f.contents === 'string' ? f.contents : '']));
}

const slugsOf = (html: string) => [...html.matchAll(/<li class="eq-item" data-slug="([^"]+)"/g)].map((m) => m[1]);

describe('pagination', () => {
  it('splits the home list into pages of 50 that together list every equation once, with a pager', async () => {
    const files = await site();
    const pages = ['index.html', 'page/2/index.html', 'page/3/index.html', 'page/4/index.html', 'page/5/index.html'].map((p) => text(files.get(p)));
    expect(files.has('page/6/index.html')).toBe(false);
    expect(pages.map((p) => slugsOf(p).length)).toEqual([50, 50, 50, 50, 50]);
    expect(pages.flatMap(slugsOf)).toEqual(equations.map((e) => e.slug));
    expect(pages[0]).toContain('<div class="intro"><p>The intro.</p></div>');
    expect(pages[1]).not.toContain('<div class="intro">');
    expect(pages[1]).toContain('<ol id="equation-list" class="equation-list" start="51">');
    expect(pages[1]).toContain('<a class="pager-prev" href="/" rel="prev">');
    expect(pages[1]).toContain('<a class="pager-next" href="/page/3/" rel="next">');
    expect(pages[0]).toContain('<a href="/" aria-current="page" aria-label="Page 1">1</a>');
    expect(text(files.get('page/2/index.html'))).toMatch(/<title>[^<]*\(page 2 of 5\)<\/title>/);
    expect(text(files.get('sitemap.xml'))).toContain('<loc>/page/5/</loc>');
  });

  it('splits a topic page the same way', async () => {
    const files = await site();
    expect(slugsOf(text(files.get('topics/all/index.html')))).toHaveLength(50);
    expect(slugsOf(text(files.get('topics/all/page/5/index.html')))).toHaveLength(50);
    expect(files.has('topics/all/page/6/index.html')).toBe(false);
    expect(text(files.get('topics/index.html'))).toContain('and 226 more');
  });

  it('splits the notation index into pages that together hold every meaning once', async () => {
    const files = await site();
    const pages = [...files.keys()].filter((p) => /^symbols\/(page\/\d+\/)?index\.html$/.test(p));
    expect(pages.length).toBeGreaterThan(1);
    const all = pages.map((p) => text(files.get(p))).join('\n');
    // One entry per meaning (issue 25): each rule's own weight and output, and "the input" once
    // per 50 of the equations that give it (an entry links at most 50).
    expect(all.match(/<span class="meaning">/g)).toHaveLength(2 * N + Math.ceil(N / 50));
    for (let i = 1; i <= N; i++) expect(all.split(`the weight of rule ${i}</span>`)).toHaveLength(2);
  });

  it('puts the expressions defined in where-lists on pages of their own when the last page has no room: no page past its budget', async () => {
    const { sources, deps } = await env();
    const withExpressions = equations.map((e, i) => ({ ...e, variables: [...e.variables, variable('a x', `the product of rule ${i + 1}`), variable('x a', `the other product of rule ${i + 1}`)] }));
    const r = renderSite([input(collection({ equations: withExpressions }))], {}, { ...deps, linkLatex: undefined }, sources);
    const pages = r.files.filter((f) => /^symbols\/(page\/\d+\/)?index\.html$/.test(f.path)).map((f) => text(f.contents));
    const counts = pages.map((p) => (p.match(/<span class="meaning">/g) ?? []).length);
    expect(Math.max(...counts)).toBeLessThanOrEqual(400);
    const all = pages.join('\n');
    expect(all.match(/<span class="meaning">/g)).toHaveLength(4 * N + Math.ceil(N / 50));
    for (let i = 1; i <= N; i++) expect(all.split(`the other product of rule ${i}</span>`)).toHaveLength(2);
    const withHeading = pages.filter((p) => p.includes('Expressions defined in where-lists'));
    expect(withHeading.length).toBeGreaterThan(1);
    expect(pages.indexOf(withHeading[0]!)).toBeGreaterThan(0);
  });

  it('cuts the no-JavaScript search page by letter and each letter into pages of 300 names, every name on its letter\'s pages once', async () => {
    const { sources, deps } = await env();
    const many = Array.from({ length: 700 }, (_, i) => equation({ slug: `rule-${i + 1}`, number: i + 1, name: `Rule ${i + 1}`, nameText: `Rule ${i + 1}`, latex: 'y = a x', variables: [variable('a', 'the weight')] }));
    const r = renderSite([input(collection({ equations: many }))], {}, { ...deps, linkLatex: undefined }, sources);
    const files = new Map(r.files.map((f) => [f.path, text(f.contents)]));
    const rPages = ['search/r/index.html', 'search/r/page/2/index.html', 'search/r/page/3/index.html'].map((p) => files.get(p) ?? '');
    expect(files.has('search/r/page/4/index.html')).toBe(false);
    const names = rPages.map((p) => [...p.matchAll(/<li><a href="[^"]+">(Rule \d+)<\/a>/g)].map((m) => m[1]));
    expect(names.map((n) => n.length)).toEqual([300, 300, 100]);
    expect(new Set(names.flat()).size).toBe(700);
    expect(rPages[1]).toContain('<a class="pager-next" href="/search/r/page/3/" rel="next">');
    expect(rPages[1]).toMatch(/<title>Equations by name: R \(page 2 of 3\)/);
  });

  it('keeps a list of 100 on one page without a pager', async () => {
    const { sources, deps } = await env();
    const r = renderSite([input(collection({ equations: equations.slice(0, 100) }))], {}, { ...deps, linkLatex: undefined }, sources);
    const home = text(r.files.find((f) => f.path === 'index.html')?.contents);
    expect(slugsOf(home)).toHaveLength(100);
    expect(home).not.toContain('class="pager"');
    expect(r.files.some((f) => f.path.startsWith('page/'))).toBe(false);
  });

  it('keeps groups whole where they fit and splits one larger than a page', () => {
    const g = (n: number) => ({ entries: Array.from({ length: n }, (_, i) => i) });
    const [a, b, c] = [g(300), g(150), g(900)];
    const pages = chunkGroups([a, b, c], 400);
    expect(pages.map((p) => p.map((x) => [x.from, x.to, x.continued]))).toEqual([[[0, 300, false]], [[0, 150, false], [0, 250, false]], [[250, 650, true]], [[650, 900, true]]]);
    expect(chunkGroups([g(0), g(2)], 400).map((p) => p.length)).toEqual([2]);
  });
});
