/**
 * Writes a markdown file `check --fix` changed: atomically (a temp file beside it, then rename),
 * through a symlink to its target, with the file's UTF-8 BOM kept when it had one (the reader
 * drops it from the text) and its mode kept. A file that changed since it was read is left alone.
 */
import { chmod, readFile, realpath, rename, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';

const BOM = [0xef, 0xbb, 0xbf];

export async function writeFixedFile(path: string, before: string, after: string, cwd = process.cwd()): Promise<void> {
  const full = await realpath(resolve(cwd, path));
  const bytes = await readFile(full);
  const hasBom = bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b);
  if (new TextDecoder('utf-8').decode(hasBom ? bytes.subarray(3) : bytes) !== before) {
    throw new UserError(`${path} changed while it was being fixed; nothing written to it`);
  }
  const mode = (await stat(full)).mode & 0o777;
  const tmp = `${full}.formulary-fix-${process.pid}`;
  await writeFile(tmp, (hasBom ? '\uFEFF' : '') + after);
  await chmod(tmp, mode);
  await rename(tmp, full);
}
