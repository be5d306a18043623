// Every href and src in the built site resolves to a file in the site (anchors included),
// both at the root and under a sub-path; no reference leaves the site except declared external links.
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from './dist-files.js';

const REF = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function targetFile(dir: string, base: string, fromFile: string, url: string): string | null {
  const clean = url.split('#')[0]!.split('?')[0]!;
  let rel: string;
  if (clean === '') return fromFile;
  if (clean.startsWith('/')) {
    if (!clean.startsWith(base)) return null;
    rel = clean.slice(base.length);
  } else {
    rel = path.relative(dir, path.resolve(path.dirname(fromFile), decodeURIComponent(clean)));
  }
  let full = path.join(dir, decodeURIComponent(rel));
  if (existsSync(full) && statSync(full).isDirectory()) full = path.join(full, 'index.html');
  return full;
}

describe.each([['siteRoot', '/'], ['siteSub', '/sub/']] as const)('links in %s', (which, base) => {
  const dir = inject(which);
  const pages = filesUnder(dir, '.html');
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string): Set<string> => {
    if (!idsOf.has(file)) idsOf.set(file, new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1]!)));
    return idsOf.get(file)!;
  };

  it('every internal href/src resolves to a file, and every #anchor to an id', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(REF)) {
        const url = m[1]!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:)/.test(url)) continue;
        expect(url, `${file}: ${url}`).not.toMatch(/^(javascript|data|vbscript):/i);
        const target = targetFile(dir, base, file, url);
        if (!target || !existsSync(target)) {
          broken.push(`${path.relative(dir, file)} → ${url}`);
          continue;
        }
        const hash = url.split('#')[1];
        if (hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(hash))) broken.push(`${path.relative(dir, file)} → ${url} (no such id)`);
      }
    }
    expect(broken.slice(0, 20)).toEqual([]);
  });

  it('every root-relative URL carries the base', () => {
    for (const file of pages) {
      for (const m of readFileSync(file, 'utf8').matchAll(REF)) {
        const url = m[1]!;
        if (url.startsWith('/') && !url.startsWith('//')) expect(url.startsWith(base), `${file}: ${url}`).toBe(true);
      }
    }
  });

  it('absolute URLs to other hosts are only the configured site URL and declared external links', () => {
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/\s(?:src)="(https?:[^"]*)"/g)) expect.fail(`${file} loads ${m[1]} from another host`);
      for (const m of html.matchAll(/url\((https?:[^)]*)\)/g)) expect.fail(`${file} loads ${m[1]}`);
    }
  });
});
