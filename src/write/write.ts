/**
 * write = the only stage that touches disk. Files go to a temp folder beside the output, then
 * the folders are swapped (write/swap.ts), so a failed build leaves the previous output untouched
 * and readers never see a half-written site. Nothing is written outside the output folder (and
 * its temp siblings): every path is checked before its file is written (a whole list before any).
 *
 * An output path that is a symlink (`dist -> /var/www/site`) is written through: the new site
 * replaces the symlink's target, and the symlink stays.
 */
import { lstat, mkdir, open, readlink, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { OutputFile } from '../output.js';
import { UserError } from '../errors.js';
import { createFile } from '../disk-write.js';
import { allThenFirstError } from './settle.js';
import { beginSwap, dropSwap, finishSwap, fsError, killPoint, SITE_SYNC } from './swap.js';

// incremental.ts imports these from here (its import path stays).
export { beginSwap, dropSwap, finishSwap, fsError, killPoint, MARKER, recoverLeftovers, SITE_SYNC } from './swap.js';

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
