/**
 * The check of a display formula parses it and does not typeset it (issue 28: its page shows the
 * linked form, typeset from other LaTeX, so the plain HTML went unread). What `check` reports must
 * not change: for each formula below the verdict (error and its offset, trust refusals, strict
 * warnings) is what typesetting it reports. A formula nested too deeply for KaTeX's layout parses
 * fine but overflows the stack when laid out: it is still typeset, and still one error. A formula
 * the symbol analysis parsed first (as a build does, src/symbols/tree.ts) is not parsed again: the
 * check takes the verdict of that parse, which must be the same.
 */
import { describe, expect, it } from 'vitest';
import { compileLatex, urlCommands } from '../../src/katex/compile.js';
import { isTypeset, typesetNow } from '../../src/katex/render.js';
import { parseMath } from '../../src/symbols/tree.js';

const FORMULAS: Record<string, string> = {
  'a plain formula': 'E = mc^2',
  'a matrix and a fraction': '\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix} = \\frac{1}{2}',
  'an unclosed brace (error at the end)': '\\frac{a}{b',
  'an unknown command': 'x = \\foo{y}',
  'a refused link (trust)': '\\href{https://example.com}{x} + y',
  'a refused class': '\\htmlClass{big}{x}',
  'a strict warning (unicode text in math)': 'x = é',
  'chemistry (mhchem)': '\\ce{2H2 + O2 -> 2H2O}',
  'a line break in display math': 'a \\\\ b',
  'a tag': 'x = 1 \\tag{3}',
  'a macro that calls itself': '\\def\\a{\\a\\a}\\a',
  'superscripts 1,000 deep (laid out: too deep)': `x${'^{'.repeat(1000)}y${'}'.repeat(1000)}`,
};

/** What the check reported when it typeset every display formula (compile.ts before issue 28's third step). */
function typesetVerdict(latex: string): object {
  const t = typesetNow(latex, { display: true });
  const refusals: Array<{ command: string; detail: string; offset?: number }> = [...t.refusals];
  for (const found of urlCommands(latex)) if (!refusals.some((r) => r.command === found.command)) refusals.push({ command: found.command, detail: 'refused', offset: found.offset });
  return { error: t.error, refusals, strict: t.strict };
}

describe('the check of a display formula', () => {
  for (const [what, latex] of Object.entries(FORMULAS)) {
    it(`reports what typesetting reports: ${what}`, () => {
      expect(compileLatex(latex, true)).toEqual(typesetVerdict(latex));
    });
    it(`reports what typesetting reports after the symbol analysis parsed it: ${what}`, () => {
      // Another string (a trailing space), so the verdict above is not simply remembered.
      const spaced = `${latex} `;
      parseMath(spaced);
      expect(compileLatex(spaced, true)).toEqual(typesetVerdict(spaced));
    });
  }

  it('parses a formula without typesetting it, and typesets one nested past what layout survives', () => {
    const plain = '\\sum_{i=1}^{n} x_i^2 = \\lVert x \\rVert^2';
    expect(compileLatex(plain, true).error).toBeNull();
    expect(isTypeset(plain, { display: true })).toBe(false);
    const deep = `x${'^{'.repeat(1000)}y${'}'.repeat(1000)}`;
    expect(compileLatex(deep, true).error?.message).toMatch(/nests groups too deeply/);
    expect(isTypeset(deep, { display: true })).toBe(true);
  });
});
