/**
 * Typesetting ahead on worker threads (src/katex/typeset-ahead.ts, issue 28) changes how long a
 * build takes, never what it writes: a 500-equation collection (the benchmark's: the seed's
 * equations with letters renamed per copy) built with one typesetting worker and with none gives
 * the same files, byte for byte. The results come back packed in one buffer per batch
 * (typeset-pack.ts): unpacked, each is what KaTeX gave.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { typesetNow } from '../../src/katex/render.js';
import { packTypesets, unpackTypesets } from '../../src/katex/typeset-pack.js';
import { aheadThreads } from '../../src/katex/typeset-ahead.js';
// @ts-ignore -- plain JS module of the benchmark (JSDoc-typed, outside the TS project; no .d.ts)
import { synthesize } from '../../scripts/bench/synth.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'formulary.js');
const dir = mkdtempSync(join(tmpdir(), 'formulary-ahead-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under `root` (but the build stamp) by its relative path. */
function files(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const visit = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.name !== '.formulary-build') out.set(relative(root, p), readFileSync(p));
    }
  };
  visit(root);
  return out;
}

describe('typesetting ahead', () => {
  it('packs results with their HTML, errors, refusals and strict warnings, and unpacks them as they were', () => {
    const results = [typesetNow('\\frac{a}{b}', { display: true }), typesetNow('\\frac{a}{', { display: false }), typesetNow('\\href{https://x.y}{x} é', { display: false }), typesetNow('', { display: false })];
    expect(results[1]!.error).not.toBeNull();
    const back = unpackTypesets(packTypesets(results));
    expect(back.map((r) => ({ ...r, html: r.html === null ? null : r.html.toString('utf8') }))).toEqual(results);
  });

  it('takes the number of workers from FORMULARY_TYPESET_THREADS', () => {
    expect(aheadThreads('0')).toBe(0);
    expect(aheadThreads('3')).toBe(3);
    expect(aheadThreads('lots')).toBeGreaterThanOrEqual(0);
  });

  // Two builds of about 7 s of CPU each; generous for a busy machine. 500 equations: display formulas
  // are only parsed by the check, so it takes 500 for the pool's 1,000 formulas (1,192 jobs).
  it('builds the same site with a typesetting worker as without', { timeout: 900_000 }, () => {
    const input = join(dir, 'equations.md');
    writeFileSync(input, synthesize(readFileSync(join(ROOT, 'content', 'deep-learning-equations.md'), 'utf8'), 500));
    const build = (threads: number): { site: Map<string, Buffer>; stats: { typesetAhead: { formulas: number; threads: number } } } => {
      const out = join(dir, `site-${threads}`);
      const stats = join(dir, `stats-${threads}.json`);
      const r = spawnSync(process.execPath, [CLI, 'build', input, '--out', out, '--stats', stats, '--no-images', '--no-speech', '--no-cache', '--quiet'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, FORMULARY_TYPESET_THREADS: String(threads) },
      });
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.status).toBe(0);
      return { site: files(out), stats: JSON.parse(readFileSync(stats, 'utf8')) };
    };
    const pooled = build(1);
    const single = build(0);
    expect(pooled.stats.typesetAhead.threads).toBe(1);
    expect(pooled.stats.typesetAhead.formulas).toBeGreaterThan(1000);
    expect(single.stats.typesetAhead.threads).toBe(0);
    expect([...pooled.site.keys()].sort()).toEqual([...single.site.keys()].sort());
    const differing = [...single.site].filter(([path, bytes]) => !pooled.site.get(path)!.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
  });
});
