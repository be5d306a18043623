// References on the site (issue 25): each resolved reference is a link saying "Eq. N" (or the
// name where unnumbered) to its target's page, where-lists and notes included; each target lists
// "Referenced by"; an unresolved one stays as written.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCollection } from '../../src/parse/parse.js';
import { renderSite } from '../../src/site/render-site.js';
import { buildModel } from '../../src/site/model.js';
import { SiteReferences } from '../../src/site/references.js';
import { FIXTURES } from '../core/helpers.js';
import { env, input, text } from './helpers.js';

async function site(name: string): Promise<Map<string, string>> {
  const file = path.join(FIXTURES, 'references', `${name}.md`);
  const { collection } = parseCollection({ path: `content/${name}.md`, text: readFileSync(file, 'utf8') });
  const { sources, deps } = await env();
  const r = renderSite([input(collection)], {}, { ...deps, linkLatex: undefined }, sources);
  return new Map(r.files.map((f) => [f.path, typeof f.contents === 'string' ? f.contents : '']));
}

const links = (html: string): string[] => [...html.matchAll(/<a class="eq-ref" href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[2]} → ${m[1]}`);
const referencedBy = (html: string): string[] => {
  const section = /<section class="referenced-by"[^]*?<\/section>/.exec(html)?.[0] ?? '';
  return [...section.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
};

describe('references on the site', () => {
  it('links a MathJax-style \\eqref in a where-list to its target, by name where unnumbered', async () => {
    const files = await site('mathjax-style');
    const period = text(files.get('equations/period/index.html'));
    expect(links(period)).toEqual(['Circular speed → /equations/eq-speed/', 'Gravitation → /equations/eq-gravity/']);
    expect(/<ul class="where-list">[^]*?<\/ul>/.exec(period)?.[0]).not.toContain('\\eqref');
  });

  it('lists "Referenced by" on each target, once per referring equation', async () => {
    const files = await site('mathjax-style');
    expect(referencedBy(text(files.get('equations/eq-gravity/index.html')))).toEqual(['/equations/eq-speed/', '/equations/period/']);
    expect(referencedBy(text(files.get('equations/eq-speed/index.html')))).toEqual(['/equations/period/']);
    expect(referencedBy(text(files.get('equations/period/index.html')))).toEqual([]);
  });

  it('says "Eq. N" for a numbered target, keeps [[x|text]] text, and leaves an unresolved reference as written', async () => {
    const files = await site('broken');
    const last = text(files.get('equations/momentum-2/index.html'));
    expect(links(last)).toEqual(['Eq. 1 → /equations/gd/', 'Eq. 2 → /equations/momentum/', 'the plain rule → /equations/gd/', 'Eq. 2 → /equations/momentum/']);
    expect(last).toContain('\\eqref{gradient-decsent}');
    expect(referencedBy(text(files.get('equations/gd/index.html')))).toEqual(['/equations/momentum-2/']);
  });
});

describe('references in a copy of the seed', () => {
  it('gives the targets backlinks: Momentum Update from NAG and Adam, RMSProp Update from Adam', async () => {
    const file = path.join(FIXTURES, 'references', 'seed-with-references.md');
    const { collection } = parseCollection({ path: 'content/seed.md', text: readFileSync(file, 'utf8') });
    const { deps } = await env();
    const [sc] = buildModel([input(collection)], { ...deps, linkLatex: undefined });
    const refs = new SiteReferences([sc!], (p) => `/${p}`);
    const backlinks = (name: string) => refs.referencedBy(sc!.equations.find((se) => se.eq.nameText === name)!).map((b) => b.se?.eq.nameText);
    expect(backlinks('Momentum Update')).toEqual(['Nesterov Accelerated Gradient (NAG)', 'Adam Optimizer']);
    expect(backlinks('RMSProp Update')).toEqual(['Adam Optimizer']);
    expect(backlinks('Adam Optimizer')).toEqual([]);
    expect(refs.link('14', collection)).toMatchObject({ text: 'Eq. 14', href: '/equations/momentum-update/', preview: '/equations/momentum-update/preview.html' });
  });
});
