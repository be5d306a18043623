/**
 * Static assets: KaTeX's CSS with only the fonts the site uses, the generated classes that
 * replace KaTeX's inline styles, the client bundle from lib/client, the theme boot script and
 * public/ files. `loadAssetSources` is the only part that reads files (before render);
 * `finishAssets` is pure and names files by content hash.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classesIn, faceCss, neededFaces, parseKatexCss, type ParsedKatexCss } from './katex-fonts.js';
import type { OutputFile } from '../../output.js';
import type { InlineStyleSheet } from './inline-styles.js';

export interface AssetSources {
  katex: ParsedKatexCss;
  /** woff2 file name → bytes. */
  fonts: Map<string, Uint8Array>;
  /** Client bundle files (paths as in Vite's manifest, e.g. "assets/main-C4Oagpy2.js"). */
  client: { entryJs: string | null; entryCss: string[]; files: OutputFile[] };
  /** public/ files copied to the site root. */
  publicFiles: OutputFile[];
}

/**
 * The package root: the nearest folder above this module with Formulary's package.json (this
 * module runs from src/, lib/ or the CLI bundle, at different depths).
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"formulary(-cli)?"/.test(readFileSync(manifest, 'utf8'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('formulary: cannot find the package root');
    dir = parent;
  }
}

export function contentHash(data: string | Uint8Array, length = 8): string {
  return createHash('sha256').update(data).digest('hex').slice(0, length);
}

/** Inserts a content hash before the extension: "a/b.css" → "a/b-1a2b3c4d.css". */
export function hashedName(path: string, data: string | Uint8Array): string {
  const dot = path.lastIndexOf('.');
  return `${path.slice(0, dot)}-${contentHash(data)}${path.slice(dot)}`;
}

/**
 * Sets data-theme before first paint from the remembered choice (see src/client/theme.ts,
 * which owns the toggle and the same storage key). A separate file because CSP forbids inline scripts.
 */
export const THEME_BOOT_JS =
  '(function(){try{var t=localStorage.getItem("formulary-theme");if(t==="dark"||t==="light")document.documentElement.setAttribute("data-theme",t)}catch(e){}})();\n';

async function readManifestBundle(root: string): Promise<AssetSources['client']> {
  const dir = join(root, 'lib', 'client');
  let manifest: Record<string, { file: string; css?: string[]; assets?: string[]; isEntry?: boolean; src?: string }>;
  try {
    manifest = JSON.parse(await readFile(join(dir, '.vite', 'manifest.json'), 'utf8'));
  } catch {
    return { entryJs: null, entryCss: [], files: [] };
  }
  const entry = manifest['src/client/main.ts'] ?? Object.values(manifest).find((m) => m.isEntry);
  const paths = new Set<string>();
  for (const m of Object.values(manifest)) {
    paths.add(m.file);
    for (const c of m.css ?? []) paths.add(c);
    for (const a of m.assets ?? []) paths.add(a);
  }
  const files: OutputFile[] = [];
  for (const p of [...paths].sort()) files.push({ path: p, contents: new Uint8Array(await readFile(join(dir, p))) });
  return { entryJs: entry?.file ?? null, entryCss: entry?.css ?? [], files };
}

async function readPublic(dir: string, base = dir): Promise<OutputFile[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: OutputFile[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await readPublic(full, base)));
    else if (e.isFile() && !e.name.startsWith('.')) out.push({ path: relative(base, full).split('\\').join('/'), contents: new Uint8Array(await readFile(full)) });
  }
  return out;
}

export async function loadAssetSources(root = packageRoot()): Promise<AssetSources> {
  const require = createRequire(join(root, 'package.json'));
  const katexDist = dirname(require.resolve('katex/dist/katex.min.css'));
  const katex = parseKatexCss(await readFile(join(katexDist, 'katex.min.css'), 'utf8'));
  const fonts = new Map<string, Uint8Array>();
  for (const f of katex.faces) fonts.set(f.file, new Uint8Array(await readFile(join(katexDist, 'fonts', f.file))));
  return { katex, fonts, client: await readManifestBundle(root), publicFiles: await readPublic(join(root, 'public')) };
}

export interface BaseAssets {
  files: OutputFile[];
  stylesheets: string[];
  headScripts: string[];
  modules: string[];
  favicon: string | null;
}

/** Assets known before rendering: client bundle, theme boot script, public files. */
export function baseAssets(src: AssetSources, katexCss: string): BaseAssets {
  const theme = hashedName('assets/theme.js', THEME_BOOT_JS);
  const files: OutputFile[] = [...src.client.files, { path: theme, contents: THEME_BOOT_JS }, ...src.publicFiles];
  return {
    files,
    stylesheets: [katexCss, ...src.client.entryCss],
    headScripts: [theme],
    modules: src.client.entryJs ? [src.client.entryJs] : [],
    favicon: src.publicFiles.some((f) => f.path === 'favicon.svg') ? 'favicon.svg' : null,
  };
}

/**
 * The KaTeX stylesheet (KaTeX rules + used @font-face rules + inline-style classes) and font
 * files, once every page is rendered. `allFonts` ships every face (dev server).
 */
export function katexAssets(src: AssetSources, mathOutputs: Iterable<string>, styles: InlineStyleSheet, allFonts = false, path?: string): { css: OutputFile; fonts: OutputFile[] } {
  const faces = allFonts ? src.katex.faces : neededFaces(src.katex, classesIn(mathOutputs));
  const fonts: OutputFile[] = [];
  const faceRules: string[] = [];
  for (const f of faces) {
    const bytes = src.fonts.get(f.file);
    if (!bytes) continue;
    const path = hashedName(`assets/fonts/${f.file}`, bytes);
    fonts.push({ path, contents: bytes });
    faceRules.push(faceCss(f, path.slice('assets/'.length)));
  }
  const text = `${faceRules.join('\n')}\n${src.katex.rest.trim()}\n/* KaTeX inline styles as classes (CSP style-src 'self') */\n${styles.css()}`;
  return { css: { path: path ?? hashedName('assets/katex.css', text), contents: text }, fonts };
}
