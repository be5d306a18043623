// A where-list of more than 1,000 items (src/parse/where-bounds.ts; README "Limits"): the
// first 1,000 are definitions, the rest define nothing and are not shown, but their math is checked.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadProject } from '../../src/pipeline/project.js';
import { toPublicRecords } from '../../src/site/public-records.js';
import { MAX_WHERE_ITEMS } from '../../src/parse/where-bounds.js';
import { renderSite } from '../../src/site/render-site.js';
import { loadAssetSources } from '../../src/site/assets/assets.js';
import { loadSiteDeps } from '../../src/site/deps.js';
import { HANG_LIMIT } from '../hang-limit.js';

// Hostile inputs take as long as a loaded machine needs: each test waits (HANG_LIMIT only ends a hang).
vi.setConfig({ testTimeout: HANG_LIMIT });

const ROOT = path.resolve(__dirname, '../..');
let tmp = '';
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/formulary.js'), ...args], { cwd: tmp, encoding: 'utf8' });

/** One equation using the x_k that are definitions (so none is unused), with `$y$` and `n` more where-items; `last` replaces the last one. */
const whereList = (name: string, n: number, last?: string): string => {
  const items = Array.from({ length: n }, (_, i) => `- $x_{${i}}$ is input ${i}`);
  if (last !== undefined) items[n - 1] = last;
  const latex = `y = ${Array.from({ length: Math.min(n, MAX_WHERE_ITEMS - 1) }, (_, i) => `x_{${i}}`).join(' + ')}`;
  const file = path.join(tmp, name);
  writeFileSync(file, `# Where\n\n#### 1. Sum\n$${latex}$\n\nwhere:\n\n- $y$ is the sum\n${items.join('\n')}\n`);
  return file;
};
/** Line of where-item k (0-based, after the `$y$` item). */
const itemLine = (k: number) => 9 + k;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-where-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe(`where-lists: ${MAX_WHERE_ITEMS.toLocaleString('en-US')} items are definitions`, () => {
  it(`${MAX_WHERE_ITEMS.toLocaleString('en-US')} items (with $y$): no warning, every item a definition`, async () => {
    const p = await loadProject([whereList('at.md', MAX_WHERE_ITEMS - 1)]);
    expect(p.diagnostics).toEqual([]);
    expect(p.collections[0]!.collection.equations[0]!.variables).toHaveLength(MAX_WHERE_ITEMS);
  });

  it('one more: where-list-too-long at the first item left out; it is not on the page nor exported', async () => {
    const file = whereList('over.md', MAX_WHERE_ITEMS);
    const p = await loadProject([file]);
    expect(p.diagnostics).toEqual([
      {
        file,
        line: itemLine(MAX_WHERE_ITEMS - 1),
        column: 1,
        severity: 'warning',
        ruleId: 'where-list-too-long',
        message: 'a where-list of 1,001 items, over the limit of 1,000 definitions: the 1 from here on define nothing and are not shown (their math is still checked); split the equation',
        equation: 'sum',
      },
    ]);
    const eq = p.collections[0]!.collection.equations[0]!;
    expect(eq.variables).toHaveLength(MAX_WHERE_ITEMS);
    expect(eq.variables.at(-1)!.symbols).toEqual(['x_{998}']);
    const records = toPublicRecords(p.collections.map((c) => ({ collection: c.collection, topics: c.topics })));
    expect(JSON.stringify(records)).toContain('input 998');
    expect(JSON.stringify(records)).not.toContain('input 999');
    const [deps, sources] = await Promise.all([loadSiteDeps(), loadAssetSources()]);
    const site = renderSite(p.collections.map((c) => ({ collection: c.collection, topics: c.topics })), {}, deps, sources);
    const page = String(site.files.find((f) => f.path === 'equations/sum/index.html')!.contents);
    expect(page).toContain('input 998');
    expect(page).not.toContain('input 999');
  });

  it('the math of the items left out is still checked: check reports it and exits 1', () => {
    const r = cli('check', whereList('broken.md', MAX_WHERE_ITEMS + 5, '- $\\nosuchcommand$ is broken'));
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines).toContain(`broken.md:${itemLine(MAX_WHERE_ITEMS - 1)}:1  warning  a where-list of 1,006 items, over the limit of 1,000 definitions: the 6 from here on define nothing and are not shown (their math is still checked); split the equation  where-list-too-long`);
    expect(lines).toContain(`broken.md:${itemLine(MAX_WHERE_ITEMS + 4)}:4  error  Undefined control sequence: \\nosuchcommand  katex-error`);
  });

  it('past the bound, KaTeX only parses the math (it is never shown) and still refuses untrusted commands', () => {
    const r = cli('check', whereList('href.md', MAX_WHERE_ITEMS + 1, '- $\\href{javascript:alert(1)}{x}$ is a link'));
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')).toContain(`href.md:${itemLine(MAX_WHERE_ITEMS)}:4  error  \`\\href\` is not allowed: math from content cannot add links, images, HTML attributes or styles  untrusted-command`);
  });
});
