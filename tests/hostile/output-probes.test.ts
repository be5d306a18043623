// Hostile probes against the output folder (issue 17): a symlinked --out is written through
// into its target, a build killed with SIGKILL at any point leaves nothing behind after the next
// successful build (and never loses the previous site), and bad output/stats paths are one line.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MARKER, parseTempName, recoverLeftovers, tempName } from '../../src/write/swap.js';
import { writeSite } from '../../src/write/write.js';
import { HANG_LIMIT } from '../hang-limit.js';

// Hostile inputs take as long as a loaded machine needs: each test waits (HANG_LIMIT only ends a
// hang); a 60 s limit failed under load (2,000 nested list items took 80 s beside two busy processes).
vi.setConfig({ testTimeout: HANG_LIMIT });

const ROOT = path.resolve(__dirname, '../..');
const SEED = path.join(ROOT, 'content/deep-learning-equations.md');
const BIN = path.join(ROOT, 'bin/formulary.js');
const cli = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: HANG_LIMIT });

let tmp = '';
let small = '';
/** A one-equation document: for probes of the output and stats paths, where what is built does not matter. */
let one = '';
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-output-'));
  one = path.join(tmp, 'one.md');
  writeFileSync(one, '# One\n\n#### 1. Identity\n$y = x$\n\nwhere:\n\n- $y$ is the output\n- $x$ is the input\n');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The pid of a process that has ended (its temp folders are leftovers). */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;
const leftovers = (dir: string): string[] => readdirSync(dir).filter((e) => parseTempName(e) !== null);
const isSite = (dir: string): boolean => existsSync(path.join(dir, MARKER)) && existsSync(path.join(dir, 'index.html'));

describe('a symlinked --out is written through', () => {
  it('the new site goes into the target; the symlink stays a symlink', async () => {
    const webRoot = path.join(tmp, 'www', 'site');
    mkdirSync(webRoot, { recursive: true });
    const link = path.join(tmp, 'dist-link');
    symlinkSync(webRoot, link);
    expect(await writeSite(link, [{ path: 'index.html', contents: 'one' }])).toBe(webRoot);
    await writeSite(link, [{ path: 'index.html', contents: 'two' }]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(webRoot, 'index.html'), 'utf8')).toBe('two');
    expect(leftovers(path.dirname(webRoot))).toEqual([]);
    expect(leftovers(tmp)).toEqual([]);
  });

  it('through the CLI, with the target named in the summary', () => {
    const webRoot = path.join(tmp, 'www2');
    const link = path.join(tmp, 'dist-link2');
    symlinkSync(webRoot, link); // dangling: the target is created
    // One equation, no images or speech: the symlink is what is tested (the seed took 102 s with
    // them under load, and 10 s of a loaded machine without).
    const r = cli(tmp, 'build', one, '--out', 'dist-link2', '--no-images', '--no-speech');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`(a symlink: written into ${webRoot}/)`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(isSite(webRoot)).toBe(true);
  });

  it('a target that is not empty and not a Formulary site is refused, untouched', async () => {
    const mine = path.join(tmp, 'mine');
    mkdirSync(mine);
    writeFileSync(path.join(mine, 'notes.md'), 'mine');
    symlinkSync(mine, path.join(tmp, 'to-mine'));
    await expect(writeSite(path.join(tmp, 'to-mine'), [{ path: 'index.html', contents: 'x' }])).rejects.toThrow(/not made by formulary build/);
    expect(readdirSync(mine)).toEqual(['notes.md']);
  });

  it('a symlink loop as --out: one line, exit 2', () => {
    symlinkSync('loop-out', path.join(tmp, 'loop-out'));
    const r = cli(tmp, 'build', one, '--out', 'loop-out');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^formulary build: the output folder loop-out is a symlink loop$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('leftovers of killed builds', () => {
  it('killed between the two renames: the next run puts the previous site back, then cleans up', async () => {
    const out = path.join(tmp, 'swap', 'dist');
    await writeSite(out, [{ path: 'index.html', contents: 'previous' }]);
    const pid = deadPid();
    renameSync(out, path.join(tmp, 'swap', tempName('old', `${pid}-0123abcd`, 'dist')));
    mkdirSync(path.join(tmp, 'swap', tempName('tmp', `${pid}-0123abcd`, 'dist')));
    expect(existsSync(out)).toBe(false);
    const done = await recoverLeftovers(out);
    expect(done.restored).toMatch(/^\.formulary-old-/);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous');
    expect(leftovers(path.join(tmp, 'swap'))).toEqual([]);
  });

  it('stale temp folders (and the old `.dist.tmp-*` names) are removed by the next build; a running build\'s are kept', async () => {
    const dir = path.join(tmp, 'stale');
    mkdirSync(dir);
    const pid = deadPid();
    const stale = [tempName('tmp', `${pid}-89abcdef`, 'dist'), tempName('old', `${pid}-89abcdef`, 'dist'), `.dist.tmp-${pid}-0badf00d`, `.dist.old-${pid}-0badf00d`];
    const live = tempName('tmp', `${process.pid}-01234567`, 'dist');
    const otherOut = tempName('tmp', `${pid}-01234567`, 'site');
    for (const e of [...stale, live, otherOut]) mkdirSync(path.join(dir, e, 'equations'), { recursive: true });
    await writeSite(path.join(dir, 'dist'), [{ path: 'index.html', contents: 'x' }]);
    expect(leftovers(dir).sort()).toEqual([live, otherOut].sort());
  });

  it('.gitignore covers the temp folders', () => {
    for (const name of [tempName('tmp', '123-0123abcd', 'dist'), tempName('old', '123-0123abcd', 'dist'), '.dist.tmp-123-0123abcd', '.dist.old-123-0123abcd']) {
      const r = spawnSync('git', ['check-ignore', '--no-index', '-q', name], { cwd: ROOT });
      expect(r.status, name).toBe(0);
    }
  });

  /**
   * Spawns a real build of the seed into `out` and SIGKILLs it when `when` sees its moment
   * (a file-system event beside the output). Returns whether the kill landed before the build ended.
   */
  async function killedBuild(out: string, when: (entry: string) => boolean): Promise<boolean> {
    const parent = path.dirname(out);
    const child = spawn(process.execPath, [BIN, 'build', small, '--out', out], { stdio: 'ignore' });
    const watcher = watch(parent, (_event, name) => {
      if (name && when(String(name))) child.kill('SIGKILL');
    });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
    watcher.close();
    return signal === 'SIGKILL';
  }

  // One test per point (a build and a killed build each): a budget per point, not one
  // wall-clock budget for the loop, so a busy machine slows the run down without failing it.
  const points: Array<[string, (e: string) => boolean]> = [
    ['the temp folder appears (first build)', (e) => e.startsWith('.formulary-tmp-')],
    ['the temp folder appears', (e) => e.startsWith('.formulary-tmp-')],
    ['the previous site is moved aside', (e) => e.startsWith('.formulary-old-')],
    ['the new site is moved in', (e) => e === 'dist'],
  ];
  let landed = 0;
  let parent = '';
  let out = '';
  for (const [i, [label, when]] of points.entries()) {
    it(`SIGKILL when ${label}: the previous site stays recoverable, and the next build leaves a site and no temp folders`, async () => {
      if (i === 0) {
        parent = path.join(tmp, 'killed');
        mkdirSync(parent);
        // The seed's first 30 equations: a real build, a few hundred milliseconds of rendering.
        const seed = readFileSync(SEED, 'utf8');
        const cut = seed.split('\n#### ').slice(0, 31).join('\n#### ');
        small = path.join(tmp, 'small.md');
        writeFileSync(small, cut);
        out = path.join(parent, 'dist');
      }
      const hadSite = isSite(out);
      if (await killedBuild(out, when)) landed++;
      // Right after the kill: a previous site is either still in place or waits under an `old` name.
      if (hadSite) {
        const olds = leftovers(parent).filter((e) => parseTempName(e)?.kind === 'old');
        expect(isSite(out) || olds.some((e) => isSite(path.join(parent, e))), label).toBe(true);
      }
      // The build after the kill: no images or speech, which hold no leftover (the killed build, whose
      // moments are watched, renders everything; this one only has to recover and leave a site).
      const r = cli(parent, 'build', small, '--out', 'dist', '--no-images', '--no-speech');
      expect(r.status, `${label}: ${r.stderr}`).toBe(0);
      expect(isSite(out), label).toBe(true);
      expect(leftovers(parent), label).toEqual([]);
      expect(readdirSync(parent), label).toEqual(['dist']);
      if (i === 0) expect(hadSite).toBe(false);
    });
  }

  it('the kills after the temp folder appears always land (rendering takes far longer than a signal)', () => {
    expect(landed).toBeGreaterThanOrEqual(2);
  });
});

describe('bad output and stats paths', () => {
  it('"out": "dist\\u0000x" in formulary.config.json: one line, exit 2, nothing written', () => {
    const cwd = path.join(tmp, 'nul');
    mkdirSync(cwd);
    writeFileSync(path.join(cwd, 'formulary.config.json'), '{"out": "dist\\u0000x"}');
    const r = cli(cwd, 'build', one);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/NUL byte/);
    expect(readdirSync(cwd)).toEqual(['formulary.config.json']);
  });

  it('--stats /nonexistent/x.json: one line, exit 2, checked before the site is written', () => {
    const cwd = path.join(tmp, 'stats');
    mkdirSync(cwd);
    for (const stats of ['/nonexistent/x.json', cwd]) {
      const r = cli(cwd, 'build', one, '--out', 'dist', '--stats', stats);
      expect(r.status, stats).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^formulary build: --stats /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(cwd)).toEqual([]);
    }
  });
});
