/**
 * Images of the equations' section content (`![alt](figures/x.png)` under an equation heading):
 * read from disk before render (src/read/content-images.ts), copied here under hashed names
 * (`assets/images/x-<hash>.png`), so the pages stay under `img-src 'self'`. Pure.
 */
import type { OutputFile } from '../../output.js';
import { hashedName } from './assets.js';

/** Key of an image: the collection's source file and the URL as written in it. */
export const imageKey = (sourceFile: string, url: string): string => `${sourceFile}\n${url}`;

/** The images found, by imageKey. */
export type ContentImages = Map<string, { name: string; bytes: Uint8Array }>;

export function contentImageAssets(images: ContentImages | undefined): { files: OutputFile[]; paths: Map<string, string> } {
  const files: OutputFile[] = [];
  const paths = new Map<string, string>();
  const written = new Set<string>();
  for (const [key, image] of [...(images ?? new Map())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const name = image.name.replace(/[^A-Za-z0-9._-]/g, '-');
    const path = hashedName(`assets/images/${/\./.test(name) ? name : `${name}.img`}`, image.bytes);
    paths.set(key, path);
    if (!written.has(path)) files.push({ path, contents: image.bytes });
    written.add(path);
  }
  return { files, paths };
}
