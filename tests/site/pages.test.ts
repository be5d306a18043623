/** Unit tests of the page renderers, from hand-made collections. */
import { describe, expect, it } from 'vitest';
import { renderSite } from '../../src/site/render-site.js';
import { InlineStyleSheet } from '../../src/site/assets/inline-styles.js';
import { renderMath } from '../../src/katex/render.js';
import { Urls } from '../../src/site/urls.js';
import { clip, jsonLdText } from '../../src/site/pages/meta.js';
import { collection, env, equation, input, text, variable } from './helpers.js';

const eqA = equation({
  slug: 'alpha-rule',
  number: 1,
  name: 'Alpha rule with $\\alpha$',
  nameText: 'Alpha rule with \\alpha',
  latex: 'y = \\alpha x + b',
  variables: [variable('y', 'the output'), variable('x', 'the input'), variable('\\alpha', 'a <script>alert(1)</script> weight')],
});
const eqB = equation({ slug: 'beta-rule', number: 2, name: 'Beta rule', nameText: 'Beta rule', latex: 'z = \\beta x + y', variables: [variable('z', 'the result'), variable('x', 'the input'), variable('y', 'another input')] });
const eqBad = equation({ slug: 'broken', number: 3, name: 'Broken', nameText: 'Broken', latex: '\\frac{1}{', variables: [] });

async function render(options = {}, inputs = [input(collection({ equations: [eqA, eqB, eqBad], intro: 'See [home](javascript:alert(1)) and [docs](https://example.org).' }), [{ slug: 'basics', title: 'Basics', equations: ['alpha-rule', 'beta-rule'] }])]) {
  const { sources, deps } = await env();
  const r = renderSite(inputs, options, { ...deps, linkLatex: undefined }, sources);
  return new Map(r.files.map((f) => [f.path, typeof f.contents === 'string' ? f.contents : '']));
}

describe('equation page', () => {
  it('shows number, name with math, formula, where-list, copy buttons, topic, related and prev/next', async () => {
    const files = await render({ repoUrl: 'https://github.com/o/r' });
    const html = text(files.get('equations/alpha-rule/index.html'));
    expect(html).toContain('<span class="eq-num">1.</span>');
    expect(html).toMatch(/<h1 id="equation-title">.*class="katex"/);
    expect(html).toContain('<article class="equation-entry"');
    expect(html).toContain('<ul class="where-list">');
    expect(html).toContain('data-copy="latex"');
    expect(html).toContain('data-latex="y = \\alpha x + b"');
    expect(html).toContain('data-copy="link"');
    expect(html).toContain('role="status" aria-live="polite"');
    expect(html).toContain('href="/topics/basics/"');
    expect(html).toContain('Related equations');
    expect(html).toContain('rel="next"');
    expect(html).toContain('href="https://github.com/o/r/blob/main/content/test.md#L3"');
    // Author text is escaped, never markup.
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('<link rel="canonical" href="/equations/alpha-rule/">');
    expect(html).toContain('<script type="application/ld+json">');
    // The description is plain text, the name's math too (issue 27: previews showed raw TeX).
    expect(html).toContain('<meta name="description" content="Alpha rule with α, where y is the output;');
  });

  it('falls back to escaped source for a formula KaTeX refuses', async () => {
    const files = await render();
    const html = text(files.get('equations/broken/index.html'));
    expect(html).toContain('<code class="math-error"');
    expect(html).toContain('\\frac{1}{');
  });

  it('marks linked where-list items when the linker is available', async () => {
    const { sources, deps } = await env();
    const linkLatex = (): { latex: string; linked: number[] } => ({ latex: '\\htmlData{var=0}{y} = \\alpha x + b', linked: [0] });
    const r = renderSite([input(collection({ equations: [eqA] }))], {}, { ...deps, linkLatex }, sources);
    const html = text(r.files.find((f) => f.path === 'equations/alpha-rule/index.html')?.contents);
    expect(html).toContain('data-var="0"');
    expect(html).toContain('<li data-var="0" tabindex="0">');
    expect(html).not.toContain('<li data-var="1"');
  });
});

describe('other pages', () => {
  // Issue 27: a number is not a moved page. /equations/2/ was a meta-refresh page saying "This
  // equation has moved", with no preview tags; it is now the equation's page itself.
  it('serves /equations/<number>/ as the equation page, its canonical link naming the slug URL', async () => {
    const files = await render({ base: '/sub/' });
    const html = text(files.get('equations/2/index.html'));
    expect(html).toBe(text(files.get('equations/beta-rule/index.html')));
    expect(html).toContain('<link rel="canonical" href="/sub/equations/beta-rule/">');
    expect(html).toContain('<meta property="og:description"');
    expect(html).not.toContain('http-equiv="refresh"');
    expect(html).not.toContain('has moved');
  });

  it('home keeps safe links only and lists equations', async () => {
    const files = await render();
    const html = text(files.get('index.html'));
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.org">docs</a>');
    expect(html).toContain('<li class="eq-item" data-slug="beta-rule">');
  });

  it('groups the notation index by symbol, with meanings and equations', async () => {
    const files = await render();
    const html = text(files.get('symbols/index.html'));
    const x = html.indexOf('the input');
    expect(x).toBeGreaterThan(0);
    expect(html.match(/<dt>/g)?.length).toBe(4); // x, y, z, \alpha: x and y are shared by both equations
    const start = html.lastIndexOf('<dd>', x);
    const groupX = html.slice(start, html.indexOf('</dd>', start));
    expect(groupX).toContain('href="/equations/alpha-rule/"');
    expect(groupX).toContain('href="/equations/beta-rule/"');
  });

  it('writes equations.json with the documented shape', async () => {
    const files = await render();
    const json = JSON.parse(text(files.get('equations.json')));
    const e = json.collections[0].equations[0];
    // The documented fields (the same records as `formulary export`, plus the page URL).
    expect(Object.keys(e)).toEqual(expect.arrayContaining(['slug', 'number', 'name', 'nameText', 'latex', 'group', 'topic', 'url', 'variables', 'source']));
    expect(e.topic).toBe('Basics');
    expect(e.variables[0]).toEqual({ symbols: ['y'], description: 'the output' });
  });

  it('puts later collections under /<collection-slug>/', async () => {
    const second = collection({ title: 'Second', sourceFile: 'content/zeta-notes.md', equations: [equation({ slug: 'gamma', number: 1, latex: '\\gamma' })] });
    const first = collection({ title: 'First', sourceFile: 'content/alpha.md', equations: [eqB] });
    const files = await render({}, [input(second), input(first)]);
    expect(files.has('equations/beta-rule/index.html')).toBe(true);
    expect(files.has('zeta-notes/equations/gamma/index.html')).toBe(true);
    expect(files.has('zeta-notes/equations/1/index.html')).toBe(true);
    expect(files.has('zeta-notes/symbols/index.html')).toBe(true);
    expect(text(files.get('index.html'))).toContain('href="/zeta-notes/"');
    const primary = await render({ primary: 'content/zeta-notes.md' }, [input(second), input(first)]);
    expect(primary.has('equations/gamma/index.html')).toBe(true);
    expect(primary.has('alpha/equations/beta-rule/index.html')).toBe(true);
  });

  it('404 links are root-relative so it works at any depth', async () => {
    const files = await render({ base: '/docs/' });
    const html = text(files.get('404.html'));
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('href="/docs/"');
  });
});

describe('helpers', () => {
  it('moves KaTeX inline styles into classes with stable names', () => {
    const sheet = new InlineStyleSheet();
    const html = sheet.rewrite(renderMath('\\frac{a}{b}', { display: false }));
    expect(html).not.toMatch(/\sstyle="/);
    const css = sheet.css();
    expect(css).toMatch(/\.k-[0-9a-f]{6}\{[^}]*!important/);
    const again = new InlineStyleSheet().rewrite(renderMath('\\frac{a}{b}', { display: false }));
    expect(again).toBe(html);
  });

  it('memoises rendering and escapes errors', () => {
    expect(renderMath('x^2', { display: true })).toBe(renderMath('x^2', { display: true }));
    expect(renderMath('\\href{javascript:x}{y', { display: false })).toMatch(/^<code class="math-error"/);
  });

  it('builds URLs from base and site URL', () => {
    const u = new Urls('sub', 'https://x.github.io/sub/');
    expect(u.href('equations/a/')).toBe('/sub/equations/a/');
    expect(u.absolute('equations/a/')).toBe('https://x.github.io/sub/equations/a/');
    expect(new Urls(undefined, null).absolute('')).toBeNull();
  });

  it('escapes JSON-LD and clips descriptions', () => {
    expect(jsonLdText({ a: '</script><b>' })).not.toContain('<');
    expect(clip('word '.repeat(100), 50).length).toBeLessThanOrEqual(50);
  });
});
