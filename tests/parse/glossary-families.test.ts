// A symbol table row with one index names a family (trial 7, P7): `$q_j$` defines `q_{t,j}` in a
// formula; a row whose symbol cell is `X=formula` defines X.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

const DOC = `# Scores

| Symbol | Meaning |
|---|---|
| $q_j$ | deviation of feature j |
| $G_j=\\log(y_j)$ | log of feature j |
| $M$ | number of features |

## Deviation

$$q_{t,j} = \\frac{G_{t,j} - c_j}{M}$$

## Other index

$$q_{t,k} = 0$$
`;

describe('glossary families', () => {
  const eqs = parseCollection({ path: 'scores.md', text: DOC }).collection.equations;
  const symbols = (i: number) => eqs[i]!.variables.map((v) => v.symbols.join(', '));

  it('a row `$q_j$` defines `q_{t,j}`, and a row `$G_j=…$` defines `G_{t,j}`', () => {
    expect(symbols(0)).toEqual(expect.arrayContaining(['q_j', 'G_j', 'M']));
  });

  it('another index letter is not the family', () => {
    expect(symbols(1)).toEqual([]);
  });
});

describe('a marked base is another symbol', () => {
  it('a row `$q_j$` does not define `q^+_{t,j}`', () => {
    const text = `# Scores\n\n| Symbol | Meaning |\n|---|---|\n| $q_j$ | deviation of feature j |\n| $M$ | number of features |\n\n## Positive part\n\n$$q^+_{t,j} = \\max(0, r_{t,j})$$\n`;
    expect(parseCollection({ path: 's.md', text }).collection.equations[0]!.variables).toEqual([]);
  });
});
