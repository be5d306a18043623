import { describe, expect, it } from 'vitest';
import { queryTerms, searchEquations } from '../../src/search/options.js';
import { loadBack, seedInputs } from '../search/seed.js';

describe('stop words of the shipped languages', () => {
  it('drops articles and particles from a query, folded as the tokenizer folds them', () => {
    expect(queryTerms('la quantité de mouvement')).toEqual(['quantite', 'mouvement']);
    expect(queryTerms('der Impuls für die Masse')).toEqual(['impuls', 'masse']);
    expect(queryTerms('el calor de los gases')).toEqual(['calor', 'gases']);
    expect(queryTerms('梯度下降的学习率')).not.toContain('的');
    expect(queryTerms('勾配の方法')).not.toContain('の');
    expect(queryTerms('الطاقة في النظام')).not.toContain('في');
  });

  it('keeps symbol names and English words that look like stop words elsewhere', () => {
    expect(queryTerms('sin eta mu nu')).toEqual(['sin', 'eta', 'mu', 'nu']);
    // Spanish "y" (and) is also the symbol y.
    expect(queryTerms('y')).toEqual(['y']);
    expect(queryTerms('die learning rate')).toEqual(['learning', 'rate']);
  });

  it('a French query of only little words matches nothing, and one with a name ranks it first', () => {
    const { index } = loadBack(seedInputs('tests/fixtures/i18n/fr-mecanique.md'));
    expect(searchEquations(index, 'de la')).toEqual([]);
    expect(searchEquations(index, 'la quantité de mouvement')[0]?.number).toBe(3);
  });

  it('a Spanish query with articles still finds its equation first', () => {
    const { index } = loadBack(seedInputs('tests/fixtures/i18n/es-termodinamica.md'));
    expect(searchEquations(index, 'la ley de los gases')[0]?.number).toBe(1);
  });
});
