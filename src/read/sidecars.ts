/**
 * read, second half: each collection's hand-curated topics sidecar (`foo.topics.md` beside
 * `foo.md`), when there is one.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../types.js';
import { displayPath } from './read.js';

export function sidecarPathFor(markdownPath: string): string {
  return markdownPath.replace(/\.(md|markdown|qmd|rmd|mdx|ipynb)$/i, '') + '.topics.md';
}

/** The sidecar of each file, by the file's shown path (null where there is none). */
export async function readSidecars(files: SourceFile[], cwd = process.cwd()): Promise<Map<string, SourceFile | null>> {
  const sidecars = new Map<string, SourceFile | null>();
  for (const file of files) {
    const sidecarPath = sidecarPathFor(path.resolve(cwd, file.path));
    const text = await readFile(sidecarPath, 'utf8').catch(() => null);
    sidecars.set(file.path, text === null ? null : { path: displayPath(sidecarPath, cwd), text: text.replace(/^\uFEFF/, '') });
  }
  return sidecars;
}
