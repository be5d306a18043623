import { describe, expect, it } from 'vitest';
import { linkLatex } from '../../src/symbols/link.js';
import { eq, normalisedRender, renderedVars, seed, seedEquation } from './helpers.js';

/** Removes every `\\htmlData{var=N}{…}` wrapper, keeping what it encloses. */
function unlink(latex: string): string {
  let out = latex;
  for (let i = out.indexOf('\\htmlData{var='); i >= 0; i = out.indexOf('\\htmlData{var=')) {
    const open = out.indexOf('}{', i) + 2;
    let depth = 1;
    let j = open;
    for (; j < out.length && depth > 0; j++) {
      if (out[j] === '{' && out[j - 1] !== '\\') depth++;
      else if (out[j] === '}' && out[j - 1] !== '\\') depth--;
    }
    out = out.slice(0, i) + out.slice(open, j - 1) + out.slice(j);
  }
  return out;
}

/** The LaTeX each wrapper of item `n` encloses (inner wrappers removed), in order. */
function wrapped(latex: string, n: number): string[] {
  const out: string[] = [];
  const open = `\\htmlData{var=${n}}{`;
  for (let i = latex.indexOf(open); i >= 0; i = latex.indexOf(open, i + 1)) {
    let depth = 1;
    let j = i + open.length;
    for (; j < latex.length && depth > 0; j++) {
      if (latex[j] === '{' && latex[j - 1] !== '\\') depth++;
      else if (latex[j] === '}' && latex[j - 1] !== '\\') depth--;
    }
    out.push(unlink(latex.slice(i + open.length, j - 1)));
  }
  return out;
}

function expectSameRendering(original: string, linked: string): void {
  expect(normalisedRender(linked, 'html')).toBe(normalisedRender(original, 'html'));
  expect(normalisedRender(linked, 'mathml')).toBe(normalisedRender(original, 'mathml'));
}

describe('linkLatex on hand-written cases', () => {
  it('links \\hat{y}^{(i)} and y^{(i)} to their own items', () => {
    const e = eq('(y^{(i)} - \\hat{y}^{(i)})^2', ['y^{(i)}', '\\hat{y}^{(i)}']);
    const r = linkLatex(e, []);
    expect(wrapped(r.latex, 0)).toEqual(['y^{(i)}']);
    expect(wrapped(r.latex, 1)).toEqual(['\\hat{y}^{(i)}']);
    expectSameRendering(e.latex, r.latex);
  });

  it('does not link W to W_{hh}, \\beta to \\beta_1 or x to x_t', () => {
    const e = eq('W_{hh} h + W x_t + \\beta_1 \\beta + x', ['W', '\\beta', 'x', 'W_{hh}']);
    const r = linkLatex(e, []);
    expect(wrapped(r.latex, 0)).toEqual(['W']);
    expect(wrapped(r.latex, 1)).toEqual(['\\beta']);
    expect(wrapped(r.latex, 2)).toEqual(['x']);
    expect(wrapped(r.latex, 3)).toEqual(['W_{hh}']);
    expectSameRendering(e.latex, r.latex);
  });

  it("keeps primes with their symbol: s' and a' are not s and a", () => {
    const e = eq("Q(s,a) + \\gamma \\max_{a'} Q(s', a')", ["s'", "a'", '\\gamma']);
    const r = linkLatex(e, []);
    expect(wrapped(r.latex, 0)).toEqual(["s'"]);
    expect(wrapped(r.latex, 1)).toEqual(["a'", "a'"]);
    expectSameRendering(e.latex, r.latex);
  });

  it('wraps bare scripts in braces and nests wrappers: \\beta_1^t links both \\beta_1 and t', () => {
    const e = eq('\\frac{m}{1 - \\beta_1^t}', ['m', '\\beta_1', 't']);
    const r = linkLatex(e, []);
    expect(r.latex).toBe('\\frac{\\htmlData{var=0}{m}}{1 - \\htmlData{var=1}{\\beta_1^{\\htmlData{var=2}{t}}}}');
    expectSameRendering(e.latex, r.latex);
  });

  it('wraps whole-expression definitions and their inner symbols', () => {
    const e = eq('\\theta \\leftarrow \\theta - \\eta \\,\\nabla_\\theta L(\\theta)', [
      '\\theta',
      '\\eta',
      'L(\\theta)',
      '\\nabla_\\theta L(\\theta)',
    ]);
    const r = linkLatex(e, []);
    expect(wrapped(r.latex, 3)).toEqual(['\\nabla_{\\theta} L(\\theta)']);
    expect(wrapped(r.latex, 2)).toEqual(['L(\\theta)']);
    expect(renderedVars(r.latex).filter((v) => v === '0')).toHaveLength(4);
    expectSameRendering(e.latex, r.latex);
  });

  it('keeps spacing around wrapped operators and relations (\\odot)', () => {
    const e = eq('\\tilde{h}^{(l)} = \\mathbf{m}^{(l)} \\odot h^{(l)}', ['h^{(l)}', '\\mathbf{m}^{(l)}', '\\odot']);
    const r = linkLatex(e, []);
    expect(r.linked).toEqual([0, 1, 2]);
    expectSameRendering(e.latex, r.latex);
  });

  it('links a multi-letter name as a whole, and its letters inside it only when each is defined too', () => {
    const gdp = eq('GDP = C + I + G', ['GDP', 'C', 'I', 'G']);
    const r = linkLatex(gdp, []);
    expect(r.latex).toBe('\\htmlData{var=0}{GDP} = \\htmlData{var=1}{C} + \\htmlData{var=2}{I} + \\htmlData{var=3}{G}');
    expectSameRendering(gdp.latex, r.latex);
    const energy = eq('E = mc^2', ['E', 'mc^2', 'm', 'c']);
    const e = linkLatex(energy, []);
    expect(wrapped(e.latex, 1)).toEqual(['mc^2']);
    expect(wrapped(e.latex, 2)).toEqual(['m']);
    expect(wrapped(e.latex, 3)).toEqual(['c^2']);
    expectSameRendering(energy.latex, e.latex);
  });

  it('reports coverage and leaves the LaTeX alone when nothing occurs', () => {
    const e = eq('a + b', ['c', ['a', 'd']]);
    const r = linkLatex(e, []);
    expect(r.coverage).toEqual({ defined: 3, occurring: 1, linked: 1 });
    expect(r.linked).toEqual([1]);
    const none = linkLatex(eq('a + b', ['c']), []);
    expect(none.latex).toBe('a + b');
    expect(none.linked).toEqual([]);
  });

  it('returns unparsable LaTeX unchanged', () => {
    const r = linkLatex(eq('\\frac{x', ['x']), []);
    expect(r.latex).toBe('\\frac{x');
    expect(r.linked).toEqual([]);
  });
});

describe('linkLatex on the seed', () => {
  it('links every symbol of Adam (eq. 17), \\hat{m} not being m', () => {
    const { eq: adam, earlier } = seedEquation(17);
    const r = linkLatex(adam, earlier);
    const symbols = adam.variables.flatMap((v) => v.symbols);
    expect(symbols).toEqual(['m', 'v', '\\beta_1', '\\beta_2', '\\eta', 't', '\\epsilon']);
    expect(r.coverage).toEqual({ defined: 7, occurring: 7, linked: 7 });
    expect(wrapped(r.latex, 0)).toEqual(['m', 'm', 'm']);
    expect(wrapped(r.latex, 4)).toEqual(['t', 't']);
    expect(r.latex).toContain('\\hat{m} &\\leftarrow');
    expect(r.latex).toContain('\\htmlData{var=2}{\\beta_1^{\\htmlData{var=4}{t}}}');
  });

  it('renders every seed equation the same as without links, and links ≥ 95% of occurring symbols', () => {
    const { equations } = seed();
    expect(equations).toHaveLength(100);
    let occurring = 0;
    let linked = 0;
    equations.forEach((e, i) => {
      const r = linkLatex(e, equations.slice(0, i));
      occurring += r.coverage.occurring;
      linked += r.coverage.linked;
      expect(normalisedRender(r.latex, 'html'), `equation ${e.number}`).toBe(normalisedRender(e.latex, 'html'));
      expect(normalisedRender(r.latex, 'mathml'), `equation ${e.number}`).toBe(normalisedRender(e.latex, 'mathml'));
    });
    expect(linked / occurring).toBeGreaterThanOrEqual(0.95);
  });
});

describe('a formula whose linked form would pass the formula limit', () => {
  // Each row `a &= b \\` is 10 characters and 46 linked: 434 rows link within 20,000 characters, 435 do not.
  const rows = (n: number) => eq(`\\begin{align}\n${'a &= b \\\\\n'.repeat(n)}\\end{align}`, ['a', 'b']);

  it('links every symbol up to the limit (434 rows: 19,989 characters linked)', () => {
    const r = linkLatex(rows(434), []);
    expect(r.latex.length).toBe(19_989);
    expect(r.linked).toEqual([0, 1]);
    expect(unlink(r.latex)).toBe(rows(434).latex);
  });

  it('is shown unlinked one row past it (435 rows), none counted as linked', () => {
    const r = linkLatex(rows(435), []);
    expect(r.latex).toBe(rows(435).latex);
    expect(r.linked).toEqual([]);
    expect(r.coverage.linked).toBe(0);
  });
});
