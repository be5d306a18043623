/**
 * write = the only stage that touches disk. Files go to a temp folder beside the output, then
 * the folders are swapped, so a failed build leaves the previous output untouched and readers
 * never see a half-written site. Nothing is written outside the output folder (and its temp
 * siblings): every path is checked before its file is written (a whole list before any).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, parse, resolve, sep } from 'node:path';
import type { OutputFile } from '../site/output.js';
import { UserError } from '../errors.js';

/** Marker file proving a folder was made by Formulary (so it may be replaced). */
export const MARKER = '.formulary-build';

/** Rejects paths that could escape the output folder. */
export function checkOutputPath(path: string): void {
  if (path === '' || isAbsolute(path) || path.includes('\\') || path.includes('\0') || path.split('/').some((s) => s === '..' || s === '.' || s === '')) {
    throw new UserError(`refusing to write unsafe output path: ${JSON.stringify(path)}`);
  }
}

/**
 * Refuses output folders whose replacement would destroy something else: the filesystem root,
 * the working directory or one of its ancestors, and non-empty folders without the marker.
 */
async function checkOutputDir(out: string, cwd: string): Promise<void> {
  if (out === parse(out).root) throw new UserError(`refusing to use ${out} as the output folder`);
  if (cwd === out || cwd.startsWith(out + sep)) throw new UserError(`refusing to replace ${out}: it contains the working directory`);
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
 * Writes the site into a temporary folder beside `outDir`, then swaps it in. `files` may be a
 * lazy iterable (the renderer's generator): each file is written as soon as it is produced and
 * can then be dropped. A bad path or a failure anywhere leaves the previous `outDir` untouched.
 */
export async function writeSite(outDir: string, files: Iterable<OutputFile>, cwd = process.cwd()): Promise<void> {
  const out = resolve(cwd, outDir);
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
  await checkOutputDir(out, resolve(cwd));
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = join(parent, `.${basename(out)}.tmp-${tag}`);
  const old = join(parent, `.${basename(out)}.old-${tag}`);
  try {
    await mkdir(tmp);
    const dirs = new Map<string, Promise<unknown>>();
    const iterator = files[Symbol.iterator]();
    let failed = false;
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
        await made;
        await writeFile(join(tmp, f.path), f.contents);
      }
    };
    await Promise.all(
      Array.from({ length: 16 }, () =>
        worker().catch((err: unknown) => {
          failed = true;
          throw err;
        }),
      ),
    );
    await writeFile(join(tmp, MARKER), 'This folder is replaced as a whole by `formulary build`.\n');
    let hadOld = false;
    try {
      await rename(out, old);
      hadOld = true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    try {
      await rename(tmp, out);
    } catch (err) {
      if (hadOld) await rename(old, out); // put the previous site back
      throw err;
    }
    if (hadOld) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
