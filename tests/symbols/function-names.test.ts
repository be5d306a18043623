/**
 * Multi-letter names of functions and statistics written in italics (issue 24, trial 3, H12):
 * `SD(x)`, `SE(b)`, `LR(x)`, `Bias(h)` are one name each — explained when the section's words
 * spell it ("Standard Error", "SSR is the sum …") or the where-list defines it, otherwise one
 * warning for the name, never one per letter. Letters the where-list defines one by one stay
 * their product (`AB(x)`), and known function names (`Var`, `Cov`, `KL`) are no symbols.
 */
import { describe, expect, it } from 'vitest';
import { symbolWarnings } from '../helpers/symbol-warnings.js';
import { spelledOut } from '../../src/symbols/prose-names.js';

/** `[equation name, rule, symbol]` of every symbol warning of the fixture, checking each points at its symbol. */
const warnings = () => symbolWarnings('tests/symbols/fixtures/rules/function-names.md');

describe('a function name of capitals applied to an argument', () => {
  it('warns once for an unexplained name (SD, LR, Bias), not for each letter; not when words spell it or the where-list defines it; AB of defined A and B is their product; Var, Cov, KL are known', () => {
    expect(warnings()).toEqual([
      ['A Score Against the Spread', 'undefined-symbol', 'SD'],
      ['An Unspelled Acronym', 'undefined-symbol', 'LR'],
      ['A Word Before a Bracket', 'undefined-symbol', 'Bias'],
    ]);
  });
});

describe('a name the prose spells out', () => {
  it('by the initials of consecutive words, small words between them, in any case', () => {
    expect(spelledOut('SD', 'an estimator of the standard deviation of the error')).toBe(true);
    expect(spelledOut('SER', 'Standard Error of the Regression')).toBe(true);
    expect(spelledOut('SSR', 'the sum of squared residuals')).toBe(true);
  });

  it('by the name followed by "is", "denotes", "stands for"; a word that starts with a mixed-case name', () => {
    expect(spelledOut('SSR', 'where SSR is sum of squares of regression')).toBe(true);
    expect(spelledOut('LR', 'LR stands for the learning rate')).toBe(true);
    expect(spelledOut('Bias', 'The bias of an estimator')).toBe(true);
  });

  it('not by words whose initials are apart, out of order or a name inside a longer word', () => {
    expect(spelledOut('SD', 'the standard error and its deviation')).toBe(false);
    expect(spelledOut('SD', 'the deviation, standard')).toBe(false);
    expect(spelledOut('SSR', 'the SSRs is')).toBe(false);
    expect(spelledOut('LR', 'a linear model')).toBe(false);
  });
});
