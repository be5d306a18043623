// Property test: whatever a generated document holds (HTML, script tags, handlers, javascript:
// links in names, where-lists and prose), the rendered site emits no element or attribute from
// content that could run script: no <script> but our own, no on* attribute, no javascript: URL.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCollection } from '../../src/parse/parse.js';
import { topicsFromGroups } from '../../src/parse/topics.js';
import { planSite } from '../../src/site/plan-site.js';
import { baseAssets, loadAssetSources, type AssetSources } from '../../src/site/assets/assets.js';
import { loadSiteDeps } from '../../src/site/deps.js';
import type { SiteDeps } from '../../src/site/model.js';
import { startTags } from '../browser/start-tags.js';
import { PROPERTY_TIMEOUT } from '../property-timeout.js';
import { propertyRuns } from '../property-runs.js';

// 250 cases under `npm test`, 2,000 under FULL=1 (tests/property-runs.ts).
const RUNS = propertyRuns({ full: 2000, ci: 250 }, 'FORMULARY_RENDER_RUNS', 'FORMULARY_PROPERTY_RUNS');

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
        // Violations are collected and asserted once per case (an expect per tag is slow).
        const violations: string[] = [];
        for (const page of plan.pages) {
          const f = { path: page.path || 'index.html', contents: page.render() };
          for (const tag of startTags(f.contents)) {
            for (const a of tag.attributes) if (a.startsWith('on')) violations.push(`${f.path}: <${tag.name} ${a}>`);
            if (tag.name === 'script' && tag.attributes.some((a) => a !== 'src' && a !== 'type')) violations.push(`${f.path}: <script ${tag.attributes.join(' ')}>`);
            if (['iframe', 'object', 'embed', 'img', 'svg', 'style', 'base'].includes(tag.name)) violations.push(`${f.path}: <${tag.name}>`);
            for (const key of ['href', 'src', 'action', 'formaction']) {
              // Character references could spell the scheme too: decode the few that could.
              const v = (tag.values[key] ?? '').replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\s+/g, '');
              if (/^(javascript|vbscript|data):/i.test(v)) violations.push(`${f.path}: <${tag.name} ${key}="${v}">`);
            }
          }
          // Our own scripts only: external files and JSON-LD data.
          for (const m of f.contents.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
            if (m[2]!.length > 0 && !m[1]!.includes('application/ld+json')) violations.push(`${f.path}: inline script`);
            if (/<\/?script/i.test(m[2]!)) violations.push(`${f.path}: script inside script`);
          }
        }
        expect(violations).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, PROPERTY_TIMEOUT);
});
