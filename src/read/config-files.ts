/**
 * Reads a file the config names (`logo`, `css`): only a regular file inside the project root,
 * after every symlink is followed, of at most MAX_CONFIG_FILE_BYTES. Anything else is a one-line
 * config error naming the key (exit 2), so a config cannot publish a file from elsewhere on the
 * machine (`../secret`, `/etc/passwd`, a link to `/proc/self/environ`) into the site.
 */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { CONFIG_FILE } from '../config/load.js';

/** 2 MiB: a logo or stylesheet far larger than any real one. */
export const MAX_CONFIG_FILE_BYTES = 2 * 1024 * 1024;

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

export async function readConfigFile(key: string, file: string, root: string): Promise<Uint8Array> {
  const fail = (why: string): never => {
    throw new UserError(`${CONFIG_FILE}: "${key}": ${JSON.stringify(file).slice(1, -1)} ${why}`);
  };
  if (file.includes('\0')) fail('contains a NUL byte');
  const realRoot = await realpath(root).catch(() => resolve(root));
  const given = resolve(root, file);
  if (!inside(resolve(root), given) && !inside(realRoot, given)) fail('is outside the project (only files inside the project folder may be published)');
  let real: string;
  try {
    real = await realpath(given);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return fail(code === 'ELOOP' ? 'is a symlink loop' : 'does not exist');
  }
  if (!inside(realRoot, real)) fail('is a symlink to a file outside the project (only files inside the project folder may be published)');
  // Opened once, then checked through the descriptor: what is read is what was checked
  // (non-blocking, so a FIFO cannot hang the build before it is refused).
  const fh = await open(real, constants.O_RDONLY | constants.O_NONBLOCK).catch((err: NodeJS.ErrnoException) => fail(`cannot be read: ${err.code ?? err.message}`));
  try {
    const info = await fh.stat();
    if (!info.isFile()) fail('is not a regular file');
    if (info.size > MAX_CONFIG_FILE_BYTES) fail('is over 2 MiB');
    // The size a file reports is not trusted (files of /proc report 0): at most the bound plus one byte is read.
    const buf = Buffer.alloc(MAX_CONFIG_FILE_BYTES + 1);
    let n = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n > MAX_CONFIG_FILE_BYTES) fail('is over 2 MiB');
    }
    return new Uint8Array(buf.subarray(0, n));
  } finally {
    await fh.close();
  }
}
