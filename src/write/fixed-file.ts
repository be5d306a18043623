/**
 * Writes a markdown file `check --fix` changed: atomically (src/disk-write.ts),
 * through a symlink to its target, with the file's UTF-8 BOM kept when it had one (the reader
 * drops it from the text) and its mode kept. A file that changed since it was read is left alone.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../disk-write.js';

const BOM = [0xef, 0xbb, 0xbf];

export async function writeFixedFile(path: string, before: string, after: string, cwd = process.cwd()): Promise<void> {
  const full = await realpath(resolve(cwd, path));
  const bytes = await readFile(full);
  const hasBom = bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b);
  if (new TextDecoder('utf-8').decode(hasBom ? bytes.subarray(3) : bytes) !== before) {
    throw new UserError(`${path} changed while it was being fixed; nothing written to it`);
  }
  const mode = (await stat(full)).mode & 0o777;
  // A random temp name created exclusively (never through a link planted at a guessable name),
  // fsync'd, renamed: a full disk or an immutable file is one line, exit 2, and no temp file.
  await writeFileAtomic(full, (hasBom ? '\uFEFF' : '') + after, { mode });
}
