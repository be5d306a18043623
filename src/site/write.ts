/**
 * write = the only stage that touches disk. Files go to a temp folder beside the output, then
 * the folders are swapped, so a failed build leaves the previous output untouched and readers
 * never see a half-written site. Nothing is written outside the output folder (and its temp
 * siblings): every path is checked before the first byte is written.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, parse, resolve, sep } from 'node:path';
import type { OutputFile } from './output.js';

/** Marker file proving a folder was made by Formulary (so it may be replaced). */
export const MARKER = '.formulary-build';

/** Rejects paths that could escape the output folder. */
export function checkOutputPath(path: string): void {
  if (path === '' || isAbsolute(path) || path.includes('\\') || path.includes('\0') || path.split('/').some((s) => s === '..' || s === '.' || s === '')) {
    throw new Error(`refusing to write unsafe output path: ${JSON.stringify(path)}`);
  }
}

/**
 * Refuses output folders whose replacement would destroy something else: the filesystem root,
 * the working directory or one of its ancestors, and non-empty folders without the marker.
 */
async function checkOutputDir(out: string, cwd: string): Promise<void> {
  if (out === parse(out).root) throw new Error(`refusing to use ${out} as the output folder`);
  if (cwd === out || cwd.startsWith(out + sep)) throw new Error(`refusing to replace ${out}: it contains the working directory`);
  let entries: string[];
  try {
    const s = await stat(out);
    if (!s.isDirectory()) throw new Error(`output path ${out} exists and is not a folder`);
    entries = await readdir(out);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  if (entries.length > 0 && !entries.includes(MARKER)) {
    throw new Error(`refusing to replace ${out}: it is not empty and was not made by formulary build (no ${MARKER})`);
  }
}

export async function writeSite(outDir: string, files: OutputFile[], cwd = process.cwd()): Promise<void> {
  const out = resolve(cwd, outDir);
  const seen = new Set<string>();
  for (const f of files) {
    checkOutputPath(f.path);
    if (seen.has(f.path)) throw new Error(`two output files at ${f.path}`);
    seen.add(f.path);
  }
  await checkOutputDir(out, resolve(cwd));
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = join(parent, `.${basename(out)}.tmp-${tag}`);
  const old = join(parent, `.${basename(out)}.old-${tag}`);
  try {
    await mkdir(tmp);
    const dirs = new Set<string>();
    for (const f of files) dirs.add(dirname(join(tmp, f.path)));
    await Promise.all([...dirs].map((d) => mkdir(d, { recursive: true })));
    // Many small files: write them concurrently (bounded, to stay under the open-file limit).
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < files.length) {
        const f = files[next++]!;
        await writeFile(join(tmp, f.path), f.contents);
      }
    };
    await Promise.all(Array.from({ length: Math.min(32, files.length) }, worker));
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
