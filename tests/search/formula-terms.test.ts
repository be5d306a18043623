// The formula reader and its terms: notation variants and renamed variables give the same terms,
// typed plain text reads like TeX, and what a query must look like to be searched as a formula.
import { describe, expect, it } from 'vitest';
import { formulaPartTerms, formulaQueryTerms } from '../../src/search/formula/terms.js';
import { looksLikeFormula } from '../../src/search/formula/detect.js';
import { buildFormulaFiles, FormulaIndex, type FormulaShard } from '../../src/search/formula/term-index.js';

const terms = (tex: string): string[] => formulaPartTerms(tex).flat().sort();

describe('formula terms', () => {
  it.each([
    ['X^\\top X', 'X^T X', 'X^\\intercal X', 'Xᵀ X', 'A^{\\mathsf{T}} A'],
    ['\\log(x)', '\\ln(x)', 'ln(x)', 'log(x)', '\\operatorname{log}(x)'],
    ['\\exp(-z)', 'e^{-z}', 'exp(-z)', '\\mathrm{e}^{-z}'],
    ['\\text{softmax}(z)', '\\mathrm{softmax}(z)', '\\operatorname{softmax}(z)', 'softmax(z)'],
    ['a \\cdot b', 'a b', 'a * b', 'a \\times b', 'a·b'],
    ['\\left(a + b\\right)', '(a + b)', '\\big(a + b\\big)', '[a + b]', '\\Big[a+b\\Big]'],
    ['\\frac{a+b}{c}', '(a+b)/c', '\\dfrac{a+b}{c}'],
    ['\\frac{\\partial L}{\\partial z}', 'dL/dz', '\\frac{dL}{dz}'],
    ['\\sqrt{x^2 + y^2}', 'sqrt(x^2 + y^2)', '√(x^2 + y^2)'],
    ['\\hat{y} - y', 'yhat - y', 'ŷ - y', '\\widehat{y} - y'],
    ['\\theta \\leftarrow \\theta - g', 'theta = theta - g', 'θ := θ - g'],
    ['(A^{-1})', '(A^-1)', '(A^(-1))'],
    ['\\|x - y\\|^2', '||x - y||^2', '\\lVert x - y \\rVert^2'],
  ])('%s reads the same as its variants', (first, ...variants) => {
    for (const v of variants) expect(terms(v), v).toEqual(terms(first));
  });

  it('abstracts the variables: renamed letters and Greek give the same terms', () => {
    expect(terms('\\theta = (X^\\top X)^{-1} X^\\top y')).toEqual(terms('w = (A^T A)^{-1} A^T b'));
    expect(terms('\\sigma(z) = \\frac{1}{1 + e^{-z}}')).toEqual(terms('s(x) = 1/(1 + exp(-x))'));
  });

  it('keeps the structure: a power is not a subscript, a numerator is not a denominator', () => {
    expect(terms('x^2')).not.toEqual(terms('x_2'));
    expect(terms('\\frac{1}{x}')).not.toEqual(terms('\\frac{x}{1}'));
    expect(terms('(a - b)^2')).not.toEqual(terms('(a + b)^2'));
  });

  it('splits a formula into parts at aligned lines, \\quad and \\implies', () => {
    expect(formulaPartTerms('\\begin{aligned} m &\\leftarrow a + b, \\\\ v &\\leftarrow c^2 \\end{aligned}')).toHaveLength(2);
    expect(formulaPartTerms('y = a + b, \\quad z = c^2')).toHaveLength(2);
    expect(formulaPartTerms('y = \\sigma(w^\\top x + b) \\implies d = y')).toHaveLength(2);
    expect(formulaPartTerms('f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}')).toHaveLength(1);
  });

  it('reads floods and broken TeX without throwing, in bounded work', () => {
    for (const hostile of ['('.repeat(5000), '\\frac{'.repeat(2000), '||'.repeat(3000), '{'.repeat(10000) + 'x', '\\left'.repeat(3000), '^_^_'.repeat(2000), '\\begin{cases}'.repeat(500), '}'.repeat(500)]) {
      expect(() => formulaPartTerms(hostile)).not.toThrow();
      expect(() => formulaQueryTerms(hostile.slice(0, 400))).not.toThrow();
    }
  });
});

describe('what reads as a formula', () => {
  it.each(['(A^\\top A)^{-1} A^\\top b', 'sqrt(sum_i (a_i - b_i)^2)', '(X^T X)^-1 X^T y', 'dL/dz = p - y', '1/(1+exp(-x))', 'x - y', '1/n sum (y - yhat)^2', '\\sigma(z)', '\\det \\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}'])('%s is a formula query', (q) => {
    expect(formulaQueryTerms(q), q).not.toBeNull();
  });

  // Issue 5's word and symbol queries (tests/search/ranking.test.ts) stay word queries, so their results are the word search's.
  it.each([
    'adam', 'Adam Optimizer', 'softmax', 'soft', 'softmx', 'sigmod', 'perplexity', 'cosine similarity', 'batch norm', 'crossentropy',
    'cross-entropy binary', 'bellman', 'jensen shannon', 'MSE', 'ReLU', 'KL', 'GRU', 'NAG', 'PPL', 'SVD', 'RBF', 'nll', 'learning rate', 'adm',
    'momentum hyperparameter', 'velocity', 'forget gate', 'discount factor', 'recurrent networks', '\\eta', 'eta', 'η', '\\hat{y}', 'ŷ', 'y hat',
    '\\nabla', '∇', '\\odot', '\\beta_1 \\beta_2 \\epsilon', '\\lambda regularization', '\\rho decay', '\\gamma discount',
    'cross-entropy', 'Leaky ReLU (slope)', 'W_{hh}', '\\frac', 'x', 'Stride/Padding', 'w.r.t. logits',
  ])('%s is not', (q) => {
    expect(formulaQueryTerms(q), q).toBeNull();
  });

  it('needs TeX or an operator', () => {
    expect(looksLikeFormula('attention score')).toBe(false);
    expect(looksLikeFormula('a + b')).toBe(true);
  });
});

describe('the formula index', () => {
  it('ranks by shared structure and says which part matched', async () => {
    const built = buildFormulaFiles(['y = (a + b)^2', '\\begin{aligned} m &= \\beta m + g \\\\ \\hat{m} &= \\frac{m}{1 - \\beta^t} \\end{aligned}', 'z = \\sqrt{x}']);
    const files = new Map(built.files.map((f) => [f.name, JSON.parse(f.contents) as FormulaShard]));
    const index = new FormulaIndex(built.manifest, async (name) => files.get(name));
    const query = formulaQueryTerms('\\hat{v} = v / (1 - \\gamma^t)')!;
    await index.prepare(query);
    const [best] = index.rank(query);
    expect(best).toMatchObject({ id: 1, part: 2, parts: 2 });
    expect(best!.sim).toBeGreaterThan(0.9);
  });
});
