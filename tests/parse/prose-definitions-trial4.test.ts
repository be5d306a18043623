// Definitions written in prose that the fourth unseen-document trial found missed or misattached
// (issue 24, trial 4 K5–K11). Each fixture holds the form read right and a near form that must
// define nothing: a wrong meaning is worse than none.
import { describe, expect, it } from 'vitest';
import { readDefinitions } from '../helpers/reader-fixtures.js';

const read = (file: string) => readDefinitions('prose-trial4', file);

describe('a prose definition belongs only to formulas that write its symbol (K6)', () => {
  it('"Where $C$ is …" after `A = s^2` defines nothing for it', () => {
    expect(read('only-written-symbols.md').defs('Square')).toEqual([]);
  });
  it('"Where $r$ is …" after a formula that writes `r` still defines it', () => {
    expect(read('only-written-symbols.md').defs('Disc')).toEqual([['r', 'the radius of the disc']]);
  });
  it('of a sentence defining several symbols, those the formula writes are kept (`\\sigma^2` is not `s`)', () => {
    expect(read('only-written-symbols.md').defs('Spread')).toEqual([
      ['m', 'their mean'],
      ['n', 'their count'],
    ]);
  });
  it('symbols defined together are kept when the formula writes one of them', () => {
    expect(read('only-written-symbols.md').defs('Compartments')).toEqual([
      ['S, I, R', 'the numbers of susceptible, infectious and recovered people'],
      ['\\gamma', 'the recovery rate'],
    ]);
  });
});

describe('where-sentences whose verb is not "is" (K5)', () => {
  it('"Where $r$ measures the radius and $w$ is a small margin" defines both', () => {
    expect(read('verbs-of-meaning.md').defs('Disc')).toEqual([
      ['r', 'the radius'],
      ['w', 'a small margin'],
    ]);
  });
  it('"stands for", "denotes", "refers to", "corresponds to" each start a meaning', () => {
    expect(read('verbs-of-meaning.md').defs('Pressure')).toEqual([
      ['F', 'the normal force'],
      ['S', 'the surface it acts on'],
    ]);
    expect(read('verbs-of-meaning.md').defs('Flow')).toEqual([
      ['v', 'the mean speed of the fluid'],
      ['S', 'the cross-section'],
    ]);
  });
  it('a measurement ("$r$ measures 3 cm") is no meaning', () => {
    expect(read('verbs-of-meaning.md').defs('Height')).toEqual([]);
  });
});

describe('a where-list meaning without the list punctuation (K11)', () => {
  it('drops a trailing ",", ";", ", and" and "or"; keeps a full stop and words inside', () => {
    expect(read('list-punctuation.md').defs('Ideal gas')).toEqual([
      ['p', 'the pressure'],
      ['V', 'the volume'],
      ['R', 'the gas constant'],
      ['T_1, T_2', 'the temperatures at the two states, respectively'],
      ['n', 'the amount of gas'],
      ['T', 'the temperature.'],
    ]);
  });
});

describe('a where-clause inside a sentence after the formula (K10)', () => {
  it('"Note that …, where $\\omega = E/\\hbar$." defines omega by its equation', () => {
    expect(read('where-inside-a-note.md').defs('Standing wave')).toEqual([['\\omega', '']]);
  });
  it('a clause defining a symbol the formula does not write defines nothing', () => {
    expect(read('where-inside-a-note.md').defs('Travelling wave')).toEqual([]);
  });
});

describe('a name with its symbol in parentheses before the formula (K9)', () => {
  it('"defining the operational risk premium (\\( \\Pi \\)) as:" names Pi', () => {
    expect(read('name-then-symbol-in-parentheses.md').defs('Premium')).toEqual([['\\Pi', 'operational risk premium']]);
  });
  it('only symbols the formula writes ("the payback period ($N$)" is not in `T = K/S`)', () => {
    expect(read('name-then-symbol-in-parentheses.md').defs('Payback')).toEqual([
      ['S', 'yearly saving'],
      ['K', 'cost'],
    ]);
  });
});
