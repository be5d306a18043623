/**
 * The images an equation's section content shows (`![alt](figures/spring.png)`), read before
 * render: a relative path is resolved against the markdown file's folder and must stay inside
 * the project (the working directory), be a file of an image type and at most 2 MiB. Anything
 * else is not copied and the page shows the image's alt text, as it does for remote images.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Collection } from '../types.js';
import { imageKey, type ContentImages } from '../site/assets/content-images.js';

const MAX_BYTES = 2 * 1024 * 1024;
const IMAGE = /\.(?:png|jpe?g|gif|svg|webp|avif)$/i;
/** `![alt](url "title")` and `![alt](<url>)`: the URL as written. */
const IMAGE_REF = /!\[[^\]\n]*\]\(\s*(<[^>\n]+>|[^\s)]+)(?:\s+"[^"\n]*")?\s*\)/g;

/** The image URLs a markdown text writes. */
export function imageUrls(markdown: string): string[] {
  return [...markdown.matchAll(IMAGE_REF)].map((m) => m[1]!.replace(/^<|>$/g, ''));
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** `project`: the folder images must stay inside (the working directory, where the config sits). */
export async function readContentImages(collections: Collection[], project = process.cwd()): Promise<ContentImages> {
  const out: ContentImages = new Map();
  const root = await realpath(project).catch(() => resolve(project));
  for (const c of collections) {
    const folder = dirname(resolve(c.sourceFile));
    for (const eq of c.equations) {
      for (const block of eq.content ?? []) {
        for (const url of imageUrls(block.markdown)) {
          const key = imageKey(c.sourceFile, url);
          if (out.has(key) || /^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(url) || !IMAGE.test(url.replace(/[?#].*$/, ''))) continue;
          let file: string;
          try {
            file = await realpath(resolve(folder, decodeURIComponent(url.replace(/[?#].*$/, ''))));
          } catch {
            continue;
          }
          if (!inside(root, file)) continue;
          const info = await stat(file).catch(() => null);
          if (!info?.isFile() || info.size > MAX_BYTES) continue;
          out.set(key, { name: basename(file), bytes: new Uint8Array(await readFile(file)) });
        }
      }
    }
  }
  return out;
}
