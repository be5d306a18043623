// formulary.urls.json is read back into folder names and pages: its slugs are bounded in bytes
// (what the disk counts), and the URLs one collection's history makes answer are bounded too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_HISTORY_URLS, readHistory } from '../../src/site/url-history.js';
import { cli, tempProject } from './helpers.js';

const FILE = 'content/mechanics.md';
const entry = (slug: string, extra: Record<string, unknown> = {}) => ({ slug, number: 1, latex: 'k', name: 'x', ...extra });

describe('URL history limits', () => {
  it('counts a slug in bytes: 200 ASCII characters pass, 200 × "€" (600 bytes) is refused with a clear line', () => {
    expect(typeof readHistory({ version: 1, collections: { [FILE]: [entry('a'.repeat(200))] } })).toBe('object');
    expect(readHistory({ version: 1, collections: { [FILE]: [entry('€'.repeat(200))] } })).toBe(
      `"${FILE}": slug "${'€'.repeat(24)}…" is 600 bytes, more than 200 (a slug is a folder name)`,
    );
    expect(readHistory({ version: 1, collections: { [FILE]: [entry('é'.repeat(101))] } })).toMatch(/is 202 bytes, more than 200/);
  });

  it('bounds the URLs of one collection: slugs, earlier slugs and removed equations together', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => entry(`removed-${i}`, { removed: true }));
    expect(typeof readHistory({ version: 1, collections: { [FILE]: many(MAX_HISTORY_URLS) } })).toBe('object');
    expect(readHistory({ version: 1, collections: { [FILE]: many(MAX_HISTORY_URLS + 7) } })).toBe(
      `"${FILE}" has 20,007 URLs (slugs, earlier slugs and removed equations), more than 20,000: delete entries of removed equations whose URLs need not answer any more`,
    );
    const withPrevious = [...many(MAX_HISTORY_URLS - 1).slice(1), entry('now', { previous: ['was-1', 'was-2'] })];
    expect(readHistory({ version: 1, collections: { [FILE]: withPrevious } })).toMatch(/has 20,001 URLs/);
  });
});

describe('formulary build with a bad URL history', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempProject('formulary-urls-limits-');
    expect(cli(dir, 'init').status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a 600-byte slug is one line and exit 2 (not ENAMETOOLONG, exit 70), and nothing is built', () => {
    writeFileSync(path.join(dir, 'formulary.urls.json'), JSON.stringify({ version: 1, collections: { [FILE]: [entry('€'.repeat(200), { removed: true })] } }));
    const r = cli(dir, 'build');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^formulary build: formulary\.urls\.json: "content\/mechanics\.md": slug "€+…" is 600 bytes, more than 200 \(a slug is a folder name\) \(fix it, or delete it to start a new one\)\n$/);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
  });

  it('20,007 removed entries are one line and exit 2, not 20,007 pages', () => {
    const list = Array.from({ length: 20_007 }, (_, i) => entry(`removed-${i}`, { removed: true }));
    writeFileSync(path.join(dir, 'formulary.urls.json'), JSON.stringify({ version: 1, collections: { [FILE]: list } }));
    const r = cli(dir, 'build');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('has 20,007 URLs');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(path.join(dir, 'formulary.urls.json'), 'utf8')).toContain('removed-20006');
  });
});
