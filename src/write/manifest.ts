/**
 * The output manifest of incremental writing (src/write/incremental.ts): the previous build's files
 * (path → content hash, placeholder offset) and keyed pages, kept in
 * `node_modules/.cache/formulary/outputs/`, trusted only when the output folder's marker names the
 * build it describes; and the previous pages it offers the renderer to keep.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { KeptPage, PageReuse } from '../output.js';
import { writeFileAtomic } from '../disk-write.js';
import { MARKER, MARKER_TEXT } from './write.js';

export interface Manifest {
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

export function hashOf(contents: string | Uint8Array): string {
  return createHash('sha1').update(contents).digest('base64url');
}

export function markerText(build: string): string {
  return `${MARKER_TEXT}build ${build}\n`;
}

export function manifestPath(cacheDir: string, out: string): string {
  return join(cacheDir, 'outputs', `${createHash('sha1').update(out).digest('hex').slice(0, 20)}.json`);
}

export async function readManifest(file: string, out: string): Promise<Manifest | null> {
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
export function encode(m: Omit<Manifest, 'pages' | 'styles' | 'classes'>, pages: Map<string, KeptPage>): Manifest {
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

export async function saveManifest(file: string, m: Manifest): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, JSON.stringify(m));
  } catch {
    // No cache: the next build is a full one.
  }
}

/** The previous build's keyed pages, for the renderer: a page is kept only when its key matches and its files are there. */
export class PreviousPages implements PageReuse {
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

export const NO_PAGES: PageReuse = { lookup: () => null };

