// The benchmark's distinct copies must stay real content: copy k of each seed equation is
// valid LaTeX (KaTeX compiles every math span), its LaTeX differs from the seed's and from
// other copies', and its where-list still names symbols of its equation (the checker finds
// no unused where-list symbol the seed did not already have).
import { readFileSync } from 'node:fs';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';
import { validateCollection } from '../../src/rules/validate.js';
// @ts-ignore -- plain JS modules of the benchmark (JSDoc-typed, outside the TS project; no .d.ts)
import { mathSpans, renameLatex, renameMath, renamingFor } from '../../scripts/bench/rename.js';
// @ts-ignore
import { splitSeed } from '../../scripts/bench/synth.js';

const seed = readFileSync(new URL('../../content/deep-learning-equations.md', import.meta.url), 'utf8');
const { equations } = splitSeed(seed) as { equations: Array<{ name: string; body: string }> };
/** Copies spread over the patterns: shifts, case flips, multipliers (10,000 equations use copies 0–99). */
const COPIES = [1, 13, 24, 25, 37, 50, 77, 99, 163, 999];

/** Copy k of the seed's equations as one collection (names made unique per copy). */
function copyMarkdown(k: number): string {
  const rename = renamingFor(k);
  return equations
    .map((eq, i) => `#### ${i + 1}. ${renameMath(eq.name, rename)} (variant ${k})\n${renameMath(eq.body, rename)}`)
    .join('\n\n---\n\n');
}

/** The equation LaTeX of a collection, by seed index. */
function equationLatex(markdown: string): string[] {
  return parseCollection({ path: 'copy.md', text: markdown }).collection.equations.map((eq) => eq.latex);
}

describe('letter renaming of the benchmark copies', () => {
  it('renames letters but never command names or \\text words', () => {
    const r = renamingFor(1)!;
    expect(renameLatex('\\frac{a}{b} + \\theta_x \\text{ReLU}(z) \\mathbb{R}^d', r)).toBe('\\frac{b}{c} + \\theta_y \\text{ReLU}(a) \\mathbb{R}^f');
    expect(renameLatex('\\begin{cases} x \\\\ y \\end{cases}', r)).toBe('\\begin{cases} y \\\\ z \\end{cases}');
    expect(renamingFor(0)).toBeNull();
  });

  it('finds every math span of a where-list item, inline \\(…\\) included', () => {
    const spans = mathSpans('- $y^{(i)}$ is the label for the \\(i\\)-th sample, costs \\$5') as Array<{ latex: string }>;
    expect(spans.map((s) => s.latex)).toEqual(['y^{(i)}', 'i']);
  });

  for (const k of COPIES) {
    it(`copy ${k}: every math span compiles, and the checker finds no new unused or undefined where-list symbol`, () => {
      const text = copyMarkdown(k);
      for (const span of mathSpans(text) as Array<{ latex: string; display: boolean }>) {
        expect(() => katex.renderToString(span.latex, { throwOnError: true, strict: 'ignore' }), span.latex).not.toThrow();
      }
      const { collection, diagnostics } = parseCollection({ path: 'copy.md', text });
      expect(collection.equations).toHaveLength(equations.length);
      const all = [...diagnostics, ...validateCollection(collection, text)];
      expect(all.filter((d) => d.severity === 'error')).toEqual([]);
      // The one exception is the seed's own: AUC writes \text{FPR} in the equation and $FPR$ in its
      // where-list; \text words are never renamed, so the renamed $FPR$ no longer matches.
      const unused = all.filter((d) => d.ruleId === 'unused-symbol').map((d) => collection.equations.find((eq) => eq.slug === d.equation)?.name);
      expect(unused.every((name) => name?.startsWith('AUC'))).toBe(true);
    });
  }

  it('gives every copy of an equation with two letters or more its own LaTeX', () => {
    // Plain-letter bijections give a one-letter formula (the sigmoid's z) only 50 versions
    // (25 letters × 2 cases), so its copies repeat from copy 50 on; any two distinct letters
    // tell every copy apart.
    const seedLatex = equationLatex(equations.map((eq, i) => `#### ${i + 1}. ${eq.name}\n${eq.body}`).join('\n\n'));
    const copies = COPIES.map((k) => equationLatex(copyMarkdown(k)));
    seedLatex.forEach((latex, i) => {
      const letters = new Set<string>();
      renameLatex(latex, (c: string) => (letters.add(c), c));
      letters.delete('e');
      letters.delete('E');
      const shown = letters.size === 1 ? COPIES.map((k, j) => (k < 50 ? copies[j]![i] : null)).filter((c) => c !== null) : copies.map((c) => c[i]);
      const versions = new Set([latex, ...shown]);
      expect(versions.size, `${equations[i]!.name}: ${latex}`).toBe(letters.size === 0 ? 1 : shown.length + 1);
    });
  });
});
