/**
 * A full disk while the site is written (src/write/incremental.ts, write.ts, swap.ts): the live site stays
 * the previous build's, whole, and nothing is left beside it. Shown with an injected ENOSPC at
 * every file the writer creates, and, where `mount -t tmpfs` works (root on Linux), on a real
 * small file system; an update there needs room only for the files that changed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFaults } from '../../src/disk-write.js';
import { UserError } from '../../src/errors.js';
import type { OutputFile } from '../../src/output.js';
import { writeSiteIncremental } from '../../src/write/incremental.js';

const root = mkdtempSync(join(tmpdir(), 'formulary-write-failures-'));
afterAll(() => {
  writeFaults.before = null;
  rmSync(root, { recursive: true, force: true });
});

const NONE = { token: 'assets/katex-zzzzzzzz.css', guess: 'assets/katex-zzzzzzzz.css', final: () => 'assets/katex-zzzzzzzz.css' };

/** A site of `pages` equation pages, each `size` bytes, its text naming `version`. */
function site(version: string, pages: number, size = 200): OutputFile[] {
  const files: OutputFile[] = [{ path: 'index.html', contents: `<h1>home ${version}</h1>` }];
  for (let i = 0; i < pages; i++) {
    const body = `<p>equation ${i}, ${i % 3 === 0 ? version : 'same'}</p>`;
    files.push({ path: `equations/e${i}/index.html`, contents: body.padEnd(size, '.') });
  }
  return files;
}

function listing(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name !== '.formulary-build') out[relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const expected = (files: OutputFile[]) => Object.fromEntries(files.map((f) => [f.path, String(f.contents)]));

function enospc(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
}

describe('a full disk during a rebuild', () => {
  it('at any file the update creates: one line, the previous site whole, nothing left beside it', async () => {
    const parent = join(root, 'injected');
    mkdirSync(parent);
    const out = join(parent, 'dist');
    const cache = join(root, 'injected-cache');
    const first = site('v1', 20);
    const second = site('v2', 20);
    expect((await writeSiteIncremental(out, () => first, NONE, cache, { cwd: root })).mode).toBe('full');
    // Count the files an update creates, then fail each one in turn.
    let creates = 0;
    // The site's files (the output manifest, a cache written after the swap, is not counted:
    // failing it only makes the next build a full one).
    writeFaults.before = (step, path) => {
      if (step === 'create' && !path.includes('probe-cache')) creates++;
    };
    const probe = join(root, 'probe');
    mkdirSync(probe);
    await writeSiteIncremental(join(probe, 'dist'), () => first, NONE, join(root, 'probe-cache'), { cwd: root });
    creates = 0;
    await writeSiteIncremental(join(probe, 'dist'), () => second, NONE, join(root, 'probe-cache'), { cwd: root });
    const total = creates;
    expect(total).toBeGreaterThan(3);
    for (let k = 1; k <= total; k++) {
      let n = 0;
      writeFaults.before = (step, path) => {
        if (step === 'create' && !path.includes('injected-cache') && ++n === k) throw enospc();
      };
      const err = await writeSiteIncremental(out, () => second, NONE, cache, { cwd: root }).then(
        () => null,
        (e: unknown) => e,
      );
      writeFaults.before = null;
      expect(err, `create ${k}`).toBeInstanceOf(UserError);
      expect((err as Error).message, `create ${k}`).toMatch(/ENOSPC \(the disk is full\)/);
      expect((err as Error).message).not.toContain('\n');
      expect(listing(out), `create ${k}`).toEqual(expected(first));
      expect(readdirSync(parent), `create ${k}`).toEqual(['dist']);
    }
    // Once there is room again, the update goes through.
    const done = await writeSiteIncremental(out, () => second, NONE, cache, { cwd: root });
    expect(done.mode).toBe('incremental');
    expect(listing(out)).toEqual(expected(second));
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('a quota or permission error while writing is the same: one line, previous site whole', async () => {
    const parent = join(root, 'steps');
    mkdirSync(parent);
    const out = join(parent, 'dist');
    const cache = join(root, 'steps-cache');
    const first = site('v1', 5);
    await writeSiteIncremental(out, () => first, NONE, cache, { cwd: root });
    for (const [failing, code] of [
      ['write', 'EDQUOT'],
      ['create', 'EACCES'],
    ] as const) {
      writeFaults.before = (step, path) => {
        if (step === failing && !path.includes('steps-cache')) throw Object.assign(new Error(code), { code });
      };
      try {
        await expect(writeSiteIncremental(out, () => site('v2', 5), NONE, cache, { cwd: root })).rejects.toThrow(new RegExp(`: ${code} \\(.*\\) \\(the site is as the previous build left it\\)$`));
      } finally {
        writeFaults.before = null;
      }
      expect(listing(out)).toEqual(expected(first));
      expect(readdirSync(parent)).toEqual(['dist']);
    }
  });
});

function mountTmpfs(dir: string, size: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const small = join(root, 'small-fs');
mkdirSync(small);
const mounted = mountTmpfs(small, '1m');
afterAll(() => {
  if (mounted) execFileSync('umount', [small]);
});

describe.skipIf(!mounted)('a real full disk (a 1 MiB tmpfs)', () => {
  it('a rebuild that does not fit fails in one line and leaves the previous site; one that changes little fits beside it', async () => {
    const out = join(small, 'dist');
    const cache = join(root, 'tmpfs-cache');
    // About 600 KiB: a second copy would not fit, hard links need no room.
    const first = site('v1', 150, 4000);
    expect((await writeSiteIncremental(out, () => first, NONE, cache, { cwd: root })).mode).toBe('full');
    const big = site('v2', 150, 4000).map((f, i) => (i % 2 ? { ...f, contents: `${String(f.contents)}${'x'.repeat(8000)}` } : f));
    const err = await writeSiteIncremental(out, () => big, NONE, cache, { cwd: root }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^cannot write .*: ENOSPC \(the disk is full\) \(the site is as the previous build left it\)$/);
    expect(listing(out)).toEqual(expected(first));
    expect(readdirSync(small).filter((e) => e !== 'lost+found')).toEqual(['dist']);

    // One page edited: the update links the other 150 files and fits.
    const edited = first.map((f) => (f.path === 'equations/e1/index.html' ? { ...f, contents: 'edited' } : f));
    const done = await writeSiteIncremental(out, () => edited, NONE, cache, { cwd: root });
    expect(done).toMatchObject({ mode: 'incremental', written: 1 });
    expect(listing(out)).toEqual(expected(edited));
    expect(statSync(join(out, 'equations/e2/index.html')).nlink).toBe(1);
    expect(readdirSync(small)).toEqual(['dist']);
  });
});
