import { describe, expect, it } from 'vitest';
import { equationSymbols, matchVariables } from '../../src/latex/symbols.js';
import { eq } from './helpers.js';

const keys = (latex: string) => equationSymbols(latex).map((s) => s.latex);

describe('equationSymbols: what a symbol is', () => {
  it('keeps accents, scripts and primes with the symbol, with exact source ranges', () => {
    const latex = "\\hat{y}^{(i)} + y^{(i)} + W_{hh} + \\beta_1 + s' + \\mathbf{m}";
    const found = equationSymbols(latex);
    expect(found.map((s) => s.latex)).toEqual(['\\hat{y}^{(i)}', 'y^{(i)}', 'W_{hh}', '\\beta_1', "s'", '\\mathbf{m}']);
    for (const s of found) expect(latex.slice(s.start, s.end)).toBe(s.latex);
  });

  it('gives the same key to differently braced spellings, and different keys to different symbols', () => {
    const [a, b, c, d] = equationSymbols('y_{c}^{(i)} + y_c^{(i)} + {y} + y');
    expect(a?.key).toBe(b?.key);
    expect(c?.key).toBe(d?.key);
    expect(a?.key).not.toBe(d?.key);
    const [x, xt] = equationSymbols('x + x_t');
    expect(x?.key).not.toBe(xt?.key);
  });

  it('leaves out numbers, operators, operator names, words and constants', () => {
    expect(keys('\\log(2) + \\exp(3) + \\max(0, 1) + \\tanh(4) + \\text{ReLU} + e^{2} + \\pi')).toEqual([]);
  });

  it('treats the exponent of e as ordinary content', () => {
    expect(keys('\\frac{1}{1 + e^{-z}}')).toEqual(['z']);
  });

  it('leaves out bound indices of sums, products, max and expectations', () => {
    expect(keys('\\sum_{i=1}^{N} x_i')).toEqual(['N', 'x_i']);
    expect(keys('\\prod_{j} a_j')).toEqual(['a_j']);
    expect(keys("\\max_{a'} Q(s', a')")).toEqual(['Q', "s'"]);
    expect(keys('\\max_{(p,q)\\in \\mathcal{R}} I(p,q)')).toEqual(['\\mathcal{R}', 'I']);
    expect(keys('\\mathbb{E}_{x \\sim p(x)}[f(x)]')).toEqual(['p', 'f']);
  });

  it('treats d as a differential in dx and d/dx, and the integration variable as bound', () => {
    expect(keys('\\int_{-\\infty}^{\\infty} p(x)\\, dx')).toEqual(['p']);
    expect(keys('\\frac{d}{dz} f(z)')).toEqual(['z', 'f', 'z']);
    expect(keys('ad - bc')).toEqual(['a', 'd', 'b', 'c']);
  });

  it('does not count nabla or partial as symbols, but what they apply to', () => {
    const found = keys('\\nabla_\\theta L + \\frac{\\partial L}{\\partial w} + w^\\top x');
    expect(found).toEqual(['\\theta', 'L', 'L', 'w', 'w^\\top', 'x']);
  });

  it('returns nothing for LaTeX KaTeX cannot parse', () => {
    expect(equationSymbols('\\frac{a')).toEqual([]);
  });
});

describe('matchVariables', () => {
  const occurring = (e: ReturnType<typeof eq>) =>
    matchVariables(e, []).matches.map((m) => e.variables[m.variableIndex]?.symbols[m.symbolIndex]);

  it('tells \\hat{y}^{(i)} from y^{(i)}, W_{hh} from W, \\beta_1 from \\beta, x_t from x, f\' from f', () => {
    const e = eq("\\hat{y}^{(i)} + W_{hh} + \\beta_1 + x_t + f'(z)", ['y^{(i)}', 'W', '\\beta', 'x', 'f', 'z']);
    const r = matchVariables(e, []);
    expect(r.matches.map((m) => m.variableIndex)).toEqual([5]);
    expect(r.unused.map((u) => u.variableIndex)).toEqual([0, 1, 2, 3, 4]);
  });

  it('matches a bare base under a transpose, power, inverse or (l) index', () => {
    const e = eq('w^\\top X^{-1} \\sigma^2 h^{(l)}', ['w', 'X', '\\sigma', 'h']);
    expect(matchVariables(e, []).unused).toEqual([]);
  });

  it('matches offsets and other index letters of an indexed symbol, not other names', () => {
    const e = eq('h_{t-1} + e_{t,k} + \\hat{y}_k + W_{xh}', ['h_t', 'e_{t,s}', '\\hat{y}_j', 'W_{hh}']);
    expect(occurring(e)).toEqual(['h_t', 'e_{t,s}', '\\hat{y}_j']);
  });

  it('matches whole-expression definitions as runs of siblings, with exact ranges', () => {
    const latex = '\\theta - \\eta \\nabla_\\theta L(\\theta) + E[g^2] + \\|x\\| + x \\cdot y';
    const e = eq(latex, ['\\nabla_\\theta L(\\theta)', 'E[g^2]', '\\|x\\|', 'x \\cdot y', '\\sigma(z)']);
    const r = matchVariables(e, []);
    const texts = r.matches.map((m) => m.ranges.map(([s, t]) => latex.slice(s, t)));
    expect(texts).toEqual([['\\nabla_\\theta L(\\theta)'], ['E[g^2]'], ['\\|x\\|'], ['x \\cdot y']]);
    expect(r.unused).toEqual([{ variableIndex: 4, symbolIndex: 0 }]);
  });

  it('reads \\cdot in f(\\cdot), \\max(0,\\cdot) and \\|\\cdot\\| as a placeholder', () => {
    const latex = 'f\\big(W x\\big) + \\max(0, x) + \\|F(G(x)) - x\\|';
    const e = eq(latex, ['f(\\cdot)', '\\max(0,\\cdot)', '\\|\\cdot\\|']);
    const r = matchVariables(e, []);
    expect(r.unused).toEqual([]);
    const texts = r.matches.map((m) => m.ranges.map(([s, t]) => latex.slice(s, t)));
    expect(texts).toEqual([['f'], ['\\max(0, x)'], ['\\|F(G(x)) - x\\|']]);
  });

  it('matches a run of letters written as text (FPR ~ \\text{FPR}^{-1})', () => {
    const e = eq('TPR(\\text{FPR}^{-1}(x))', ['TPR', 'FPR', 'x']);
    expect(matchVariables(e, []).unused).toEqual([]);
  });

  it('reports each undefined symbol once, at its first occurrence', () => {
    const latex = 'y = \\sigma(W x + b) + W';
    const r = matchVariables(eq(latex, ['x', 'b']), []);
    expect(r.undefinedUses.map((u) => [u.latex, u.start])).toEqual([
      ['\\sigma', 4],
      ['W', 11],
    ]);
  });

  it('does not report the left-hand side the equation itself defines', () => {
    const r = matchVariables(eq('L_{\\text{MSE}} = \\frac{1}{N} \\sum_i e_i^2', ['N', 'e_i']), []);
    expect(r.undefinedUses).toEqual([]);
    const f = matchVariables(eq('\\sigma(z) = \\frac{1}{1 + e^{-z}}', ['z']), []);
    expect(f.undefinedUses).toEqual([]);
  });

  it('counts symbols written in the where-list math (arguments, descriptions) as introduced', () => {
    const withArg = eq("\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))", ['\\sigma(z)']);
    expect(matchVariables(withArg, []).undefinedUses).toEqual([]);
    const described = eq('\\frac{\\partial L}{\\partial x_i}', [{ symbols: ['L'], description: 'depends on $x_i$' }], {
      inlineMath: [{ latex: 'x_i', map: { pieces: [] } }],
    });
    expect(matchVariables(described, []).undefinedUses).toEqual([]);
  });

  it('accepts the components x_i of a defined vector x, but not a differently named symbol', () => {
    const r = matchVariables(eq('\\sum_{i=1}^{d} x_i y_i + z_t', ['x', 'y', 'd', 'z']), []);
    expect(r.undefinedUses).toEqual([]);
    const s = matchVariables(eq('W_{xh} x', ['x']), []);
    expect(s.undefinedUses.map((u) => u.latex)).toEqual(['W_{xh}']);
  });

  it('resolves symbols from earlier equations when an item is inherited', () => {
    const first = eq('z = w_i x_i + b + c', ['w_i', 'x_i', 'b', 'c']);
    const second = eq('\\hat{y} = f(w_i x_i + b + c)', [
      'f(\\cdot)',
      { symbols: ['w_i', 'x_i', 'b'], inherited: true, description: 'are defined as above' },
    ]);
    expect(matchVariables(second, []).undefinedUses.map((u) => u.latex)).toEqual(['c']);
    expect(matchVariables(second, [first]).undefinedUses).toEqual([]);
  });
});
