/**
 * The one way Formulary writes a file (the site, `check --fix`'s fixed file, the caches, the
 * output manifest, the URL history, `init`'s new files):
 *
 * - `writeFileAtomic(Sync)`: the bytes go to a new file of a random name in the target's folder,
 *   created exclusively (O_CREAT | O_EXCL | O_NOFOLLOW: never through a link someone left at
 *   that name, never over another file), then fsync, then rename onto the target. A reader sees
 *   the old file or the new one, never half of one, and a crash never leaves an empty target.
 * - `createFile`: the same exclusive create and fsync at the final name, for files in a folder
 *   this run has just made (the site's next version, beside the live one): the folder is the
 *   unit that is renamed into place.
 * - `openTempSync`/`commitTempSync`/`dropTempSync`: a temp file written in pieces (a cache segment).
 *
 * A failure (ENOSPC, EACCES, EPERM, EROFS, EDQUOT…) removes the temp file and becomes one line
 * naming the target (a UserError: exit 2), never a stack trace or exit 70.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from './errors.js';

/** Create a new file, fail if anything (a file, a symlink, dangling or not) has the name. */
const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

export interface WriteOptions {
  /** File mode (before the umask for new files; set exactly when given). */
  mode?: number;
  /** False: skip fsync (files that are checked when read and cheap to make again). Default true. */
  sync?: boolean;
}

/**
 * For tests: called before each step of each write with the step and the path; a test makes it
 * throw an ENOSPC error to show what a full disk does at that step.
 */
export const writeFaults: { before: ((step: 'create' | 'write' | 'sync' | 'rename', path: string) => void) | null } = { before: null };

const HINTS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'over the disk quota',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  EEXIST: 'a file appeared at the temporary name',
  ELOOP: 'a symlink is in the way',
  ENAMETOOLONG: 'the name is too long',
};

/** One line for a failed write of `target`: a UserError (exit 2), or `err` itself when it is not a file-system error. */
export function writeError(target: string, err: unknown): Error {
  const e = err as NodeJS.ErrnoException;
  if (e instanceof UserError || typeof e?.code !== 'string') return e as Error;
  const hint = HINTS[e.code];
  return new UserError(`cannot write ${target}: ${e.code}${hint ? ` (${hint})` : ''}`);
}

/** A fresh name in the target's folder: `.formulary-<pid>-<hex>.tmp`. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.formulary-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

/** Temp files left by killed runs: `.formulary-<pid>-<hex>.tmp`; the pid says whose. */
export const TEMP_FILE = /^\.formulary-(\d+)-[0-9a-f]{12}\.tmp$/;

function step(s: 'create' | 'write' | 'sync' | 'rename', path: string): void {
  writeFaults.before?.(s, path);
}

function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

async function writeNew(path: string, data: string | Uint8Array, options: WriteOptions): Promise<void> {
  step('create', path);
  const fh = await open(path, CREATE, options.mode ?? 0o666);
  try {
    if (options.mode !== undefined) await fh.chmod(options.mode);
    step('write', path);
    const bytes = bytesOf(data);
    let done = 0;
    while (done < bytes.length) done += (await fh.write(bytes, done, bytes.length - done)).bytesWritten;
    if (options.sync !== false) {
      step('sync', path);
      await fh.sync();
    }
  } finally {
    await fh.close();
  }
}

/** Writes `target` whole or not at all (see the module comment). */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await writeNew(temp, data, options);
    step('rename', target);
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw writeError(target, err);
  }
}

/** `writeFileAtomic`, synchronously (the caches, written while pages render one at a time). */
export function writeFileAtomicSync(target: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const temp = openTempSync(target, options);
  try {
    step('write', temp.path);
    const bytes = bytesOf(data);
    let done = 0;
    while (done < bytes.length) done += writeSync(temp.fd, bytes, done, bytes.length - done);
  } catch (err) {
    dropTempSync(temp);
    throw writeError(target, err);
  }
  commitTempSync(temp, target, options);
}

/**
 * Creates `path`, which must not exist, with `data` (fsync'd unless `sync` is false); on failure
 * the partial file is removed. For a folder this run made and renames into place as a whole.
 */
export async function createFile(path: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  try {
    await writeNew(path, data, options);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') await rm(path, { force: true }).catch(() => undefined);
    throw writeError(path, err);
  }
}

export interface TempFile {
  fd: number;
  path: string;
}

/** A new temp file beside `target`, opened for writing (exclusively: see CREATE). */
export function openTempSync(target: string, options: WriteOptions = {}): TempFile {
  const path = tempPathFor(target);
  try {
    step('create', path);
    const fd = openSync(path, CREATE, options.mode ?? 0o666);
    if (options.mode !== undefined) fchmodSync(fd, options.mode);
    return { fd, path };
  } catch (err) {
    rmSync(path, { force: true });
    throw writeError(target, err);
  }
}

/** Syncs, closes and renames the temp file onto `target`; on failure the temp file is removed. */
export function commitTempSync(temp: TempFile, target: string, options: WriteOptions = {}): void {
  try {
    if (options.sync !== false) {
      step('sync', temp.path);
      fsyncSync(temp.fd);
    }
    closeSync(temp.fd);
    temp.fd = -1;
    step('rename', target);
    renameSync(temp.path, target);
  } catch (err) {
    dropTempSync(temp);
    throw writeError(target, err);
  }
}

/** Closes and removes a temp file that will not be committed. */
export function dropTempSync(temp: TempFile): void {
  try {
    if (temp.fd >= 0) closeSync(temp.fd);
  } catch {
    // closed already
  }
  temp.fd = -1;
  rmSync(temp.path, { force: true });
}
