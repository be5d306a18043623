import { describe, expect, it } from 'vitest';
import { equationSymbols, matchVariables } from '../../src/symbols/analysis.js';
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
    // None of W_{hh}, \beta_1, x_t, f' is linked to W, \beta, x, f; but those are not unused either:
    // the formula writes their instances (only y^{(i)}, whose hatted form is another symbol, is).
    expect(r.unused.map((u) => u.variableIndex)).toEqual([0]);
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

describe('matchVariables on real-world notation', () => {
  const undef = (latex: string, items: string[]) => matchVariables(eq(latex, items), []).undefinedUses.map((u) => u.latex);
  const unused = (latex: string, items: string[]) =>
    matchVariables(eq(latex, items), []).unused.map((u) => items[u.variableIndex]);
  const ranges = (latex: string, items: string[]) =>
    matchVariables(eq(latex, items), []).matches.map((m) => m.ranges.map(([s, t]) => latex.slice(s, t)));

  it('reads a defined multi-letter name as one symbol, in italics, \\text or \\mathrm', () => {
    expect(ranges('GDP = C + G + NX', ['GDP', 'C', 'G', 'NX'])).toEqual([['GDP'], ['C'], ['G'], ['NX']]);
    expect(ranges('\\mathrm{SNR} + SNR + \\text{SNR}^2', ['SNR'])).toEqual([['\\mathrm{SNR}', 'SNR', '\\text{SNR}^2']]);
    expect(ranges('\\frac{\\Delta x}{\\Delta t}', ['\\Delta x', '\\Delta t'])).toEqual([['\\Delta x'], ['\\Delta t']]);
    expect(ranges('\\frac{CF_t}{(1+r)^t}', ['CF_t', 'r'])).toEqual([['CF_t'], ['r']]);
    // The name no longer vouches for its letters.
    expect(undef('M + MPC = 1', ['MPC'])).toEqual(['M']);
  });

  it('keeps AB a product when A and B are defined separately', () => {
    expect(ranges('P = AB', ['P', 'A', 'B'])).toEqual([['P'], ['A'], ['B']]);
    expect(undef('C = AB', ['C', 'A'])).toEqual(['B']);
  });

  it('reads \\Delta before a symbol as "the change in", unless \\Delta is defined', () => {
    expect(undef('\\Delta U = Q - W', ['U', 'Q', 'W'])).toEqual([]);
    expect(undef('\\Delta = b^2 - 4ac', ['a', 'b', 'c'])).toEqual([]);
    expect(ranges('\\Delta U', ['\\Delta', 'U'])).toEqual([['\\Delta'], ['U']]);
  });

  it('does not take units for symbols', () => {
    expect(undef('v = 9.81\\,\\mathrm{m/s^2} \\cdot t', ['v', 't'])).toEqual([]);
    expect(undef('I = m r^2 \\quad [\\mathrm{kg\\,m^2}]', ['I', 'm', 'r'])).toEqual([]);
    expect(undef('L = 6.5^\\circ C/\\text{km}', ['L'])).toEqual([]);
    expect(undef('T = 100^{\\circ}\\mathrm{C} = 373\\,\\mathrm{K}', ['T'])).toEqual([]);
    expect(undef('g = \\frac{x_1 - x_0}{x_0} \\times 100\\%', ['g', 'x_0', 'x_1'])).toEqual([]);
    // An italic C that is no unit is still a symbol.
    expect(undef('Q = C V', ['Q', 'V'])).toEqual(['C']);
  });

  it('reads e, i, j and \\pi as constants unless the where-list defines them', () => {
    expect(undef('e^{i\\theta} + V e^{j\\omega t} + a + jb + 2\\pi', ['\\theta', 'V', '\\omega', 't', 'a', 'b'])).toEqual([]);
    expect(ranges('r = \\frac{a(1 - e^2)}{1 + e \\cos\\theta}', ['r', 'a', 'e', '\\theta'])[2]).toEqual(['e^2', 'e']);
    expect(undef('Q = n e', ['Q', 'n', 'e'])).toEqual([]);
    expect(undef('r \\approx i - \\pi', ['r', 'i', '\\pi'])).toEqual([]);
    expect(unused('i = \\sqrt{-1}', ['i'])).toEqual([]);
  });

  it('reads \\ce{…} and \\pu{…} as one formula: no undefined elements; \\ce{H2O} defines \\ce{H2O}', () => {
    expect(undef('\\ce{2KMnO4 + 16HCl -> 2KCl + 5Cl2 + 8H2O}', [])).toEqual([]);
    expect(ranges('K = \\frac{[\\ce{NH3}]^2}{[\\ce{N2}]}', ['K', '[\\ce{NH3}]', '[\\ce{N2}]'])).toEqual([
      ['K'],
      ['[\\ce{NH3}]^2'],
      ['[\\ce{N2}]'],
    ]);
    expect(ranges('\\ce{H2O} + x', ['\\ce{H2O}', 'x'])).toEqual([['\\ce{H2O}'], ['x']]);
    // Written inside a larger formula, a defined species occurs (nothing to link on its own).
    expect(unused('\\ce{2H2 + O2 -> 2H2O}', ['\\ce{H2}', '\\ce{O2}', '\\ce{H2O}', '\\ce{CO2}'])).toEqual(['\\ce{CO2}']);
    expect(undef('PV = nRT, \\quad R = \\pu{8.314 J mol-1 K-1}', ['P', 'V', 'n', 'R', 'T'])).toEqual([]);
  });

  it('reads d of d/dx, d^2x/dt^2 and dU = T\\,dS as differentials, and i of 1 \\le i \\le n as bound', () => {
    expect(undef('a = \\frac{d^2 x}{dt^2}', ['a', 'x', 't'])).toEqual([]);
    expect(undef('dU = T\\,dS - p\\,dV', ['U', 'T', 'S', 'p', 'V'])).toEqual([]);
    expect(undef('M = \\max_{1 \\le i \\le n} |x_i|', ['M', 'x', 'n'])).toEqual([]);
    // A defined d is a symbol.
    expect(ranges('d x', ['d', 'x'])).toEqual([['d'], ['x']]);
  });

  it('reads function names written in italics and E[X] as operators', () => {
    expect(undef('Var(X + Y) = Var(X) + Var(Y) + 2 Cov(X, Y)', ['X', 'Y'])).toEqual([]);
    expect(undef('s = log_2(n) + A\\, exp(-t)', ['s', 'n', 'A', 't'])).toEqual([]);
    expect(undef('E[X] = \\sum_k x_k p_k', ['X', 'x_k', 'p_k'])).toEqual([]);
    expect(undef('P(X = k) = p^k', ['X', 'k', 'p'])).toEqual([]);
    // Defined, E is energy; and letters that spell no function name stay symbols.
    expect(ranges('\\langle E \\rangle = E[H]', ['E', 'H'])).toEqual([['E', 'E'], ['H']]);
    expect(undef('y = ab(x)', ['y', 'x'])).toEqual(['a', 'b']);
  });

  it('knows \\dot{x} and \\ddot{x} of a defined x without linking them to x', () => {
    expect(undef('m\\ddot{x} + c\\dot{x} + kx = 0', ['m', 'c', 'k', 'x'])).toEqual([]);
    expect(ranges('m\\ddot{x} + kx = 0', ['m', 'k', 'x'])).toEqual([['m'], ['k'], ['x']]);
    // The rate of an undefined p is undefined.
    expect(undef('F = \\dot{p}', ['F'])).toEqual(['\\dot{p}']);
  });
});

describe('matchVariables: one letter, one notation, several spellings', () => {
  it('matches glyph variants of a letter (\\epsilon, \\varepsilon, ε; \\mu, μ) as the same symbol', () => {
    const latex = 'y = \\beta x + \\varepsilon + μ + \\varphi_t';
    const r = matchVariables(eq(latex, ['y', '\\beta', 'x', '\\epsilon', '\\mu', '\\phi_t']), []);
    expect(r.unused).toEqual([]);
    expect(r.undefinedUses).toEqual([]);
    // Both defined: each glyph links to its own item.
    const both = matchVariables(eq('\\epsilon + \\varepsilon', ['\\epsilon', '\\varepsilon']), []);
    expect(both.matches.map((m) => [m.variableIndex, m.ranges])).toEqual([
      [0, [[0, 8]]],
      [1, [[11, 22]]],
    ]);
  });

  it('matches P(A|B) with P(A \\mid B)', () => {
    const r = matchVariables(eq('P(A|B) = \\frac{P(B \\mid A) P(A)}{P(B)}', ['P(A \\mid B)', 'P(B|A)', 'P(A)', 'P(B)']), []);
    expect(r.unused).toEqual([]);
  });
});

describe('matchVariables: what the equation itself defines', () => {
  it('reads a multi-letter left-hand side as the name the equation defines (MAE = …), not a product', () => {
    const r = matchVariables(eq('MAE = \\frac{1}{n}\\sum_{i=1}^{n}|y_i - \\hat{y}_i|', ['n', 'y_i', '\\hat{y}_i']), []);
    expect(r.undefinedUses).toEqual([]);
    // With P and V defined, PV = nRT is their product.
    const p = matchVariables(eq('PV = nRT', ['P', 'V', 'n', 'R', 'T']), []);
    expect(p.unused).toEqual([]);
  });

  it('reads \\sigma(\\mathbf{z})_i = … as defining \\sigma', () => {
    const r = matchVariables(eq('\\sigma(\\mathbf{z})_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}', ['\\mathbf{z}', 'z_i']), []);
    expect(r.undefinedUses).toEqual([]);
  });

  it('links a function defined by one application (J(\\theta)) where it is applied to other arguments', () => {
    const latex = '\\theta_{t+1} = \\theta_t - \\alpha \\nabla_\\theta J(\\theta_t)';
    const r = matchVariables(eq(latex, ['\\theta_t', '\\alpha', 'J(\\theta)']), []);
    expect(r.unused).toEqual([]);
    expect(r.matches[2]?.ranges.map(([s, t]) => latex.slice(s, t))).toEqual(['J']);
  });
});

describe('matchVariables: a name whose letters are all defined too', () => {
  it('links mc^2 as the name and m, c inside it when the where-list defines all three', () => {
    const latex = 'E = mc^2';
    const r = matchVariables(eq(latex, ['E', 'mc^2', 'm', 'c']), []);
    expect(r.unused).toEqual([]);
    expect(r.matches.map((m) => m.ranges.map(([s, t]) => latex.slice(s, t)))).toEqual([['E'], ['mc^2'], ['m'], ['c^2']]);
  });
});

describe('matchVariables: chemistry in italics and transforms', () => {
  const undef = (latex: string, items: string[]) => matchVariables(eq(latex, items), []).undefinedUses.map((u) => u.latex);

  it('reads species in concentration brackets ([H^+], [OH^-], [HA], [NH_3]) as species, not symbols', () => {
    expect(undef('K_a = \\frac{[H^+][A^-]}{[HA]}', ['K_a'])).toEqual([]);
    expect(undef('K_w = [H_3O^+][OH^-]', ['K_w'])).toEqual([]);
    expect(undef('K_b = \\frac{[NH_4^+][OH^-]}{[NH_3]}', ['K_b'])).toEqual([]);
    // A single letter in brackets, a signal x[n], an expectation E[XY] stay symbols.
    expect(undef('r = k[A]^m', ['r', 'k', 'm'])).toEqual(['A']);
    expect(undef('y[n] = x[n-1]', ['y'])).toEqual(['n', 'x']);
  });

  it('reads \\mathcal{L}\\{…\\} and \\mathcal{F}\\{…\\} as transforms unless defined', () => {
    expect(undef('F(s) = \\mathcal{L}\\{f(t)\\}', ['f(t)', 's'])).toEqual([]);
    expect(undef('X = \\mathcal{F}\\left\\{x\\right\\}', ['X', 'x'])).toEqual([]);
    expect(undef('\\mathcal{L} = -\\log p', ['p'])).toEqual([]);
  });
});

describe('matchVariables: derivatives of defined functions', () => {
  it("knows f' and f'' of a defined f, without linking them to f", () => {
    const latex = "f''(x) + f'(x) = g(x)";
    const r = matchVariables(eq(latex, ['f', 'x', 'g']), []);
    expect(r.undefinedUses).toEqual([]);
    expect(r.matches.map((m) => m.ranges.map(([s, t]) => latex.slice(s, t)))).toEqual([['x', 'x', 'x'], ['g']]);
    // f' is not linked to f, but f is not unused: its derivatives are written.
    expect(r.unused).toEqual([]);
    expect(matchVariables(eq("h'(t) = 1", ['t']), []).undefinedUses).toEqual([]);
    expect(matchVariables(eq("y = h'(t)", ['y', 't']), []).undefinedUses.map((u) => u.latex)).toEqual(["h'"]);
  });
});

describe('matchVariables: defined uses of constants and percent names', () => {
  it('reads a defined \\pi^e or \\pi^* as that symbol, not the constant', () => {
    const r = matchVariables(eq('(1 + i) = (1 + r)(1 + \\pi^e)', ['i', 'r', '\\pi^e']), []);
    expect(r.unused).toEqual([]);
  });

  it('reads \\%OS = … as defining OS', () => {
    expect(matchVariables(eq('\\%OS = e^{-\\zeta\\pi} \\times 100\\%', ['\\zeta']), []).undefinedUses).toEqual([]);
  });
});

describe('matchVariables: one symbol, several spellings of its marks', () => {
  const unusedOf = (latex: string, items: string[]) =>
    matchVariables(eq(latex, items), []).unused.map((u) => items[u.variableIndex]);

  it('matches a label subscript however it is set: T_{max}, T_\\text{max}, T_{\\mathrm{max}}, T_{\\max}', () => {
    for (const use of ['T_{max}', 'T_\\text{max}', 'T_{\\mathrm{max}}', 'T_{\\max}', 'T_{\\text{max}}']) {
      expect(unusedOf(`y = ${use}`, ['y', 'T_{\\text{max}}']), use).toEqual([]);
      expect(unusedOf(`y = ${use}`, ['y', 'T_{max}']), use).toEqual([]);
    }
    expect(unusedOf('I = I_{\\text{sp}}', ['I_{sp}'])).toEqual([]);
    // Different labels stay different symbols.
    expect(unusedOf('y = W_{xh}', ['y', 'W_{hh}'])).toEqual(['W_{hh}']);
    expect(unusedOf('y = T_{\\text{min}}', ['y', 'T_{max}'])).toEqual(['T_{max}']);
  });

  it('matches \\overline{x} with \\bar{x}, \\widehat{y} with \\hat{y}, \\boldsymbol{x} with \\mathbf{x}', () => {
    expect(unusedOf('\\overline{x} + \\widehat{y} + \\boldsymbol{v}', ['\\bar{x}', '\\hat{y}', '\\mathbf{v}'])).toEqual([]);
    expect(matchVariables(eq('\\overline{x} = 1', ['n']), []).undefinedUses).toEqual([]);
    // \overline{x} is still not x.
    expect(unusedOf('\\overline{x} = 1', ['x'])).toEqual(['x']);
  });
});

describe('equationSymbols: binders and labels', () => {
  it('binds \\forall/\\exists letters and \\underset{\\theta}{\\arg\\max}; ignores \\tag', () => {
    expect(keys('\\forall i, j: a_{ij} \\ge 0')).toEqual(['a_{ij}']);
    expect(keys('\\hat\\theta = \\underset{\\theta}{\\arg\\max}\\, L(\\theta)')).toEqual(['\\hat\\theta', 'L']);
    expect(keys('y = a x \\tag{b}')).toEqual(['y', 'a', 'x']);
  });
});

describe('matchVariables: products on the left-hand side', () => {
  it('keeps mv = p a product when v is defined, and reads pH = … as a name when neither letter is', () => {
    expect(matchVariables(eq('mv = p', ['v', 'p']), []).undefinedUses.map((u) => u.latex)).toEqual(['m']);
    expect(matchVariables(eq('pH = -\\log_{10} c', ['c']), []).undefinedUses).toEqual([]);
  });
});
