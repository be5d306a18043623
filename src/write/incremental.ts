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
import { existsSync } from 'node:fs';
import type { KeptPage, OutputFile, PageReuse } from '../output.js';
import { UserError } from '../errors.js';
import { checkOutputPath, fill, MARKER, MARKER_TEXT, patchAll, recoverLeftovers, resolveOutputDir, writeSite, type Placeholder } from './write.js';

/** Past this many changed bytes, a new folder swapped in is cheaper than updating in place. */
export const UPDATE_BUDGET = 64 * 1024 * 1024;

interface Manifest {
  format: 2;
  build: string;
  /** The code and KaTeX that made the build: page keys are only trusted by the same. */
  stamp: string;
  /** The placeholder's value in the pages (the KaTeX stylesheet's name). */
  value: string | null;
  /** path → [hash of the contents as rendered (placeholder token included), byte offset of the placeholder or -1] */
  files: Record<string, [string, number]>;
  /** Keyed pages: path → [key, bytes, indexes into `styles`, indexes into `classes`]. */
  pages: Record<string, [string, number, number[], number[]]>;
  styles: Array<[string, string]>;
  classes: string[];
}

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
    if (m.format !== 2 || typeof m.build !== 'string' || !m.files || !m.pages || !m.styles || !m.classes) return null;
    const marker = await readFile(join(out, MARKER), 'utf8');
    return marker === markerText(m.build) ? m : null;
  } catch {
    return null;
  }
}

/** The manifest with the pages' classes stored once each. */
function encode(m: Omit<Manifest, 'pages' | 'styles' | 'classes'>, pages: Map<string, KeptPage>): Manifest {
  const styles: Array<[string, string]> = [];
  const classes: string[] = [];
  const styleIds = new Map<string, number>();
  const classIds = new Map<string, number>();
  const out: Manifest['pages'] = {};
  for (const [path, p] of pages) {
    const [pageStyles, pageClasses] = JSON.parse(p.math) as [Array<[string, string]>, string[]];
    const s = pageStyles.map(([style, name]) => {
      const id = `${style}\u0000${name}`;
      let n = styleIds.get(id);
      if (n === undefined) styleIds.set(id, (n = styles.push([style, name]) - 1));
      return n;
    });
    const c = pageClasses.map((name) => {
      let n = classIds.get(name);
      if (n === undefined) classIds.set(name, (n = classes.push(name) - 1));
      return n;
    });
    out[path] = [p.key, p.bytes, s, c];
  }
  return { ...m, pages: out, styles, classes };
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

/** The previous build's keyed pages, for the renderer: a page is kept only when its key matches and its files are there. */
class PreviousPages implements PageReuse {
  readonly decoded = new Map<string, KeptPage>();
  constructor(
    private readonly m: Manifest,
    private readonly out: string,
  ) {}

  lookup(path: string, key: string, companions: readonly string[]): KeptPage | null {
    const p = this.m.pages[path];
    if (!p || p[0] !== key || !this.m.files[path] || !existsSync(join(this.out, path))) return null;
    for (const c of companions) if (this.m.files[c] && !existsSync(join(this.out, c))) return null;
    const styles = p[2].map((i) => this.m.styles[i]);
    const classes = p[3].map((i) => this.m.classes[i]);
    if (styles.some((x) => x === undefined) || classes.some((x) => x === undefined)) return null;
    const page: KeptPage = { key, bytes: p[1], math: JSON.stringify([styles, classes]) };
    this.decoded.set(path, page);
    return page;
  }
}

const NO_PAGES: PageReuse = { lookup: () => null };

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
    const done = await update(out, files(reuse ?? NO_PAGES), placeholder, previous, file, stamp, reuse);
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

/** The in-place update, or null when the change is too big for it (the caller then writes a new folder). */
async function update(out: string, files: Iterable<OutputFile>, placeholder: Placeholder, previous: Manifest, file: string, stamp: string, reuse: PreviousPages | null): Promise<WriteOutcome | null> {
  const guess = previous.value ?? placeholder.token;
  const next: Omit<Manifest, 'pages' | 'styles' | 'classes'> = { format: 2, build: randomBytes(8).toString('hex'), stamp, value: null, files: {} };
  const pages = new Map<string, KeptPage>();
  const changed: Array<{ f: OutputFile; offset: number }> = [];
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
  await saveManifest(file, encode(next, pages));
  return { dir: out, mode: 'incremental', written: changed.length, removed: stale.length, kept };
}
