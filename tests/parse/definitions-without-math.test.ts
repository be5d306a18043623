// Definitions whose symbol is written without math: in markdown italics (`where *F* is the net
// force and *a* the acceleration`, `- *m* — mass of the cart`) or as plain text (`v_0 is the
// initial speed`, `- v0: starting speed`, `Vf = final velocity`). Read only for a symbol the
// formula writes, with a meaning made of words; an English word (`a`, `A`, `I`) only after a
// separator, never opening a sentence.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

const read = (formula: string, after: string) => {
  const text = `# Notes\n\n## Part\n\n$$\n${formula}\n$$\n\n${after}\n`;
  const eq = parseCollection({ path: 'notes.md', text }).collection.equations[0]!;
  return eq.variables.map((v) => [v.symbols.join(', '), v.description]);
};

describe('symbols in italics', () => {
  it('reads a where-sentence with italic symbols', () => {
    expect(read('F = m a', 'where *F* is the net force and *a* the acceleration.')).toEqual([
      ['F', 'the net force'],
      ['a', 'the acceleration'],
    ]);
    expect(read('W = F d', 'where _W_ denotes the work done, _F_ the pushing force and _d_ the distance moved.')).toEqual([
      ['W', 'the work done'],
      ['F', 'the pushing force'],
      ['d', 'the distance moved'],
    ]);
  });

  it('reads a list of italic symbols right after the formula', () => {
    expect(read('p = m v', '- *m* — mass of the cart\n- *v* — speed of the cart')).toEqual([
      ['m', 'mass of the cart'],
      ['v', 'speed of the cart'],
    ]);
  });

  it('reads nothing when an italic token is no symbol of the formula or is a word', () => {
    expect(read('F = m a', 'where *F* is the net force and *q* the charge.')).toEqual([]);
    expect(read('F = m a', 'where *very* careful readers see the net force.')).toEqual([]);
    expect(read('p = m v', '- *m* — mass of the cart\n- *k* — stiffness of the spring')).toEqual([]);
  });
});

describe('symbols as plain text', () => {
  it('reads a line or a list that names a symbol of the formula', () => {
    expect(read('v = v_0 + a t', 'v_0 is the initial speed')).toEqual([['v_0', 'the initial speed']]);
    expect(read('v = v_0 + a t', '- v0: starting speed\n- a: acceleration\n- t: time elapsed')).toEqual([
      ['v_0', 'starting speed'],
      ['a', 'acceleration'],
      ['t', 'time elapsed'],
    ]);
    expect(read('V_f = V_i + a t', 'Vf = final velocity  \nVi = initial velocity  \na = acceleration')).toEqual([
      ['V_f', 'final velocity'],
      ['V_i', 'initial velocity'],
      ['a', 'acceleration'],
    ]);
  });

  it('reads plain lines after "where"', () => {
    expect(read('A = P (1 + r)^t', 'where:\n\n- P = the principal\n- r: the rate')).toEqual([
      ['P', 'the principal'],
      ['r', 'the rate'],
    ]);
  });

  it('reads nothing from an English word opening a sentence, a formula, or a symbol the formula does not write', () => {
    expect(read('A = \\pi r^2', 'A is the area of the plate.')).toEqual([]);
    expect(read('v = v_0 + a t', 'a is a constant here')).toEqual([]);
    expect(read('V_f = V_i + a t', 'Vf = Vi + at')).toEqual([]);
    expect(read('P = m g h', 'P = mgh')).toEqual([]);
    expect(read('v = v_0 + a t', '- x: the position\n- y: the height')).toEqual([]);
  });

  it('reads no description as a meaning: after "is", an article', () => {
    expect(read('N = N_0 e^{-t/\\tau}', 't is small compared to the decay time')).toEqual([]);
    expect(read('N = N_0 e^{-t/\\tau}', 'where *t* is small and *N* stays positive.')).toEqual([]);
    expect(read('N = N_0 e^{-t/\\tau}', 'N0 is the initial count\nt: elapsed time')).toEqual([
      ['N_0', 'the initial count'],
      ['t', 'elapsed time'],
    ]);
  });
});
