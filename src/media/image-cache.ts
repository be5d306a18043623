/**
 * The on-disk cache of equation images (SVG and card PNG), keyed by a hash of everything they
 * are made from, in `node_modules/.cache/formulary/images/` (where build tools keep caches; none
 * when the project has no node_modules).
 * Synchronous, because pages are rendered lazily one at a time. A cache that cannot be read or
 * written is skipped silently: the images are then simply made again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../disk-write.js';

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

/**
 * A folder of cache files, made on the first write. Each file is written by writeFileAtomicSync
 * (a random temp name created exclusively, then renamed), so a half-written file is never read;
 * not fsync'd (thousands a cold build: 4 ms each here), so an entry's index records the size of
 * its image and an entry whose image does not match is a miss. A cache that cannot be read or
 * written (read-only node_modules…) is no cache.
 */
class FileCache {
  private ready = false;
  constructor(private readonly dir: string | null) {}

  protected exists(name: string): boolean {
    return this.dir !== null && existsSync(join(this.dir, name));
  }

  protected size(name: string): number | null {
    if (!this.dir) return null;
    try {
      return statSync(join(this.dir, name)).size;
    } catch {
      return null;
    }
  }

  protected read(name: string): Buffer | null {
    if (!this.dir) return null;
    try {
      return readFileSync(join(this.dir, name));
    } catch {
      return null;
    }
  }

  /** Writes the files in order (an entry's index file last, so it is only found whole). */
  protected write(files: Array<[name: string, data: string | Uint8Array]>): void {
    if (!this.dir) return;
    try {
      if (!this.ready) mkdirSync(this.dir, { recursive: true });
      this.ready = true;
      for (const [name, data] of files) writeFileAtomicSync(join(this.dir, name), data, { sync: false });
    } catch {
      // No cache: made again next time.
    }
  }
}

export class ImageCache extends FileCache {
  /**
   * Whether `get` will find the entry: its index names the size of an image that is there. (A
   * build that finds every entry loads no image tools, so an entry `get` refuses, such as one
   * from an older cache format, must not count here: its equation would get no images.)
   */
  has(key: string): boolean {
    const json = this.read(`${key}.json`);
    if (!json) return false;
    try {
      const meta = JSON.parse(json.toString('utf8')) as { png: unknown };
      return typeof meta.png === 'number' && this.size(`${key}.png`) === meta.png;
    } catch {
      return false;
    }
  }

  get(key: string): CachedImages | null {
    const json = this.read(`${key}.json`);
    const png = json && this.read(`${key}.png`);
    if (!json || !png) return null;
    try {
      const meta = JSON.parse(json.toString('utf8')) as { svg: unknown; png: unknown };
      if (meta.png !== png.byteLength) return null;
      return { svg: typeof meta.svg === 'string' ? meta.svg : null, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) };
    } catch {
      return null;
    }
  }

  set(key: string, value: CachedImages): void {
    this.write([
      [`${key}.png`, value.png],
      [`${key}.json`, JSON.stringify({ svg: value.svg, png: value.png.byteLength })],
    ]);
  }
}

/** Short texts (an equation's spoken form) cached the same way, one small file per key. */
export class TextCache extends FileCache {
  has(key: string): boolean {
    return this.exists(`${key}.txt`);
  }

  get(key: string): string | null {
    return this.read(`${key}.txt`)?.toString('utf8') ?? null;
  }

  set(key: string, value: string): void {
    this.write([[`${key}.txt`, value]]);
  }
}

export function speechCacheDir(root = process.cwd()): string | null {
  return cacheDir(root, 'speech');
}
