// Definitions written in prose that the unseen-document trials found missed or misread (issue 24;
// trial 1 F10, F15, F17–F19, F25, F26; trial 2 G7). Each fixture holds the form read right and a
// near form that must define nothing: a wrong meaning is worse than none.
import { describe, expect, it } from 'vitest';
import { readDefinitions } from '../helpers/reader-fixtures.js';

const read = (file: string) => readDefinitions('prose-trials', file, { values: true });

describe('a value and a meaning in one where-sentence', () => {
  it('"where $s = 4\\%$ and $r$ is the yearly rate" gives s its value and r its meaning', () => {
    expect(read('value-then-meaning.md').defs('Compound growth')).toEqual([
      ['s', '', '4\\%'],
      ['r', 'the yearly rate'],
    ]);
  });
  it('"With $m = 2$ and $a = 9.8$:" gives each symbol its own value (never the last one to both)', () => {
    expect(read('value-then-meaning.md').defs('Weight')).toEqual([
      ['m', '', '2'],
      ['a', '', '9.8'],
    ]);
  });
  it('values followed by a worked result ("With $a = 4\\%$ and $b = 5\\%$: $f = …$") define nothing', () => {
    expect(read('value-then-meaning.md').defs('Forward rate')).toEqual([]);
  });
});

describe('a run of symbol: meaning pairs (F10)', () => {
  it('reads each pair of "$F$: force, $m$: mass, $a$: acceleration."', () => {
    expect(read('colon-runs.md').defs('Force')).toEqual([
      ['F', 'force'],
      ['m', 'mass'],
      ['a', 'acceleration'],
    ]);
  });
  it('reads the Japanese " : " pairs, a tuple defining each member', () => {
    expect(read('colon-runs.md').defs('Marginal')).toEqual([
      ['x, y', '確率変数'],
      ['f(x, y)', '同時密度関数'],
      ['g(x)', '周辺密度関数'],
    ]);
  });
  it('conditions ("$q > 0$: unstable") and a sentence with more than pairs define nothing', () => {
    expect(read('colon-runs.md').defs('Stability')).toEqual([]);
    expect(read('colon-runs.md').defs('Drag')).toEqual([]);
  });
});

describe('an arrow that means "stands for" (F15)', () => {
  it('is the separator in a where-sentence, not part of the symbol', () => {
    expect(read('arrow-separators.md').defs('Cost')).toEqual([
      ['\\hat{y}_i', 'the i-th prediction'],
      ['m', 'the number of samples'],
    ]);
  });
  it('is the separator in where-list items', () => {
    expect(read('arrow-separators.md').defs('Update')).toEqual([
      ['\\alpha', 'learning rate'],
      ['g', 'gradient'],
    ]);
  });
});

describe('an arrow with the meaning inside the math (F15)', () => {
  it('"其中$\\alpha\\longrightarrow学习率$，$g \\to \\text{gradient}$" defines each symbol by the words after its arrow', () => {
    expect(read('arrow-meaning-in-math.md').defs('更新规则')).toEqual([
      ['\\alpha', '学习率'],
      ['g', 'gradient'],
    ]);
  });
  it('a limit (`$x \\to 0$`) is no definition and joins no other symbol', () => {
    expect(read('arrow-meaning-in-math.md').defs('极限')).toEqual([]);
  });
});

describe('"Let" sentences (F25)', () => {
  it('a map\'s name is the part before its signature', () => {
    expect(read('let-clauses-and-maps.md').defs('Map')).toEqual([['g', 'a smooth map']]);
  });
  it('", and let $g$ be …" is a definition of its own', () => {
    expect(read('let-clauses-and-maps.md').defs('Density')).toEqual([
      ['\\mathbf{u}', 'a random vector with density $q(\\mathbf{u})$'],
      ['g', 'a bijection'],
    ]);
  });
  it('an expression ("Let $a + b$ be the total length") defines nothing', () => {
    expect(read('let-clauses-and-maps.md').defs('Sum')).toEqual([]);
  });
});

describe('noun phrases with "of" (F18)', () => {
  it('"the spread of the sojourn time $V$" is the spread, "the number of samples $n$" the number', () => {
    expect(read('of-phrases.md').defs('Spread')).toEqual([['V', 'spread of the sojourn time']]);
    expect(read('of-phrases.md').defs('Count')).toEqual([['n', 'number of samples']]);
  });
  it('"a pendulum of length $L$" is still the length', () => {
    expect(read('of-phrases.md').defs('Pendulum')).toEqual([
      ['T', 'period of a pendulum'],
      ['L', 'length'],
    ]);
  });
  it('"the mean of the samples $x_i$" (the samples or their mean?) defines nothing', () => {
    expect(read('of-phrases.md').defs('Mean')).toEqual([]);
  });
});

describe('definitions in the sentence before the formula (F19)', () => {
  it('reads a where-clause inside the introducing text and "$q$ represents …"', () => {
    expect(read('introducing-sentences.md').defs('Cycle reward')).toEqual([['m_1', 'the mean cycle length']]);
    expect(read('introducing-sentences.md').defs('Residual')).toEqual([['q', 'the residual work seen by an arrival']]);
  });
  it('"$E$ is given by:" and a where-clause about a symbol the formula does not write define nothing', () => {
    expect(read('introducing-sentences.md').defs('Energy')).toEqual([]);
    expect(read('introducing-sentences.md').defs('Depth')).toEqual([['w', 'load']]);
  });
});

describe('a list right after the formula (F26, G7)', () => {
  it('keeps its definitions when one item is a remark, which becomes a note', () => {
    const doc = read('remark-in-definition-list.md');
    expect(doc.defs('Prior').slice(2)).toEqual([
      ['r(\\mathbf{u})', 'the prior.'],
      ['s(\\mathbf{y}|\\mathbf{u})', 'the decoder.'],
    ]);
    expect(doc.notes('Prior')).toEqual(['Both are simpler than the marginal.']);
  });
  it('is no where-list when its remarks outnumber its definitions', () => {
    expect(read('remark-in-definition-list.md').defs('Steps')).toEqual([]);
  });
  it('reads `$y \\in S$: meaning` items, and never a condition `$k > 0$: growth`', () => {
    expect(read('membership-items.md').defs('Binary')).toEqual([
      ['y', '실제 레이블'],
      ['p', '예측 확률'],
    ]);
    expect(read('membership-items.md').defs('Growth')).toEqual([]);
  });
});
