/**
 * Creates new files and never replaces one (`formulary init`): every path is checked first,
 * each file is created exclusively ('wx'), and on any failure the files already made are
 * removed again, so either all are written or none.
 */
import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { createFile } from '../disk-write.js';
import type { OutputFile } from '../output.js';

/** Throws a one-line UserError naming the first path that exists (or a non-empty folder in `emptyDirs`). */
export async function assertFree(dir: string, files: OutputFile[], emptyDirs: string[] = []): Promise<void> {
  const target = await lstat(dir).catch(() => null);
  if (target && !target.isDirectory()) throw new UserError(`${dir} is a file, not a folder; nothing written`);
  for (const f of files) {
    if (await lstat(join(dir, f.path)).catch(() => null)) throw new UserError(`${f.path} already exists; nothing written (init never overwrites)`);
    // A file where one of its folders would go (.github as a file, say).
    for (let parent = dirname(f.path); parent !== '.' && parent !== ''; parent = dirname(parent)) {
      const p = await lstat(join(dir, parent)).catch(() => null);
      if (p && !p.isDirectory()) throw new UserError(`${parent} already exists and is not a folder; nothing written (init never overwrites)`);
    }
  }
  for (const d of emptyDirs) {
    const info = await lstat(join(dir, d)).catch(() => null);
    if (info && !info.isDirectory()) throw new UserError(`${d} already exists and is not a folder; nothing written (init never overwrites)`);
    const entries = await readdir(join(dir, d)).catch(() => []);
    if (entries.length > 0) throw new UserError(`${d}/ already has files; nothing written (init never overwrites)`);
  }
}

export async function writeNewFiles(dir: string, files: OutputFile[], emptyDirs: string[] = []): Promise<void> {
  await assertFree(dir, files, emptyDirs);
  const made: string[] = [];
  try {
    for (const f of files) {
      const path = join(dir, f.path);
      await mkdir(dirname(path), { recursive: true });
      await createFile(path, f.contents);
      made.push(path);
    }
  } catch (err) {
    await Promise.all(made.map((p) => rm(p, { force: true })));
    if (err instanceof UserError && / EEXIST /.test(err.message)) throw new UserError(`${err.message.replace(/^cannot write (.*): EEXIST.*$/, '$1')} appeared while writing; nothing written`);
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError(`${(err as NodeJS.ErrnoException).path ?? 'a file'} appeared while writing; nothing written`);
    if (err instanceof UserError) throw new UserError(`${err.message}; nothing written`);
    throw err;
  }
}
