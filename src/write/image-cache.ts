/**
 * The on-disk cache of equation images (SVG and card PNG), keyed by a hash of everything they
 * are made from, in `node_modules/.cache/formulary/images/` (where build tools keep caches; none
 * when the project has no node_modules).
 * Synchronous, because pages are rendered lazily one at a time. A cache that cannot be read or
 * written is skipped silently: the images are then simply made again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

export interface CachedImages {
  svg: string | null;
  png: Uint8Array;
}

/**
 * The cache folder, or null (no cache) when the project has no node_modules: a build must not
 * create one in a folder that is not a Node project.
 */
function cacheDir(root: string, kind: string): string | null {
  const modules = join(root, 'node_modules');
  return existsSync(modules) ? join(modules, '.cache', 'formulary', kind) : null;
}

export function imageCacheDir(root = process.cwd()): string | null {
  return cacheDir(root, 'images');
}

export function imageKey(parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex').slice(0, 32);
}

export class ImageCache {
  private ready = false;
  constructor(private readonly dir: string | null) {}

  has(key: string): boolean {
    return this.dir !== null && existsSync(join(this.dir, `${key}.json`));
  }

  get(key: string): CachedImages | null {
    if (!this.dir) return null;
    try {
      const meta = JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as { svg: string | null };
      const png = readFileSync(join(this.dir, `${key}.png`));
      return { svg: typeof meta.svg === 'string' ? meta.svg : null, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) };
    } catch {
      return null;
    }
  }

  set(key: string, value: CachedImages): void {
    if (!this.dir) return;
    try {
      if (!this.ready) mkdirSync(this.dir, { recursive: true });
      this.ready = true;
      // PNG first, the JSON last (renamed into place): a half-written entry is never read as whole.
      writeFileSync(join(this.dir, `${key}.png`), value.png);
      const tmp = join(this.dir, `${key}.json.${process.pid}`);
      writeFileSync(tmp, JSON.stringify({ svg: value.svg }));
      renameSync(tmp, join(this.dir, `${key}.json`));
    } catch {
      // No cache (read-only node_modules…): fine.
    }
  }
}

/** Short texts (an equation's spoken form) cached the same way, one small file per key. */
export class TextCache {
  private ready = false;
  constructor(private readonly dir: string | null) {}

  has(key: string): boolean {
    return this.dir !== null && existsSync(join(this.dir, `${key}.txt`));
  }

  get(key: string): string | null {
    if (!this.dir) return null;
    try {
      return readFileSync(join(this.dir, `${key}.txt`), 'utf8');
    } catch {
      return null;
    }
  }

  set(key: string, value: string): void {
    if (!this.dir) return;
    try {
      if (!this.ready) mkdirSync(this.dir, { recursive: true });
      this.ready = true;
      const tmp = join(this.dir, `${key}.txt.${process.pid}`);
      writeFileSync(tmp, value);
      renameSync(tmp, join(this.dir, `${key}.txt`));
    } catch {
      // No cache: the text is made again next time.
    }
  }
}

export function speechCacheDir(root = process.cwd()): string | null {
  return cacheDir(root, 'speech');
}
