// The default collection, as its author wrote it: the parser must read all 100 equations.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import katex from 'katex';
import { parseCollection } from '../../src/parse/parse.js';
import { safeKatexOptions } from '../../src/katex/options.js';

const SEED = path.resolve(__dirname, '../../content/deep-learning-equations.md');
const { collection } = parseCollection({ path: 'content/deep-learning-equations.md', text: readFileSync(SEED, 'utf8') });

describe('the seed collection', () => {
  it('has exactly 100 equations numbered 1 to 100', () => {
    expect(collection.equations.map((e) => e.number)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it('has names without their numbers and unique slugs', () => {
    for (const eq of collection.equations) expect(eq.name).not.toMatch(/^\d+\./);
    expect(new Set(collection.equations.map((e) => e.slug)).size).toBe(100);
    expect(collection.equations[16]).toMatchObject({ name: 'Adam Optimizer', slug: 'adam-optimizer' });
    expect(collection.equations[22]!.slug).toBe('coefficient-of-determination-r2');
  });

  it('gives every equation non-empty LaTeX that KaTeX compiles, and at least one variable', () => {
    for (const eq of collection.equations) {
      expect(eq.latex.trim(), eq.name).not.toBe('');
      expect(() => katex.renderToString(eq.latex, safeKatexOptions({ displayMode: true }))).not.toThrow();
      expect(eq.variables.length, eq.name).toBeGreaterThan(0);
    }
  });

  it('reads equations 14-17, written in \\[...\\], as their aligned LaTeX', () => {
    for (const n of [14, 15, 16, 17]) {
      const eq = collection.equations[n - 1]!;
      expect(eq.display).toBe('bracket');
      expect(eq.latex).toMatch(/^\\begin\{aligned\}[\s\S]*\\end\{aligned\}$/);
    }
  });

  it('takes the title from the heading above the list, and keeps the prompt as the preamble', () => {
    expect(collection.title).toBe('100 Common Equations in Deep Learning');
    expect(collection.intro).toMatch(/^Below is a curated list/);
    expect(collection.preamble).toContain('!!! prompt');
    expect(collection.equations.some((e) => e.name === 'Slope and Intercept')).toBe(false);
  });

  it('turns \\(...\\) in where-lists into math, not the literal text "(i)"', () => {
    const mse = collection.equations[0]!;
    expect(mse.variables[1]!.description).toBe('the true label for the $i$-th sample');
  });
});
