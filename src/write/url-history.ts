/** Writes formulary.urls.json after a successful build, only when it changed (atomic: src/disk-write.ts). */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../disk-write.js';
import { historyText, URLS_FILE, type UrlHistory } from '../site/url-history.js';

export async function writeUrlHistory(history: UrlHistory, cwd = process.cwd()): Promise<boolean> {
  const path = resolve(cwd, URLS_FILE);
  const text = historyText(history);
  const before = await readFile(path, 'utf8').catch(() => null);
  if (before === text) return false;
  await writeFileAtomic(path, text);
  return true;
}
