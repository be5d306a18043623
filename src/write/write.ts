/**
 * write = the only stage that touches disk. Files go to a temp folder beside the output, then
 * the folders are swapped, so a failed build leaves the previous output untouched and readers
 * never see a half-written site. Nothing is written outside the output folder (and its temp
 * siblings): every path is checked before its file is written (a whole list before any).
 *
 * The swap is two renames (Node has no renameat2(RENAME_EXCHANGE)): the previous site moves to
 * `.formulary-old-<pid>-<hex>-<name>`, then the new one from `.formulary-tmp-<pid>-<hex>-<name>`
 * into place. A build killed at any point leaves at most those folders; the next build restores
 * the previous site if the kill fell between the two renames, and removes every leftover of a
 * build that is no longer running (see recoverLeftovers).
 *
 * An output path that is a symlink (`dist -> /var/www/site`) is written through: the new site
 * replaces the symlink's target, and the symlink stays.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, parse, resolve, sep } from 'node:path';
import type { OutputFile } from '../output.js';
import { UserError } from '../errors.js';
import { running } from '../cache/process-alive.js';
import { createFile, writeError } from '../disk-write.js';
import { allThenFirstError } from './settle.js';

/**
 * For tests only: `FORMULARY_TEST_KILL_AT=<point>` makes the build SIGKILL itself at that point
 * of a write (tests/site/killed-build.test.ts shows the previous site survives each).
 */
export function killPoint(point: string): void {
  if (process.env.FORMULARY_TEST_KILL_AT === point) process.kill(process.pid, 'SIGKILL');
}

/**
 * Site files are fsync'd (with 16 writers at once, about 0.3 ms a file here) before the folder
 * holding them is renamed into place: after a crash the live site is the old one or the new one,
 * never one of empty files.
 */
export const SITE_SYNC = false;

export const MARKER_TEXT = 'This folder is replaced as a whole by `formulary build`.\n';

/**
 * A value pages name before it is known (the KaTeX stylesheet's content-hashed name, known once
 * every page is rendered). Pages hold `token` (followed by a `"`: an attribute value) and are
 * written with `guess` in its place (the previous build's value, else the token itself); when the
 * final value differs, the writer patches the bytes in place. Token, guess and value have the
 * same length in UTF-8 bytes.
 */
export interface Placeholder {
  token: string;
  guess: string;
  final: () => string;
}

/** A page's contents with the placeholder's token replaced by `value`; `at` gets the byte offset. */
export function fill(f: OutputFile, p: Placeholder, value: string, at?: (offset: number) => void): string | Uint8Array {
  if (typeof f.contents !== 'string' || !f.path.endsWith('.html')) return f.contents;
  const i = f.contents.indexOf(`${p.token}"`);
  if (i < 0) return f.contents;
  at?.(Buffer.byteLength(f.contents.slice(0, i)));
  return f.contents.slice(0, i) + value + f.contents.slice(i + p.token.length);
}

/** Writes `value` at each spot (same length as what it replaces). */
export async function patchAll(dir: string, spots: Array<{ path: string; offset: number }>, value: string): Promise<void> {
  const bytes = Buffer.from(value, 'utf8');
  const one = async (s: { path: string; offset: number }): Promise<void> => {
    const fh = await open(join(dir, s.path), 'r+');
    try {
      await fh.write(bytes, 0, bytes.length, s.offset);
      if (SITE_SYNC) await fh.sync();
    } finally {
      await fh.close();
    }
  };
  for (let i = 0; i < spots.length; i += 64) await allThenFirstError(spots.slice(i, i + 64).map(one));
}

/** Marker file proving a folder was made by Formulary (so it may be replaced, and `preview` serves it). */
export const MARKER = '.formulary-build';

/** Temp folders beside the output: the new site while it is written, the previous one during the swap. */
const TEMP = /^\.formulary-(tmp|old)-(\d+)-([0-9a-f]{8})-(.+)$/;
/** The names of earlier versions (`.dist.tmp-<pid>-<hex>`), cleaned up the same way. */
const LEGACY = /^\.(.+)\.(tmp|old)-(\d+)-([0-9a-f]{8})$/;

export interface TempFolder {
  kind: 'tmp' | 'old';
  pid: number;
  /** The output folder's name it belongs to. */
  name: string;
}

/** Parses a temp folder name (`.formulary-tmp-123-0a1b2c3d-dist`), or null for any other name. */
export function parseTempName(entry: string): TempFolder | null {
  const m = TEMP.exec(entry);
  if (m) return { kind: m[1] as 'tmp' | 'old', pid: Number(m[2]), name: m[4]! };
  const l = LEGACY.exec(entry);
  if (l) return { kind: l[2] as 'tmp' | 'old', pid: Number(l[3]), name: l[1]! };
  return null;
}

export function tempName(kind: 'tmp' | 'old', tag: string, name: string): string {
  return `.formulary-${kind}-${tag}-${name}`;
}

/** Rejects paths that could escape the output folder. */
export function checkOutputPath(path: string): void {
  if (path === '' || isAbsolute(path) || path.includes('\\') || path.includes('\0') || path.split('/').some((s) => s === '..' || s === '.' || s === '')) {
    throw new UserError(`refusing to write unsafe output path: ${JSON.stringify(path)}`);
  }
}

/**
 * The folder the site really goes to: `outDir` itself, or the target of `outDir` when it is a
 * symlink (written through; a dangling symlink's target is created). One-line errors for a NUL
 * byte and for a symlink loop.
 */
export async function resolveOutputDir(outDir: string, cwd = process.cwd()): Promise<string> {
  if (outDir.includes('\0')) throw new UserError(`the output folder ${JSON.stringify(outDir)} contains a NUL byte`);
  if (outDir.trim() === '') throw new UserError('the output folder is empty');
  const given = resolve(cwd, outDir);
  const info = await lstat(given).catch(() => null);
  if (!info?.isSymbolicLink()) return given;
  try {
    return await realpath(given);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new UserError(`the output folder ${outDir} is a symlink loop`);
    if (code !== 'ENOENT') throw new UserError(`cannot follow the output symlink ${outDir}: ${code ?? (err as Error).message}`);
  }
  // A dangling symlink: its target is where the site goes (created by the swap).
  const target = resolve(dirname(given), await readlink(given));
  if ((await lstat(target).catch(() => null))?.isSymbolicLink()) throw new UserError(`the output symlink ${outDir} points to another broken symlink (${target})`);
  return target;
}

/**
 * Refuses output folders whose replacement would destroy something else: the filesystem root,
 * the working directory or one of its ancestors, and non-empty folders without the marker.
 */
export async function checkOutputDir(out: string, cwd: string): Promise<void> {
  if (out === parse(out).root) throw new UserError(`refusing to use ${out} as the output folder`);
  const cwds = [cwd, await realpath(cwd).catch(() => cwd)];
  if (cwds.some((c) => c === out || c.startsWith(out + sep))) throw new UserError(`refusing to replace ${out}: it contains the working directory`);
  let entries: string[];
  try {
    const s = await stat(out);
    if (!s.isDirectory()) throw new UserError(`output path ${out} exists and is not a folder`);
    entries = await readdir(out);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  if (entries.length > 0 && !entries.includes(MARKER)) {
    throw new UserError(`refusing to replace ${out}: it is not empty and was not made by formulary build (no ${MARKER})`);
  }
}

/**
 * Cleans up after builds of `out` that were killed: if `out` is missing and a previous site
 * waits under an `old` name (a kill between the swap's two renames), it is put back; then every
 * temp folder of `out` whose build is no longer running is removed. Returns what it did.
 */
export async function recoverLeftovers(out: string): Promise<{ restored: string | null; removed: string[] }> {
  const parent = dirname(out);
  const name = basename(out);
  const entries = await readdir(parent).catch(() => [] as string[]);
  const stale = entries.filter((e) => {
    const t = parseTempName(e);
    return t !== null && t.name === name && !running(t.pid);
  });
  let restored: string | null = null;
  if (!(await lstat(out).catch(() => null))) {
    const olds = stale.filter((e) => parseTempName(e)!.kind === 'old');
    // The newest previous site (there is normally one).
    const dated = await Promise.all(olds.map(async (e) => ({ e, t: (await stat(join(parent, e)).catch(() => null))?.mtimeMs ?? 0 })));
    const newest = dated.sort((a, b) => b.t - a.t)[0];
    if (newest && (await stat(join(parent, newest.e, MARKER)).catch(() => null))) {
      await rename(join(parent, newest.e), out).catch((err: unknown) => {
        throw fsError(`put the previous site back from ${join(parent, newest.e)} (a build was killed while swapping)`, err);
      });
      restored = newest.e;
    }
  }
  const removed = stale.filter((e) => e !== restored);
  // A leftover that cannot be removed (permissions) is left for later: it does not stop the build.
  await Promise.all(removed.map((e) => rm(join(parent, e), { recursive: true, force: true }).catch(() => undefined)));
  return { restored, removed };
}

export function fsError(action: string, err: unknown): Error {
  const e = err as NodeJS.ErrnoException;
  if (e instanceof UserError || !e.code) return e;
  return new UserError(`cannot ${action}: ${e.code}`);
}

/** The next site's folder beside the live one, and the name the live one moves to during the swap. */
export interface Swap {
  out: string;
  tmp: string;
  old: string;
}

/**
 * Starts writing a new version of `out` (resolved: the folder itself): cleans up after killed
 * builds, checks the folder may be replaced, and makes the empty folder the next site is
 * written into. The caller fills `tmp`, then calls finishSwap, and removes `tmp` in any case
 * (dropSwap) so that a failure leaves nothing behind.
 */
export async function beginSwap(out: string, cwd: string): Promise<Swap> {
  const parent = dirname(out);
  await mkdir(parent, { recursive: true }).catch((err: unknown) => {
    throw fsError(`create ${parent}`, err);
  });
  await recoverLeftovers(out);
  await checkOutputDir(out, resolve(cwd));
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = join(parent, tempName('tmp', tag, basename(out)));
  const old = join(parent, tempName('old', tag, basename(out)));
  await mkdir(tmp).catch((err: unknown) => {
    throw fsError(`create a folder beside ${out} (the site is written there, then swapped in)`, err);
  });
  return { out, tmp, old };
}

/**
 * Puts the filled folder in place: the marker last (a folder with the marker is a complete
 * site), then out → old, tmp → out, and the old site removed. A kill between the two renames is
 * undone by the next build (recoverLeftovers).
 */
export async function finishSwap(swap: Swap, marker: string): Promise<void> {
  const { out, tmp, old } = swap;
  killPoint('before-marker');
  await createFile(join(tmp, MARKER), marker, { sync: SITE_SYNC }).catch((err: unknown) => {
    throw writeError(join(tmp, MARKER), err);
  });
  killPoint('before-swap');
  let hadOld = false;
  try {
    await rename(out, old);
    hadOld = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw fsError(`move ${out} aside`, err);
  }
  killPoint('between-renames');
  try {
    await rename(tmp, out);
  } catch (err) {
    if (hadOld) await rename(old, out); // put the previous site back
    throw fsError(`move the new site into ${out}`, err);
  }
  killPoint('after-swap');
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/** Removes the next site's folder (after finishSwap it is gone already). */
export async function dropSwap(swap: Swap): Promise<void> {
  await rm(swap.tmp, { recursive: true, force: true });
}

/**
 * Writes the site into a temporary folder beside `outDir`, then swaps it in. `files` may be a
 * lazy iterable (the renderer's generator): each file is written as soon as it is produced and
 * can then be dropped. A bad path or a failure anywhere leaves the previous `outDir` untouched.
 * Returns the folder written (the target when `outDir` is a symlink).
 */
export async function writeSite(outDir: string, files: Iterable<OutputFile>, cwd = process.cwd(), placeholder?: Placeholder, marker = MARKER_TEXT): Promise<string> {
  const out = await resolveOutputDir(outDir, cwd);
  const seen = new Set<string>();
  const accept = (f: OutputFile): void => {
    checkOutputPath(f.path);
    if (seen.has(f.path)) throw new Error(`two output files at ${f.path}`);
    seen.add(f.path);
  };
  // A list is checked whole before anything is written.
  if (Array.isArray(files)) {
    for (const f of files) accept(f);
    seen.clear();
  }
  const swap = await beginSwap(out, cwd);
  const { tmp } = swap;
  try {
    const dirs = new Map<string, Promise<unknown>>();
    const iterator = files[Symbol.iterator]();
    /** Where each page holds the placeholder's value, to patch it once the value is final. */
    const spots: Array<{ path: string; offset: number }> = [];
    let failed = false;
    let count = 0;
    // Many small files: several writers pull from the same iterator (bounded, to stay under
    // the open-file limit and to keep few rendered pages in memory at once).
    const worker = async (): Promise<void> => {
      while (!failed) {
        const next = iterator.next();
        if (next.done) return;
        const f = next.value;
        accept(f);
        const dir = dirname(join(tmp, f.path));
        let made = dirs.get(dir);
        if (!made) {
          made = mkdir(dir, { recursive: true });
          dirs.set(dir, made);
        }
        await made.catch((err: unknown) => {
          throw fsError(`create a folder in ${tmp}`, err);
        });
        const contents = placeholder ? fill(f, placeholder, placeholder.guess, (offset) => spots.push({ path: f.path, offset })) : f.contents;
        await createFile(join(tmp, f.path), contents, { sync: SITE_SYNC });
        if (++count === 1) killPoint('first-file');
      }
    };
    await allThenFirstError(
      Array.from({ length: 16 }, () =>
        worker().catch((err: unknown) => {
          failed = true;
          throw err;
        }),
      ),
    );
    if (placeholder) {
      const value = placeholder.final();
      if (value !== placeholder.guess) await patchAll(tmp, spots, value);
    }
    await finishSwap(swap, marker);
  } catch (err) {
    throw fsError(`write the site beside ${out}`, err);
  } finally {
    await dropSwap(swap);
  }
  return out;
}
