/**
 * Incremental writing: a manifest of the previous build's files (path → content hash), kept in
 * `node_modules/.cache/formulary/outputs/`, lets a rebuild write only the files whose bytes
 * changed and delete the ones no longer made. Every page is still rendered and hashed (cheap
 * next to writing 20,000 files); a page that depends on an edit (neighbours, topics, related,
 * notation, search shards, home pages) differs in its bytes, so it is rewritten, and a page
 * that is no longer made is removed: the folder ends byte-identical to a cold build's.
 *
 * The update happens in place, each file written whole (temp name, then rename): while it runs,
 * a reader may see some pages new and others old, never half a file. It is used only when the
 * output folder's marker names the build the manifest describes; the marker is set to "updating"
 * first, so an update that dies half-way makes the next build a full one. Anything else (no
 * manifest, another folder, a change bigger than UPDATE_BUDGET) is a full build: a new folder
 * swapped in (write.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { OutputFile } from '../site/output.js';
import { UserError } from '../errors.js';
import { checkOutputPath, fill, MARKER, MARKER_TEXT, patchAll, recoverLeftovers, resolveOutputDir, writeSite, type Placeholder } from './write.js';

/** Past this many changed bytes, a new folder swapped in is cheaper than updating in place. */
export const UPDATE_BUDGET = 64 * 1024 * 1024;

interface Manifest {
  format: 1;
  build: string;
  /** The placeholder's value in the pages (the KaTeX stylesheet's name). */
  value: string | null;
  /** path → [hash of the contents as rendered (placeholder token included), byte offset of the placeholder or -1] */
  files: Record<string, [string, number]>;
}

export interface WriteOutcome {
  dir: string;
  mode: 'full' | 'incremental';
  written: number;
  removed: number;
}

function hashOf(contents: string | Uint8Array): string {
  return createHash('sha1').update(contents).digest('base64url');
}

function markerText(build: string): string {
  return `${MARKER_TEXT}build ${build}\n`;
}

function manifestPath(cacheDir: string, out: string): string {
  return join(cacheDir, 'outputs', `${createHash('sha1').update(out).digest('hex').slice(0, 20)}.json`);
}

async function readManifest(file: string, out: string): Promise<Manifest | null> {
  try {
    const m = JSON.parse(await readFile(file, 'utf8')) as Manifest;
    if (m.format !== 1 || typeof m.build !== 'string' || !m.files) return null;
    const marker = await readFile(join(out, MARKER), 'utf8');
    return marker === markerText(m.build) ? m : null;
  } catch {
    return null;
  }
}

async function saveManifest(file: string, m: Manifest): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(m));
    await rename(tmp, file);
  } catch {
    // No cache: the next build is a full one.
  }
}

/**
 * Writes the site into `outDir`: in place when the previous build of that folder is known
 * (`cacheDir` holds its manifest), else as a new folder swapped in. `files` is called again for
 * the full write if an update turns out too big.
 */
export async function writeSiteIncremental(outDir: string, files: () => Iterable<OutputFile>, placeholder: Placeholder, cacheDir: string | null, cwd = process.cwd()): Promise<WriteOutcome> {
  const out = await resolveOutputDir(outDir, cwd);
  const file = cacheDir ? manifestPath(cacheDir, out) : null;
  await recoverLeftovers(out);
  const previous = file ? await readManifest(file, out) : null;
  if (previous && file) {
    const done = await update(out, files(), placeholder, previous, file);
    if (done) return done;
  }
  // Full build: hash every file on its way to the writer.
  const build = randomBytes(8).toString('hex');
  const manifest: Manifest = { format: 1, build, value: null, files: {} };
  let written = 0;
  function* hashed(): Generator<OutputFile> {
    for (const f of files()) {
      manifest.files[f.path] = [hashOf(f.contents), -1];
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
    await saveManifest(file, manifest);
  }
  return { dir, mode: 'full', written, removed: 0 };
}

/** Notes where each page holds the placeholder (the writer fills it; the manifest keeps the offset). */
function* withSpots(files: Iterable<OutputFile>, p: Placeholder, spots: Map<string, number>): Generator<OutputFile> {
  for (const f of files) {
    fill(f, p, p.token, (offset) => spots.set(f.path, offset));
    yield f;
  }
}

/** The in-place update, or null when the change is too big for it (the caller then writes a new folder). */
async function update(out: string, files: Iterable<OutputFile>, placeholder: Placeholder, previous: Manifest, file: string): Promise<WriteOutcome | null> {
  const guess = previous.value ?? placeholder.token;
  const next: Manifest = { format: 1, build: randomBytes(8).toString('hex'), value: null, files: {} };
  const changed: Array<{ f: OutputFile; offset: number }> = [];
  let bytes = 0;
  for (const f of files) {
    checkOutputPath(f.path);
    if (next.files[f.path]) throw new Error(`two output files at ${f.path}`);
    const hash = hashOf(f.contents);
    const old = previous.files[f.path];
    if (old && old[0] === hash) {
      next.files[f.path] = old;
      continue;
    }
    let offset = -1;
    fill(f, placeholder, guess, (o) => (offset = o));
    next.files[f.path] = [hash, offset];
    changed.push({ f, offset });
    bytes += typeof f.contents === 'string' ? f.contents.length : f.contents.byteLength;
    if (bytes > UPDATE_BUDGET) return null;
  }
  const value = placeholder.final();
  next.value = value;
  const stale = Object.keys(previous.files).filter((p) => !(p in next.files));
  // From here the folder is neither the old build nor the new one until the marker says so.
  await writeFile(join(out, MARKER), `${MARKER_TEXT}updating\n`);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const dirs = new Set<string>();
  const writeOne = async ({ f }: { f: OutputFile }): Promise<void> => {
    const target = join(out, f.path);
    const dir = dirname(target);
    if (!dirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      dirs.add(dir);
    }
    const tmp = `${target}.formulary-${tag}`;
    await writeFile(tmp, fill(f, placeholder, value));
    await rename(tmp, target);
  };
  try {
    for (let i = 0; i < changed.length; i += 16) await Promise.all(changed.slice(i, i + 16).map(writeOne));
    if (value !== guess) {
      const done = new Set(changed.map((c) => c.f.path));
      const spots = Object.entries(next.files)
        .filter(([path, [, offset]]) => offset >= 0 && !done.has(path))
        .map(([path, [, offset]]) => ({ path, offset }));
      await patchAll(out, spots, value);
    }
    for (const p of stale) {
      await rm(join(out, p), { force: true });
      // Folders left empty go too (an equation's page folder).
      for (let d = dirname(p); d !== '.'; d = dirname(d)) {
        if (!(await rmdir(join(out, d)).then(() => true, () => false))) break;
      }
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw e.code ? new UserError(`cannot update ${out}: ${e.code} (the next build rewrites it whole)`) : e;
  }
  await writeFile(join(out, MARKER), markerText(next.build));
  await saveManifest(file, next);
  return { dir: out, mode: 'incremental', written: changed.length, removed: stale.length };
}
