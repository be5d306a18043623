// Property test: whatever a generated document holds (HTML, script tags, handlers, javascript:
// links in names, where-lists and prose), the rendered site emits no element or attribute from
// content that could run script: no <script> but our own, no on* attribute, no javascript: URL.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCollection } from '../../src/core/parse.js';
import { topicsFromGroups } from '../../src/core/topics.js';
import { planSite } from '../../src/site/render-site.js';
import { baseAssets, loadAssetSources, type AssetSources } from '../../src/site/assets.js';
import { loadSiteDeps } from '../../src/site/deps.js';
import type { SiteDeps } from '../../src/site/model.js';
import { startTags } from '../browser/start-tags.js';

// Each case renders every page of a small site (~40 ms), so CI runs 500 cases to keep
// `npm test` under five minutes on two cores; FORMULARY_RENDER_RUNS=2000 runs more.
const RUNS = Number(process.env.FORMULARY_RENDER_RUNS ?? 500);

const evil = fc.constantFrom(
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '[x](javascript:alert(1))',
  '![i](javascript:alert(1))', '<a href="javascript:alert(1)">a</a>', "<iframe src='javascript:alert(1)'>", '`<b>`', '**bold**',
  '$\\href{javascript:alert(1)}{x}$', '$\\htmlData{onload=x}{y}$', '$x$', 'plain', '&lt;script&gt;', '<style>*{}</style>', '<!-- c -->',
);
const words = fc.array(evil, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const equation = fc.tuple(words, words, words).map(([name, d1, d2]) => `#### ${name}\n$y = x$\n\nwhere:\n\n- $y$ is ${d1}\n- ${d2}\n`);
const doc = fc.tuple(words, words, fc.array(equation, { minLength: 1, maxLength: 3 })).map(([title, intro, eqs]) => `# ${title}\n\n${intro}\n\n## ${intro}\n\n${eqs.join('\n')}`);

let deps: SiteDeps;
let sources: AssetSources;
beforeAll(async () => {
  [deps, sources] = await Promise.all([loadSiteDeps(), loadAssetSources()]);
});

describe('rendering generated hostile documents', () => {
  it('never emits a script, handler or javascript: URL from content', () => {
    fc.assert(
      fc.property(doc, (text) => {
        const { collection } = parseCollection({ path: 'gen.md', text });
        // Every page of the site (what content reaches); the assets are content-free.
        const plan = planSite([{ collection, topics: topicsFromGroups(collection) }], { base: '/' }, deps, baseAssets(sources, 'assets/katex.css'));
        for (const page of plan.pages) {
          const f = { path: page.path || 'index.html', contents: page.render() };
          for (const tag of startTags(f.contents)) {
            expect(tag.attributes.filter((a) => a.startsWith('on')), f.path).toEqual([]);
            if (tag.name === 'script') expect(['src', 'type'], f.path).toEqual(expect.arrayContaining(tag.attributes));
            expect(['iframe', 'object', 'embed', 'img', 'svg', 'style', 'base'], f.path).not.toContain(tag.name);
            for (const key of ['href', 'src', 'action', 'formaction']) {
              // Character references could spell the scheme too: decode the few that could.
              const v = (tag.values[key] ?? '').replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\s+/g, '');
              expect(v, `${f.path} <${tag.name} ${key}>`).not.toMatch(/^(javascript|vbscript|data):/i);
            }
          }
          // Our own scripts only: external files and JSON-LD data.
          for (const m of f.contents.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
            if (m[2]!.length > 0) expect(m[1], f.path).toContain('application/ld+json');
            expect(m[2], f.path).not.toMatch(/<\/?script/i);
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, 240_000);
});
