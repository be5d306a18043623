// `formulary dev` pages offer what built pages offer: the equation's SVG download (served by the
// dev server itself) and the "Read the equation" control with its spoken sentence.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadDevMedia } from '../../src/cli/dev-media.js';
import { parseCollection } from '../../src/parse/parse.js';
import { loadTopics } from '../../src/parse/topics.js';
import { DevSite } from '../../src/serve/dev-site.js';
import { env } from './helpers.js';

async function devSite(): Promise<DevSite> {
  const path = 'tests/fixtures/i18n/fr-mecanique.md';
  const { collection } = parseCollection({ path, text: await readFile(path, 'utf8') });
  const { sources, deps } = await env();
  const media = await loadDevMedia('en');
  const inputs = [{ collection, topics: loadTopics(collection).topics }];
  return new DevSite(async () => ({ inputs, errors: [] }), { base: '/' }, { ...deps, ...media }, sources, []);
}

describe('dev pages offer the equation media of built pages', () => {
  it('an equation page links its SVG, which the dev server serves, and has "Read the equation"', async () => {
    const site = await devSite();
    const home = await site.respond('');
    const link = /href="\/?(equations\/[^"]+\/)"/.exec(String(home!.body))![1]!;
    const page = await site.respond(link);
    expect(page!.status).toBe(200);
    const html = String(page!.body);
    expect(html).toContain('Download SVG');
    expect(html).toContain('Read the equation');
    const svgHref = /href="\/?(equations\/[^"]+\/equation\.svg)"/.exec(html)![1]!;
    const svg = await site.respond(svgHref);
    expect(svg!.status).toBe(200);
    expect(svg!.type).toContain('image/svg+xml');
    expect(String(svg!.body)).toMatch(/^<svg|^<\?xml/);
    // Asked for again (a second download), the same file.
    expect(String((await site.respond(svgHref))!.body)).toBe(String(svg!.body));
    const card = await site.respond(svgHref.replace('equation.svg', 'card.png'));
    expect(card!.type).toBe('image/png');
  }, 60_000);
});
