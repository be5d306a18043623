// A bold label that only says "formula" (`**Base Formula**:`, `**Formula:**`, `**Equation**`,
// `**公式:**`) is no name: the heading names the record ("Km (Michaelis Constant)"), so two such
// sections no longer share a name (trial 7, P21). A specific label still names its formula.
import { describe, expect, it } from 'vitest';
import { parseFixture } from '../core/helpers.js';
import { isGenericLabel } from '../../src/parse/section-reader.js';

describe('generic bold labels', () => {
  it('leave the heading as the name; a specific label names its formula', () => {
    const { collection, diagnostics } = parseFixture('reader/generic-bold-labels.md');
    expect(collection.equations.map((e) => [e.slug, e.name])).toEqual([
      ['km-michaelis-constant', 'Km (Michaelis Constant)'],
      ['vmax-maximum-velocity', 'Vmax (Maximum Velocity)'],
      ['initial-rate', 'Initial rate'],
      ['rates-2', 'Rates (2)'],
    ]);
    expect(diagnostics.filter((d) => d.ruleId === 'duplicate-name')).toEqual([]);
  });

  it('knows the generic words, in English and Chinese', () => {
    expect(['Base Formula', 'Formula:', 'Equation', 'The formula', '公式:', '计算公式', 'Formula used'].map(isGenericLabel)).toEqual([true, true, true, true, true, true, true]);
    expect(['Kinetic energy', 'Formula for the period', 'Ohm’s law', '动能公式'].map(isGenericLabel)).toEqual([false, false, false, false]);
  });
});
