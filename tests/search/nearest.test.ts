// The nearest names offered when a search finds nothing or an address is mistyped (issue 27).
import { describe, expect, it } from 'vitest';
import { couldBeFormula, nearestSlugs } from '../../src/search/nearest.js';

const SLUGS = ['adam-optimizer', 'adamw', 'softmax-function', 'batch-normalization', 'gradient-descent', 'mean-squared-error'];
const names = (query: string): string[] => nearestSlugs(SLUGS, query).map((i) => SLUGS[i]!);

describe('nearestSlugs', () => {
  it('finds a British spelling of a slug first', () => {
    expect(names('adam-optimiser')[0]).toBe('adam-optimizer');
  });

  it('finds a name with swapped letters and a word being typed', () => {
    expect(names('sofmtax')[0]).toBe('softmax-function');
    expect(names('gradi')[0]).toBe('gradient-descent');
  });

  it('offers at most three names and none for a word near nothing', () => {
    expect(names('adam mean batch softmax').length).toBeLessThanOrEqual(3);
    expect(names('zzzz')).toEqual([]);
    expect(names('')).toEqual([]);
  });
});

describe('couldBeFormula', () => {
  it('is true for TeX or operators and false for plain words', () => {
    expect(couldBeFormula('loss = -sum y log p')).toBe(true);
    expect(couldBeFormula('\\sigma(z)')).toBe(true);
    expect(couldBeFormula('learning rate')).toBe(false);
  });
});
