/**
 * A large build fits in a bounded heap (issue 28): 2,000 distinct equations (the benchmark's
 * synthetic collection: the seed's equations with their letters renamed per copy) build with
 * V8's old space capped at 512 MB, every page and the search index written. A build that held
 * the whole site, or the whole search index as one string, in memory dies here with "JavaScript
 * heap out of memory". No timed assertion: only that the build finishes and what it wrote.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-ignore -- plain JS module of the benchmark (JSDoc-typed, outside the TS project; no .d.ts)
import { synthesize } from '../../scripts/bench/synth.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'formulary.js');
const N = 2000;
const dir = mkdtempSync(join(tmpdir(), 'formulary-heap-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a 2,000-equation build in a 512 MB heap', () => {
  // Generous: the build takes about 25 s of CPU, and the machine running the suite may be busy.
  it('finishes and writes every equation page and the search index', { timeout: 900_000 }, () => {
    const seed = readFileSync(join(ROOT, 'content', 'deep-learning-equations.md'), 'utf8');
    const input = join(dir, 'equations.md');
    const out = join(dir, 'site');
    writeFileSync(input, synthesize(seed, N));
    const r = spawnSync(process.execPath, ['--max-old-space-size=512', CLI, 'build', input, '--out', out, '--no-images', '--no-speech', '--no-cache', '--quiet'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    expect(r.stderr).not.toMatch(/heap out of memory|internal error/i);
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toMatch(new RegExp(`Built ${N} equations`));
    const equations = readdirSync(join(out, 'equations'), { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(out, 'equations', e.name, 'index.html')));
    expect(equations.length).toBeGreaterThanOrEqual(N);
    const manifest = JSON.parse(readFileSync(join(out, 'search', 'manifest.json'), 'utf8')) as { slugs?: unknown[] };
    expect(Array.isArray(manifest.slugs) ? manifest.slugs.length : 0).toBe(N);
  });
});
