/**
 * Incremental writing: a manifest of the previous build's files (path → content hash, src/write/manifest.ts), kept in
 * `node_modules/.cache/formulary/outputs/`, lets a rebuild write only the files whose bytes
 * changed and delete the ones no longer made. Every page is still rendered and hashed (cheap
 * next to writing 20,000 files); a page that depends on an edit (neighbours, topics, related,
 * notation, search shards, home pages) differs in its bytes, so it is rewritten, and a page
 * that is no longer made is removed: the folder ends byte-identical to a cold build's.
 *
 * The update builds the next site beside the live one, as a full build does (write.ts): every
 * file that did not change is a hard link to the live site's file (no bytes copied, so a full
 * disk needs room only for what changed), the changed ones are written new, and the folders are
 * swapped with renames. A kill or a full disk at any point leaves the previous site whole and
 * live; the next build removes the leftovers. It is used only when the output folder's marker
 * names the build the manifest describes. Anything else (no manifest, another folder, a change
 * bigger than UPDATE_BUDGET) is a full build: every file written into the new folder.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { KeptPage, OutputFile, PageReuse } from '../output.js';
import { UserError } from '../errors.js';
import { createFile } from '../disk-write.js';
import { beginSwap, checkOutputPath, dropSwap, fill, finishSwap, fsError, killPoint, MARKER_TEXT, recoverLeftovers, resolveOutputDir, SITE_SYNC, writeSite, type Placeholder } from './write.js';
import { allThenFirstError } from './settle.js';
import { encode, hashOf, manifestPath, markerText, NO_PAGES, PreviousPages, readManifest, saveManifest, type Manifest } from './manifest.js';

/** Past this many changed bytes (held in memory until the new folder is made), every file is written new. */
export const UPDATE_BUDGET = 64 * 1024 * 1024;

export interface WriteOutcome {
  dir: string;
  mode: 'full' | 'incremental';
  written: number;
  removed: number;
  /** Keyed pages kept as they were (not rendered). */
  kept: number;
}

export interface IncrementalOptions {
  cwd?: string;
  /** The running code and KaTeX (page keys of another build's code are not trusted). */
  stamp?: string;
  /** False: render every page (a tool that makes part of some pages failed to load). */
  keepPages?: boolean;
}

/**
 * Writes the site into `outDir`: in place when the previous build of that folder is known
 * (`cacheDir` holds its manifest), else as a new folder swapped in. `files` is called again for
 * the full write if an update turns out too big. It gets the previous build's pages to keep
 * (none for a full write), or undefined without a cache (no page keys are made then).
 */
export async function writeSiteIncremental(
  outDir: string,
  files: (reuse: PageReuse | undefined) => Iterable<OutputFile>,
  placeholder: Placeholder,
  cacheDir: string | null,
  options: IncrementalOptions = {},
): Promise<WriteOutcome> {
  const cwd = options.cwd ?? process.cwd();
  const stamp = options.stamp ?? '';
  const out = await resolveOutputDir(outDir, cwd);
  const file = cacheDir ? manifestPath(cacheDir, out) : null;
  await recoverLeftovers(out);
  const previous = file ? await readManifest(file, out) : null;
  if (previous && file) {
    const reuse = previous.stamp === stamp && options.keepPages !== false ? new PreviousPages(previous, out) : null;
    const done = await update(out, cwd, files(reuse ?? NO_PAGES), placeholder, previous, file, stamp, reuse);
    if (done) return done;
  }
  // Full build: hash every file on its way to the writer.
  const build = randomBytes(8).toString('hex');
  const manifest: Omit<Manifest, 'pages' | 'styles' | 'classes'> = { format: 2, build, stamp, value: null, files: {} };
  const pages = new Map<string, KeptPage>();
  let written = 0;
  function* hashed(): Generator<OutputFile> {
    for (const f of files(file ? NO_PAGES : undefined)) {
      if (f.kept) throw new Error(`kept page ${f.path} in a full write`);
      manifest.files[f.path] = [hashOf(f.contents), -1];
      if (f.page) pages.set(f.path, f.page);
      written += 1;
      yield f;
    }
  }
  const spots = new Map<string, number>();
  const noted: Placeholder = { token: placeholder.token, guess: placeholder.token, final: placeholder.final };
  const dir = await writeSite(outDir, withSpots(hashed(), noted, spots), cwd, noted, file ? markerText(build) : MARKER_TEXT);
  if (file) {
    manifest.value = placeholder.final();
    for (const [path, offset] of spots) manifest.files[path]![1] = offset;
    await saveManifest(file, encode(manifest, pages));
  }
  return { dir, mode: 'full', written, removed: 0, kept: 0 };
}

/** Notes where each page holds the placeholder (the writer fills it; the manifest keeps the offset). */
function* withSpots(files: Iterable<OutputFile>, p: Placeholder, spots: Map<string, number>): Generator<OutputFile> {
  for (const f of files) {
    fill(f, p, p.token, (offset) => spots.set(f.path, offset));
    yield f;
  }
}

/** Signals an update that cannot link a file the manifest says is there: the caller writes every file. */
class MissingFile extends Error {}

/**
 * `to` as a hard link to `from` (same folder tree, so the same file system); a copy where links
 * are not allowed. A file gone from the live site (deleted by hand) makes a full write.
 */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new MissingFile(from);
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw err;
    await copyFile(from, to, constants.COPYFILE_EXCL);
  }
}

/** A kept file whose placeholder value changed: its bytes with the new value, as a new file (never patched through a link). */
async function patchedCopy(from: string, to: string, offset: number, value: string): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await readFile(from);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new MissingFile(from);
    throw err;
  }
  Buffer.from(value, 'utf8').copy(bytes, offset);
  await createFile(to, bytes, { sync: SITE_SYNC });
}

/** The update (the next site beside the live one, unchanged files linked), or null when the change is too big for it (the caller then writes every file). */
async function update(out: string, cwd: string, files: Iterable<OutputFile>, placeholder: Placeholder, previous: Manifest, file: string, stamp: string, reuse: PreviousPages | null): Promise<WriteOutcome | null> {
  const guess = previous.value ?? placeholder.token;
  const next: Omit<Manifest, 'pages' | 'styles' | 'classes'> = { format: 2, build: randomBytes(8).toString('hex'), stamp, value: null, files: {} };
  const pages = new Map<string, KeptPage>();
  const changed = new Map<string, OutputFile>();
  let bytes = 0;
  let kept = 0;
  for (const f of files) {
    checkOutputPath(f.path);
    if (next.files[f.path]) throw new Error(`two output files at ${f.path}`);
    if (f.kept) {
      // Unrendered: the renderer found it made with the same key and on disk (PreviousPages.lookup).
      const page = reuse?.decoded.get(f.path);
      const old = previous.files[f.path];
      if (!page || !old) throw new Error(`kept page ${f.path} the previous build did not make`);
      next.files[f.path] = old;
      pages.set(f.path, page);
      for (const c of f.kept) {
        const companion = previous.files[c];
        if (companion) next.files[c] = companion;
      }
      kept += 1;
      continue;
    }
    if (f.page) pages.set(f.path, f.page);
    const hash = hashOf(f.contents);
    const old = previous.files[f.path];
    if (old && old[0] === hash) {
      next.files[f.path] = old;
      continue;
    }
    let offset = -1;
    fill(f, placeholder, guess, (o) => (offset = o));
    next.files[f.path] = [hash, offset];
    changed.set(f.path, f);
    bytes += typeof f.contents === 'string' ? f.contents.length : f.contents.byteLength;
    if (bytes > UPDATE_BUDGET) return null;
  }
  const value = placeholder.final();
  next.value = value;
  const stale = Object.keys(previous.files).filter((p) => !(p in next.files));
  const swap = await beginSwap(out, cwd);
  const { tmp } = swap;
  const dirs = new Map<string, Promise<unknown>>();
  const one = async ([path, [, offset]]: [string, [string, number]]): Promise<void> => {
    const target = join(tmp, path);
    const dir = dirname(target);
    let made = dirs.get(dir);
    if (!made) {
      made = mkdir(dir, { recursive: true });
      dirs.set(dir, made);
    }
    await made;
    const f = changed.get(path);
    if (f) await createFile(target, fill(f, placeholder, value), { sync: SITE_SYNC });
    else if (offset >= 0 && value !== guess) await patchedCopy(join(out, path), target, offset, value);
    else await linkOrCopy(join(out, path), target);
  };
  try {
    const entries = Object.entries(next.files);
    for (let i = 0; i < entries.length; i += 64) {
      await allThenFirstError(entries.slice(i, i + 64).map(one));
      if (i === 0) killPoint('update-first-files');
    }
    killPoint('update-files-done');
    await finishSwap(swap, markerText(next.build));
  } catch (err) {
    // The live site is the previous one, whole: a file it lacks makes a full write instead.
    if (err instanceof MissingFile) return null;
    const e = fsError(`update ${out}`, err);
    throw e instanceof UserError ? new UserError(`${e.message} (the site is as the previous build left it)`) : e;
  } finally {
    await dropSwap(swap);
  }
  killPoint('before-manifest');
  await saveManifest(file, encode(next, pages));
  return { dir: out, mode: 'incremental', written: changed.size, removed: stale.length, kept };
}
