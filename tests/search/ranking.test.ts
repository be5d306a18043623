// The search table: queries a reader types, and the equation (by number) that must come
// first or within the top N, against the seed's index built then loaded back as the browser does.
import { describe, expect, it } from 'vitest';
import { searchEquations } from '../../src/search/options.js';
import { loadBack, seedInputs } from './seed.js';

const { index } = loadBack(seedInputs());

function numbers(query: string): Array<number | null> {
  return searchEquations(index, query).map((r) => r.number as number | null);
}

/** [query, expected equation numbers, within the top N (1 = first)]. */
const TABLE: Array<[string, number[], number]> = [
  // names, prefixes, typos
  ['adam', [17], 1],
  ['Adam Optimizer', [17], 1],
  ['softmax', [4], 1],
  ['soft', [4, 93], 3],
  ['softmx', [4], 1],
  ['sigmod', [5], 2],
  ['perplexity', [99], 1],
  ['cosine similarity', [56], 1],
  ['batch norm', [24, 25, 26], 3],
  ['crossentropy', [2, 3], 5],
  ['cross-entropy binary', [2], 1],
  ['bellman', [91], 1],
  ['jensen shannon', [63], 1],
  // acronyms, written or not
  ['MSE', [1], 1],
  ['ReLU', [7], 1],
  ['KL', [62], 1],
  ['GRU', [37, 38, 39], 3],
  ['NAG', [15], 1],
  ['PPL', [99], 1],
  ['SVD', [68], 1],
  ['RBF', [87], 1],
  ['nll', [21], 1],
  // words of the definitions
  ['learning rate', [11, 14, 16, 17], 8],
  // the equation that introduces a definition ranks above those that repeat it
  ['learning rate', [11], 3],
  // a three-letter word being typed, with a letter left out
  ['adm', [17], 1],
  ['momentum hyperparameter', [14], 1],
  ['velocity', [14, 15], 2],
  ['forget gate', [34], 1],
  ['discount factor', [91], 3],
  // topic
  ['recurrent networks', [32], 12],
  // symbols, in all three spellings
  ['\\eta', [11], 3],
  ['eta', [11], 3],
  ['η', [11], 3],
  ['\\hat{y}', [1, 2, 4], 8],
  ['ŷ', [1, 2, 4], 8],
  ['y hat', [1, 2, 4], 8],
  ['\\nabla', [11], 3],
  ['∇', [11], 3],
  ['\\odot', [27, 36, 39], 3],
  ['\\beta_1 \\beta_2 \\epsilon', [17], 1],
  ['\\lambda regularization', [18, 19], 2],
  ['\\rho decay', [16], 2],
  ['\\gamma discount', [90, 91], 3],
];

describe('search ranking on the seed', () => {
  it.each(TABLE)('%s → %j in the top %i', (query, expected, top) => {
    const got = numbers(query).slice(0, top);
    for (const n of expected) expect(got, `${query}: got ${got.join(', ')}`).toContain(n);
  });

  it('ranks a name match above a definition match', () => {
    // "learning rate" is in many definitions but the name of Step Decay (Learning Rate Scheduling).
    expect(numbers('learning rate')[0]).toBe(85);
  });

  it('finds nothing for nonsense, and everything is reachable by its own name', () => {
    expect(numbers('qwxzqwxz')).toEqual([]);
    for (const input of seedInputs()) {
      const top = searchEquations(index, input.equation.name).slice(0, 5).map((r) => r.slug);
      expect(top, input.equation.name).toContain(input.equation.slug);
    }
  });
});
