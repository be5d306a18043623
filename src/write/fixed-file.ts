/**
 * Writes a markdown file `check --fix` changed: atomically (temp file beside it, then rename), with
 * the file's UTF-8 BOM kept when it had one (the reader drops it from the text) and its mode kept.
 */
import { readFile, rename, stat, writeFile, chmod } from 'node:fs/promises';
import { resolve } from 'node:path';

const BOM = [0xef, 0xbb, 0xbf];

export async function writeFixedFile(path: string, text: string, cwd = process.cwd()): Promise<void> {
  const full = resolve(cwd, path);
  const before = await readFile(full);
  const hasBom = before.length >= 3 && BOM.every((b, i) => before[i] === b);
  const mode = (await stat(full)).mode & 0o777;
  const tmp = `${full}.formulary-fix-${process.pid}`;
  await writeFile(tmp, (hasBom ? '\uFEFF' : '') + text);
  await chmod(tmp, mode);
  await rename(tmp, full);
}
