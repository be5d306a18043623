// Every reference style is a link on the pages (issue 25): `\eqref` inside a formula (listed
// under it: the typeset formula is hidden from assistive technology and holds no links), MyST's
// `{eq}` role, Formulary's `[[name]]`, Quarto's `@eq-x` and LaTeX's `\eqref` in prose.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCollection } from '../../src/parse/parse.js';
import { renderSite } from '../../src/site/render-site.js';
import { FIXTURES } from '../core/helpers.js';
import { env, input, text } from './helpers.js';

async function site(): Promise<Map<string, string>> {
  const file = path.join(FIXTURES, 'references', 'every-style.md');
  const { collection } = parseCollection({ path: 'content/every-style.md', text: readFileSync(file, 'utf8') });
  const { sources, deps } = await env();
  const r = renderSite([input(collection)], {}, { ...deps, linkLatex: undefined }, sources);
  return new Map(r.files.map((f) => [f.path, typeof f.contents === 'string' ? f.contents : '']));
}

const LINK = '<a class="eq-ref" href="/equations/eq-newton/" data-preview="/equations/eq-newton/preview.html" title="Newton&#x27;s Second Law">Eq. 1</a>';

describe('reference styles on the site', () => {
  it('links a reference inside the formula under it, and MyST and wiki references in the where-list', async () => {
    const weight = text((await site()).get('equations/weight/index.html'));
    expect(weight).toContain(`<p class="formula-refs">Refers to ${LINK}</p>`);
    expect(weight).toContain(`the force of ${LINK} under gravity`);
    expect(weight).not.toContain('{eq}<code>');
    expect(weight).toContain(`as in ${LINK}`);
  });

  it('links Quarto and LaTeX references in prose, and the target lists both pages under "Referenced by"', async () => {
    const files = await site();
    const momentum = text(files.get('equations/momentum/index.html'));
    const where = /<ul class="where-list">[^]*?<\/ul>/.exec(momentum)?.[0] ?? '';
    expect(where).toContain(`whose rate of change is the force of ${LINK}`);
    expect(where).toContain(`changed by the force of ${LINK}`);
    // The where-list shows links, not the markup (the spoken text and meta description are plain text).
    expect(where.replace(/data-spoken="[^"]*"/g, '')).not.toMatch(/@eq-newton|\\eqref/);
    expect(momentum).not.toContain('formula-refs');
    const newton = text(files.get('equations/eq-newton/index.html'));
    const backlinks = /<section class="referenced-by"[^]*?<\/section>/.exec(newton)?.[0] ?? '';
    expect([...backlinks.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/equations/weight/', '/equations/momentum/']);
    expect(files.has('equations/eq-newton/preview.html')).toBe(true);
  });
});
