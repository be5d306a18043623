// Each equation page offers an SVG of its formula and an Open Graph card. The SVG is checked in
// Chromium: it parses as XML, names the equation (<title>) and carries its LaTeX (<desc>), and its
// shape matches the KaTeX formula as the browser lays it out (aspect ratio within 10%).
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from './chromium.js';
import { withSeedSite, type Served } from './harness.js';
import { svgShapeProblems } from './svg-shape.js';

let browser: Browser;
let site: Served;
const root = inject('siteRoot');

/** Equation pages (not the number redirects). */
function equationSlugs(): string[] {
  return readdirSync(path.join(root, 'equations'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !/^\d+$/.test(d.name))
    .map((d) => d.name)
    .sort();
}

withSeedSite((b, s) => {
  browser = b;
  site = s;
});

function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('equation images', () => {
  it('every equation page links an SVG whose shape matches the KaTeX formula', async () => {
    const slugs = equationSlugs();
    expect(slugs.length).toBeGreaterThanOrEqual(100);
    const { problems, checked } = await svgShapeProblems(browser, site, slugs);
    expect(problems).toEqual([]);
    expect(checked).toBe(slugs.length);
  }, 240_000);

  it('every equation page has a 1200×630 PNG card as og:image, with alt text and a large Twitter card', () => {
    const problems: string[] = [];
    for (const slug of equationSlugs()) {
      const html = readFileSync(path.join(root, 'equations', slug, 'index.html'), 'utf8');
      const image = /<meta property="og:image" content="([^"]+)">/.exec(html)?.[1];
      if (image !== `https://example.org/equations/${slug}/card.png`) {
        problems.push(`${slug}: og:image ${image}`);
        continue;
      }
      if (!/<meta property="og:image:alt" content="[^"]+">/.test(html)) problems.push(`${slug}: no og:image:alt`);
      if (!html.includes('<meta name="twitter:card" content="summary_large_image">')) problems.push(`${slug}: twitter:card`);
      const file = path.join(root, 'equations', slug, 'card.png');
      const size = existsSync(file) ? pngSize(readFileSync(file)) : null;
      if (size?.width !== 1200 || size.height !== 630) problems.push(`${slug}: card ${JSON.stringify(size)}`);
    }
    expect(problems).toEqual([]);
  });
});
