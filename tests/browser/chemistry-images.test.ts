// Chemistry (mhchem) equations get an SVG too: KaTeX draws \ce and \pu on the page with its
// mhchem extension, MathJax's SVG with its own (and its font extension's arrows). Built from a
// small fixture (tests/fixtures/chemistry/reactions.md) and checked like the seed's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium, type Browser } from './chromium.js';
import { buildSite } from './global-setup.js';
import { serve, type Served } from './harness.js';
import { svgShapeProblems } from './svg-shape.js';

const SLUGS = ['water-formation', 'haber-process', 'enthalpy-of-formation', 'calcium-carbonate'];

let browser: Browser;
let site: Served;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-chemistry-'));
  buildSite(path.join(tmp, 'site'), 'tests/fixtures/chemistry/reactions.md');
  browser = await launchChromium();
  site = await serve(path.join(tmp, 'site'));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('chemistry images', () => {
  it('every \\ce and \\pu equation has an SVG of paths whose shape matches the KaTeX formula', async () => {
    const { problems, checked } = await svgShapeProblems(browser, site, SLUGS);
    expect(problems).toEqual([]);
    expect(checked).toBe(SLUGS.length);
    for (const slug of SLUGS) {
      const svg = readFileSync(path.join(tmp, 'site', 'equations', slug, 'equation.svg'), 'utf8');
      expect(svg, slug).toContain('<path');
      // Every glyph, the reaction arrows included, is a path: no text that needs a font.
      expect(svg, slug).not.toMatch(/<text|merror/);
    }
  }, 120_000);
});
