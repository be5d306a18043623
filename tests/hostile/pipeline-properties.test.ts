// Property test (issue 17): no input ends in "internal error" (exit 70). Generated pathological
// documents (deep nesting of every markdown construct, long runs of every delimiter, huge
// formulas, floods), placed in the intro, a name, the equation or a where-list item, go through
// the whole pipeline in process (check = loadProject, export = public records as JSON, build =
// every site file rendered, even when check reports errors), plus a few spawned CLI runs.
//
// Bounds are generous and count this process's CPU, not the wall clock (a shared machine stretches
// wall time, not work): each case under CASE_CPU_MS of CPU and the process under MAX_RSS; the tests
// themselves may take as long as a loaded machine needs (HANG_LIMIT ends a hang).
// FORMULARY_HOSTILE_RUNS raises the number of generated cases (default 10);
// FORMULARY_HOSTILE_SEED replays a run (fast-check prints the seed of a failure).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadProject } from '../../src/pipeline/project.js';
import { toPublicRecords } from '../../src/site/public-records.js';
import { siteFiles } from '../../src/site/render-site.js';
import { loadAssetSources, type AssetSources } from '../../src/site/assets/assets.js';
import { loadSiteDeps } from '../../src/site/deps.js';
import type { SiteDeps } from '../../src/site/model.js';
import { expectInsideFile } from './positions.js';
import { HANG_LIMIT } from '../hang-limit.js';

const RUNS = Number(process.env.FORMULARY_HOSTILE_RUNS ?? 10);
const SEED = process.env.FORMULARY_HOSTILE_SEED !== undefined ? Number(process.env.FORMULARY_HOSTILE_SEED) : undefined;
const CASE_CPU_MS = 60_000;
const MAX_RSS = 2 * 1024 ** 3;
const ROOT = path.resolve(__dirname, '../..');

/** Every markdown (and math) construct that nests, `d` deep. */
const NESTERS: Record<string, (d: number) => string> = {
  quote: (d) => `${'> '.repeat(d)}a`,
  quoteTight: (d) => `${'>'.repeat(d)}a`,
  bullet: (d) => `${'- '.repeat(d)}a`,
  star: (d) => `${'* '.repeat(d)}a`,
  plus: (d) => `${'+ '.repeat(d)}a`,
  ordered: (d) => `${'1. '.repeat(d)}a`,
  indented: (d) => Array.from({ length: Math.min(d, 300) }, (_, i) => `${' '.repeat(2 * i)}- a`).join('\n'),
  quoteList: (d) => `${'> - '.repeat(d)}a`,
  listQuote: (d) => `${'- > '.repeat(d)}a`,
  quotedIndented: (d) => Array.from({ length: Math.min(d, 300) }, (_, i) => `> ${' '.repeat(2 * i)}- a`).join('\n'),
  stairs: (d) => Array.from({ length: Math.min(d, 300) }, (_, i) => `${' '.repeat(4 * i)}- - a`).join('\n'),
  emphasis: (d) => `${'*a _b '.repeat(d)}c${' d_ e*'.repeat(d)}`,
  strong: (d) => `${'**'.repeat(d)}a${'**'.repeat(d)}`,
  strike: (d) => `${'~~a '.repeat(d)}b${' c~~'.repeat(d)}`,
  links: (d) => `${'['.repeat(d)}a${'](x)'.repeat(d)}`,
  images: (d) => `${'!['.repeat(d)}a${'](x)'.repeat(d)}`,
  html: (d) => `${'<div>'.repeat(d)}a${'</div>'.repeat(d)}`,
  code: (d) => `${'> '.repeat(d)}\`\`\`\nx`,
  braces: (d) => `$${'{'.repeat(d)}x${'}'.repeat(d)}$`,
  leftRight: (d) => `$${'\\left('.repeat(d)}x${'\\right)'.repeat(d)}$`,
  frac: (d) => `$${'\\frac{'.repeat(d)}1${'}{2}'.repeat(d)}$`,
  scripts: (d) => `$x${'^{x'.repeat(d)}${'}'.repeat(d)}$`,
};
const DELIMITERS = ['$', '\\', '{', '}', '[', ']', '*', '_', '>', '-', '#', '|', '`', '```', '~', '!', '<', '&', '(', ')', '\\(', '\\)', '$$'];

const nested = fc.tuple(fc.constantFrom(...Object.keys(NESTERS)), fc.integer({ min: 1, max: 3000 })).map(([k, d]) => NESTERS[k]!(d));
const run = fc
  .tuple(fc.constantFrom(...DELIMITERS), fc.integer({ min: 1, max: 20_000 }), fc.boolean())
  .map(([c, n, around]) => (around ? `${c.repeat(n)}a${c.repeat(n)}` : c.repeat(n)));
const hugeFormula = fc.constantFrom(9_999, 10_000, 10_001, 30_000).map((n) => `$${'x+'.repeat(n)}x$`);
const flood = fc.oneof(
  fc.integer({ min: 1, max: 160_000 }).map((n) => '$x$ '.repeat(n)),
  fc.integer({ min: 1, max: 50_000 }).map((n) => '\\(x\\) '.repeat(n)),
  fc.integer({ min: 1, max: 20_000 }).map((n) => '$$\nx\n$$\n\n'.repeat(n)),
  fc.integer({ min: 1, max: 160_000 }).map((n) => '\\[x\\]\n'.repeat(n)),
  fc.constantFrom('\\[x\\] ', '\\q ', '&amp; ', '`x` ', '<a> ', 'a] ', '! ').chain((u) => fc.integer({ min: 1, max: 100_000 }).map((n) => u.repeat(n))),
  fc.constantFrom('\\qx\n', '!x\n', '&x\n').chain((u) => fc.integer({ min: 1, max: 60_000 }).map((n) => u.repeat(n))),
  fc.integer({ min: 1, max: 2_000 }).map((n) => Array.from({ length: n }, (_, i) => `#### ${i + 1}. E ${i}\n$y = x_{${i}}$\n\nwhere:\n\n- $y$ is out\n`).join('\n')),
  fc.integer({ min: 1, max: 5_000 }).map((n) => Array.from({ length: n }, (_, i) => `- $x_{${i}}$ is an input`).join('\n')),
);
const piece = fc.oneof(nested, run, hugeFormula, flood);
const place = fc.constantFrom('intro', 'name', 'equation', 'item');

function documentFor(where: string, p: string): string {
  const intro = where === 'intro' ? p : 'Some prose.';
  const name = where === 'name' ? p.replace(/\n/g, ' ') : 'Identity';
  const equation = where === 'equation' ? p : '$y = x$';
  const item = where === 'item' ? p : 'is the output';
  return `# Title\n\n${intro}\n\n#### 1. ${name}\n${equation}\n\nwhere:\n\n- $y$ ${item}\n- $x$ is the input\n`;
}

let tmp = '';
let deps: SiteDeps;
let sources: AssetSources;
beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-pipeline-props-'));
  [deps, sources] = await Promise.all([loadSiteDeps(), loadAssetSources()]);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let counter = 0;
/** check, export and build in process; throws (the test fails) where the CLI would exit 70. */
async function pipeline(text: string): Promise<void> {
  const file = path.join(tmp, `case-${counter++}.md`);
  writeFileSync(file, text);
  const cpu0 = process.cpuUsage();
  const project = await loadProject([file]);
  expectInsideFile(project.diagnostics, text);
  JSON.stringify(toPublicRecords(project.collections));
  let bytes = 0;
  for (const f of siteFiles(project.collections.map((c) => ({ collection: c.collection, topics: c.topics })), {}, deps, sources)) {
    bytes += typeof f.contents === 'string' ? f.contents.length : f.contents.byteLength;
  }
  expect(bytes).toBeGreaterThan(0);
  const cpu = process.cpuUsage(cpu0);
  expect((cpu.user + cpu.system) / 1000).toBeLessThan(CASE_CPU_MS);
  expect(process.memoryUsage().rss).toBeLessThan(MAX_RSS);
}

describe('the whole pipeline on pathological documents', () => {
  it('every construct nested 3,000 deep, in the intro: check, export and build end normally', async () => {
    for (const make of Object.values(NESTERS)) await pipeline(documentFor('intro', make(3000)));
  }, HANG_LIMIT);

  it('a run of 10,000 of every delimiter, around a letter, in a name and in an item', async () => {
    for (const c of DELIMITERS) {
      const r = `${c.repeat(5_000)}a${c.repeat(5_000)}`;
      await pipeline(documentFor('name', r));
      await pipeline(documentFor('item', r));
    }
  }, HANG_LIMIT);

  it('generated documents: never a throw, bounded time and memory', async () => {
    await fc.assert(
      fc.asyncProperty(place, piece, async (where, p) => pipeline(documentFor(where, p))),
      { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) },
    );
  }, Math.max(HANG_LIMIT, RUNS * 20_000));
});

describe('the CLI on pathological documents', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/formulary.js'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: HANG_LIMIT });
  const samples = [
    documentFor('intro', NESTERS.images!(3000)),
    documentFor('intro', `${NESTERS.quote!(2000)}\n\n${NESTERS.bullet!(2000)}`),
    documentFor('name', '*'.repeat(20_000)),
    documentFor('equation', `$${'{'.repeat(20_000)}$`),
    documentFor('item', '$x$ '.repeat(160_000)),
  ];

  it('check, export and build exit 0, 1 or 2, with no stack trace', () => {
    samples.forEach((text, i) => {
      const file = path.join(tmp, `cli-${i}.md`);
      writeFileSync(file, text);
      for (const args of [['check', file], ['export', file], ['build', file, '--out', path.join(tmp, `cli-out-${i}`)]]) {
        const r = cli(...args);
        expect([0, 1, 2], `${args[0]} of sample ${i}: ${r.stderr.slice(0, 300)}`).toContain(r.status);
        expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
      }
    });
  }, HANG_LIMIT);
});
