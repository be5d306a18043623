// The lead-in that names a formula's left-hand side ("The decay lifetime of the level is given
// by" then `\tau_e = …`), and symbols named by a count ("If two fruits $a$ and $b$ are …"): read
// as prose definitions, in passing (no where-list, so no symbol-by-symbol warnings), and never
// when the subject is the formula's own name or holds math (trial 5 doc 2, trial 6 N11).
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

const read = (lead: string, formula: string) => {
  const text = `# Notes\n\n## Part\n\n${lead}\n\n$$\n${formula}\n$$\n`;
  const eq = parseCollection({ path: 'notes.md', text }).collection.equations[0]!;
  return eq.variables.map((v) => [v.symbols.join(', '), v.description, v.source, v.incidental ?? false]);
};

describe('a lead-in whose subject names the left-hand side', () => {
  it('names a plain symbol ("… is given by", "is defined by:")', () => {
    expect(read('The decay lifetime of the excited level is given by', '\\tau_e = \\frac{1}{\\Gamma}')).toEqual([['\\tau_e', 'decay lifetime of the excited level', 'prose', true]]);
    expect(read('A cubic cost curve is defined by:', 'C = k q^3')).toEqual([['C', 'cubic cost curve', 'prose', true]]);
  });

  it('names the function, not its arguments ("has the following form:" then `p(a,b) = …`)', () => {
    expect(read('A linear preference function has the following form:', 'p(s,t) = 2s + t')).toEqual([['p', 'linear preference function', 'prose', true]]);
  });

  it('reads the clause after "then" when math stands earlier in the sentence', () => {
    expect(read('If the store is open on $d$ days, then the weekly revenue must look like:', 'W = 7 r')).toEqual([['W', 'weekly revenue', 'prose', true]]);
  });

  it('names nothing when the subject is the formula, a result, or holds math', () => {
    expect(read('The result is given by:', 'x = 5')).toEqual([]);
    expect(read('The update rule is given by:', 'w = w - \\eta g')).toEqual([]);
    expect(read('The ratio between $x$ and $y$ is given by:', 's = x / y')).toEqual([]);
  });

  it('names nothing when the left-hand side is an expression', () => {
    expect(read('The decay lifetime is given by', '\\tau_a + \\tau_b = \\frac{1}{\\Gamma}')).toEqual([]);
  });
});

describe('symbols named by a count and a plural noun', () => {
  it('gives each symbol the thing counted ("two fruits $a$ and $b$")', () => {
    expect(read('If two fruits $a$ and $b$ are perfect substitutes, the price is', 'q = 2a + 3b')).toEqual([
      ['a', 'fruit', 'prose', true],
      ['b', 'fruit', 'prose', true],
    ]);
    expect(read('Take three point masses $m_1$, $m_2$ and $m_3$ on a line:', 'M = m_1 + m_2 + m_3')).toEqual([
      ['m_1', 'point mass', 'prose', true],
      ['m_2', 'point mass', 'prose', true],
      ['m_3', 'point mass', 'prose', true],
    ]);
  });

  it('reads nothing when the count does not match the symbols or the noun is a step', () => {
    expect(read('Compare two fruits $a$, $b$ and $c$ here:', 'q = a + b + c')).toEqual([]);
    expect(read('In two steps $a$ and $b$ we reach', 'r = a + b')).toEqual([]);
  });
});
