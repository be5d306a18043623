/**
 * Symbol warnings on real-world styles of content (tests/latex/fixtures/*.md, one file per class
 * of false warning that measurement on real documents found). Each fixture lists every warning
 * it must give: the true remarks it keeps, and nothing else.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';
import { symbolWarnings } from '../helpers/symbol-warnings.js';
import { linkLatex } from '../../src/symbols/link.js';
import { normalisedRender } from './helpers.js';

/** `[equation name, rule, symbol]` of every symbol warning of a fixture, checking each points at its symbol. */
const warnings = (file: string) => symbolWarnings(`tests/latex/fixtures/${file}`);

function linked(file: string): Map<string, string> {
  const path = `tests/latex/fixtures/${file}`;
  const { collection } = parseCollection({ path, text: readFileSync(path, 'utf8') });
  const out = new Map<string, string>();
  collection.equations.forEach((e, i) => {
    const r = linkLatex(e, collection.equations.slice(0, i));
    expect(normalisedRender(r.latex, 'html'), e.name).toBe(normalisedRender(e.latex, 'html'));
    out.set(e.name, r.latex);
  });
  return out;
}

describe('symbol warnings on real content', () => {
  it('multi-letter names: GDP, MPC, \\Delta U, \\mathrm{SNR}, \\text{NPV} are one symbol; AB of A and B is a product', () => {
    expect(warnings('multi-letter-names.md')).toEqual([
      // C = AB defines A only: B is missing.
      ['Matrix Product', 'undefined-symbol', 'B'],
      // GDP_t is an entry of GDP, as x_t is of x: GDP is not unused (though not linked to GDP_t).
      ['Nominal Output', 'undefined-symbol', 'M'],
      // MPC no longer vouches for a lone M.
      ['Marginal Propensities', 'undefined-symbol', 'M'],
    ]);
  });

  it('multi-letter names are linked as a whole, in any spelling', () => {
    const links = linked('multi-letter-names.md');
    expect(links.get('Gross Domestic Product')).toBe(
      '\\htmlData{var=0}{GDP} = \\htmlData{var=1}{C} + \\htmlData{var=2}{I} + \\htmlData{var=3}{G} + \\htmlData{var=4}{NX}',
    );
    expect(links.get('Net Exports')).toBe('\\htmlData{var=0}{NX} = \\htmlData{var=1}{X} - \\htmlData{var=2}{M}');
    expect(links.get('Heat Flow Rate')).toContain('\\frac{\\htmlData{var=0}{\\Delta Q}}{\\htmlData{var=1}{\\Delta t}}');
    expect(links.get('Net Present Value')).toContain('\\htmlData{var=1}{CF_t}');
    expect(links.get('Real Output')).toBe('\\htmlData{var=0}{y} = \\htmlData{var=1}{GDP} + \\htmlData{var=2}{M}');
    expect(links.get('Signal-to-Noise Ratio (Italic)')).toContain('\\htmlData{var=0}{SNR} =');
    expect(links.get('Squared Present Value')).toContain('\\htmlData{var=1}{NPV^2}');
    expect(links.get('Product of Two Quantities')).toBe('\\htmlData{var=0}{P} = \\htmlData{var=1}{A}\\htmlData{var=2}{B}');
    expect(links.get('Internal Energy Change')).toBe('\\Delta \\htmlData{var=0}{U} = \\htmlData{var=1}{Q} - \\htmlData{var=2}{W}');
  });

  it('units are not symbols: \\mathrm{m/s^2}, \\text{km}, \\mathrm{kg\\,m^2}, \\,\\text{N}, ^\\circ C, \\%, \\text{if }', () => {
    expect(warnings('units.md')).toEqual([]);
  });

  it('constants: e, i, j, \\pi, \\infty are not undefined; a defined e or \\pi is a symbol like any other', () => {
    expect(warnings('constants.md')).toEqual([]);
    const links = linked('constants.md');
    expect(links.get('Eccentricity')).toContain('\\htmlData{var=2}{e} \\cos');
    expect(links.get('Imaginary Unit')).toBe('\\htmlData{var=0}{i} = \\sqrt{-1}');
  });

  it('chemistry: \\ce{…} and \\pu{…} hold formulas and units, not variables; \\ce{H2O} defines \\ce{H2O}', () => {
    expect(warnings('chemistry.md')).toEqual([]);
    const links = linked('chemistry.md');
    expect(links.get('Equilibrium Constant')).toContain('\\htmlData{var=2}{[\\ce{N2}]}');
    expect(links.get('Water Formation')).toBe('\\ce{2H2 + O2 -> 2H2O}');
  });

  it('differentials and bound variables: d of d/dx, d^2x/dt^2, \\mathrm{d}t, \\partial, 1 \\le i \\le n', () => {
    expect(warnings('differentials.md')).toEqual([]);
  });

  it('function names written in italics (Var, Cov, log_2, exp, cos) and E[X] are not symbols', () => {
    expect(warnings('function-names.md')).toEqual([]);
  });

  it('decorations keep their meaning: \\hat{y} is not y; \\dot{x} of a defined x is known but not x', () => {
    expect(warnings('decorations.md')).toEqual([
      ['Prediction Error', 'undefined-symbol', '\\hat{y}'],
      ['Velocity Field', 'undefined-symbol', 'y'],
    ]);
    expect(linked('decorations.md').get('Spring-Mass System')).toBe(
      '\\htmlData{var=0}{m}\\ddot{x} + \\htmlData{var=1}{k}\\htmlData{var=2}{x} = 0',
    );
  });

  it('formula sheets in physics, finance, economics, control, engineering, chemistry, ML and statistics: only true remarks', () => {
    expect(warnings('formula-sheet-physics.md')).toEqual([]);
    expect(warnings('formula-sheet-finance.md')).toEqual([]);
    // \%OS = … defines OS; $\pi^e$ defines π^e (π is no constant there).
    expect(warnings('formula-sheet-economics.md')).toEqual([]);
    expect(warnings('formula-sheet-control.md')).toEqual([]);
    expect(warnings('formula-sheet-engineering.md')).toEqual([]);
    expect(warnings('formula-sheet-chemistry.md')).toEqual([]);
    // MAE = … defines MAE; \sigma(\mathbf{z})_i = … defines σ; J(\theta) is applied to θ_t; the x of
    // the Taylor series' f(x) = … is the parameter of the function its left-hand side defines (issue 24).
    expect(warnings('formula-sheet-ml.md')).toEqual([
      ['Logistic Regression', 'undefined-symbol', 'y'],
      ['Entropy', 'undefined-symbol', 'n'],
    ]);
    // P(X = k) is a probability; the random variable X is never said.
    expect(warnings('formula-sheet-statistics.md')).toEqual([
      ['Binomial Probability', 'undefined-symbol', 'X'],
      ['Poisson', 'undefined-symbol', 'X'],
    ]);
  });
});
