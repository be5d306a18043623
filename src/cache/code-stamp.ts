/**
 * A stamp of the running code, part of every cache key (with KaTeX's version): the files of the
 * folder above the calling module (lib/ for the CLI bundle, src/ from a checkout), by path, size
 * and modification time. Any change to the code, released or not, starts a fresh cache.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function codeStamp(moduleUrl: string): string {
  const root = dirname(dirname(fileURLToPath(moduleUrl)));
  const h = createHash('sha1');
  const walk = (dir: string, depth: number): void => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch {
      return;
    }
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory() && depth < 3 && e.name !== 'node_modules' && !e.name.startsWith('.')) walk(full, depth + 1);
      else if (e.isFile() && /\.(js|ts|json)$/.test(e.name)) {
        const s = statSync(full, { throwIfNoEntry: false });
        if (s) h.update(`${full}\u0000${s.size}\u0000${s.mtimeMs}\n`);
      }
    }
  };
  walk(root, 0);
  return h.digest('hex').slice(0, 16);
}
