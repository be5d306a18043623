/**
 * The dialect a tool's project file says for a document (src/parse/dialect.ts): the first of
 * PROJECT_FILES found beside the document or in a folder above it, up to the working directory.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Dialect } from '../dialects.js';
import { PROJECT_FILES } from '../parse/dialect.js';

export function projectFileDialect(file: string, cwd: string, cache: Map<string, Dialect | null> = new Map()): Dialect | null {
  const root = path.resolve(cwd);
  let dir = path.dirname(path.resolve(cwd, file));
  const seen: string[] = [];
  let found: Dialect | null = null;
  for (;;) {
    const known = cache.get(dir);
    if (known !== undefined) {
      found = known;
      break;
    }
    seen.push(dir);
    const hit = PROJECT_FILES.find(([name]) => existsSync(path.join(dir, name)));
    if (hit) {
      found = hit[1];
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir || !(dir + path.sep).startsWith(root + path.sep)) break;
    dir = parent;
  }
  for (const d of seen) cache.set(d, found);
  return found;
}
