/**
 * A rebuild killed at any point leaves the previous site live and whole (or, past the swap, the
 * new one), and the next build finishes the job: the site a cold build makes, nothing left beside
 * it. The build kills itself (SIGKILL) at a named point (FORMULARY_TEST_KILL_AT, src/write/swap.ts),
 * on both the incremental path (a project with node_modules: unchanged files hard-linked into the
 * next site) and the full one (--no-cache).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTempName } from '../../src/write/swap.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'formulary.js');
const project = mkdtempSync(join(tmpdir(), 'formulary-killed-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));
mkdirSync(join(project, 'node_modules'));
mkdirSync(join(project, 'content'));

/** The seed's first 12 equations; version B renames one, edits a formula and drops the last. */
const seed = readFileSync(join(ROOT, 'content', 'deep-learning-equations.md'), 'utf8');
const A = seed.split('\n#### ').slice(0, 13).join('\n#### ');
const B = seed
  .split('\n#### ')
  .slice(0, 12)
  .join('\n#### ')
  .replace(/\n#### 2\. ([^\n]+)/, '\n#### 2. Renamed $1');

function listing(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name !== '.formulary-build') out.set(relative(dir, full), readFileSync(full, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

function build(out: string, env: Record<string, string> = {}, ...extra: string[]): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, [CLI, 'build', 'content', '--out', out, '--no-images', '--no-speech', ...extra], { cwd: project, encoding: 'utf8', env: { ...process.env, ...env } });
}

function use(text: string): void {
  writeFileSync(join(project, 'content', 'dl.md'), text);
}

/** What a cold build of each version makes. */
function reference(text: string, name: string): Map<string, string> {
  use(text);
  const r = build(join(project, name), {}, '--no-cache');
  expect(r.status, String(r.stderr)).toBe(0);
  const site = listing(join(project, name));
  rmSync(join(project, name), { recursive: true });
  return site;
}

const same = (a: Map<string, string>, b: Map<string, string>): boolean => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

describe('a build killed while it writes', () => {
  const sites = { A: reference(A, 'ref-a'), B: reference(B, 'ref-b') };
  const out = join(project, 'site', 'dist');

  // Points of src/write/incremental.ts and write.ts, in the order a build passes them.
  const points = ['update-first-files', 'update-files-done', 'before-marker', 'before-swap', 'between-renames', 'after-swap', 'before-manifest'];

  for (const [i, point] of points.entries()) {
    it(`at ${point}: the previous site stays whole (or the new one, once swapped), and the next build completes it`, () => {
      const [from, to] = i % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
      // The live site: a complete incremental-ready build of `from`.
      use(from === 'A' ? A : B);
      expect(build(out).status).toBe(0);
      expect(same(listing(out), sites[from])).toBe(true);

      use(to === 'A' ? A : B);
      const killed = build(out, { FORMULARY_TEST_KILL_AT: point });
      expect(killed.signal, `${point}: ${String(killed.stderr)}`).toBe('SIGKILL');
      const parent = join(project, 'site');
      if (point === 'between-renames') {
        // The one instant without `dist`: the previous site waits, whole, under its `old` name.
        expect(existsSync(out)).toBe(false);
        const old = readdirSync(parent).find((e) => parseTempName(e)?.kind === 'old');
        expect(same(listing(join(parent, old!)), sites[from])).toBe(true);
      } else {
        const live = listing(out);
        const swapped = point === 'after-swap' || point === 'before-manifest';
        expect(same(live, sites[swapped ? to : from]), point).toBe(true);
      }

      const next = build(out);
      expect(next.status, String(next.stderr)).toBe(0);
      expect(same(listing(out), sites[to]), point).toBe(true);
      expect(readdirSync(parent)).toEqual(['dist']);
    });
  }

  it('a full build (--no-cache) killed after its first file: the previous site stays', () => {
    use(A);
    expect(build(out).status).toBe(0);
    use(B);
    const killed = build(out, { FORMULARY_TEST_KILL_AT: 'first-file' }, '--no-cache');
    expect(killed.signal).toBe('SIGKILL');
    expect(same(listing(out), sites.A)).toBe(true);
    expect(build(out).status).toBe(0);
    expect(same(listing(out), sites.B)).toBe(true);
    expect(readdirSync(join(project, 'site'))).toEqual(['dist']);
  });
});
