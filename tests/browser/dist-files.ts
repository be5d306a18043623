// Walks a built site folder.
import { readdirSync } from 'node:fs';
import path from 'node:path';

export function filesUnder(dir: string, ext?: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!ext || entry.name.endsWith(ext)) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}
