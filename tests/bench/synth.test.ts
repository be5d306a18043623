// The benchmark's synthetic collections must be reproducible: same seed + N → same bytes,
// N equations numbered 1..N with unique names, the intro kept once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-ignore -- plain JS module of the benchmark (JSDoc-typed, outside the TS project; no .d.ts)
import { changeOneEquation, synthesize } from '../../scripts/bench/synth.js';

const seed = readFileSync(new URL('../../content/deep-learning-equations.md', import.meta.url), 'utf8');

/** `#### N. Name` headings of a synthesized file. */
function headings(text: string): Array<{ number: number; name: string }> {
  return [...text.matchAll(/^#### (\d+)\. (.*)$/gm)].map((m) => ({ number: Number(m[1]), name: m[2]! }));
}

describe('synthesize', () => {
  for (const n of [1, 100, 250, 1000]) {
    it(`gives ${n} equations numbered 1..${n} with unique names`, () => {
      const hs = headings(synthesize(seed, n));
      expect(hs).toHaveLength(n);
      expect(hs.map((h) => h.number)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(new Set(hs.map((h) => h.name)).size).toBe(n);
    });
  }

  it('is byte-identical across runs', () => {
    expect(synthesize(seed, 1000)).toBe(synthesize(seed, 1000));
    expect(synthesize(seed, 1000, { sharedLatex: true })).toBe(synthesize(seed, 1000, { sharedLatex: true }));
  });

  it('names copy k of an equation "(variant k)" and keeps the intro once', () => {
    const text = synthesize(seed, 1000);
    const hs = headings(text);
    expect(hs[16]!.name).toBe('Adam Optimizer');
    expect(hs[116]!.name).toBe('Adam Optimizer (variant 1)');
    expect(hs[916]!.name).toBe('Adam Optimizer (variant 9)');
    expect(text.split('# 100 Common Equations in Deep Learning').length).toBe(2);
    expect(text.startsWith('# Generating Commonly Used Deep Learning Equations')).toBe(true);
  });

  it('at the seed size reproduces the seed up to blank lines', () => {
    const squash = (s: string) => s.replace(/\n{2,}/g, '\n').trim();
    expect(squash(synthesize(seed, 100))).toBe(squash(seed));
  });

  it('changes exactly one line for the one-equation-changed rebuild', () => {
    const text = synthesize(seed, 1000);
    const before = text.split('\n');
    const after = changeOneEquation(text, 508).split('\n');
    expect(after).toHaveLength(before.length);
    expect(before.filter((line: string, i: number) => line !== after[i])).toHaveLength(1);
  });
});
