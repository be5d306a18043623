/**
 * The swap that puts a new site in place of the old: the next site is written into a temp folder
 * beside the output, then two renames (Node has no renameat2(RENAME_EXCHANGE)) move the previous
 * site to `.formulary-old-<pid>-<hex>-<name>` and the new one from
 * `.formulary-tmp-<pid>-<hex>-<name>` into place. A build killed at any point leaves at most those
 * folders; the next build restores the previous site if the kill fell between the two renames,
 * and removes every leftover of a build that is no longer running (see recoverLeftovers).
 * Also here: the marker that lets a folder be replaced, and the refusals of folders that must not be.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, parse, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { running } from '../cache/process-alive.js';
import { createFile, writeError } from '../disk-write.js';

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
