// Vietnamese where-sentences (trial 7, P1): "trong đó $x$ là …" after a formula defines like
// "where $x$ is …"; the fixture is a short note written for this test.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

const NOTE = `# Ghi chú quang học

## Định luật hấp thụ

Khi ánh sáng đi qua một dung dịch, cường độ của nó giảm dần theo quãng đường và nồng độ của chất tan.

$$J = J_0 e^{-k n s}$$

trong đó $J_0$ là cường độ ban đầu, $k$ là hệ số hấp thụ, $n$ là nồng độ và $s$ là quãng đường.

## Độ truyền qua

$$T = J / J_0$$

với $T$ là độ truyền qua của mẫu.
`;

describe('Vietnamese prose definitions', () => {
  const eqs = parseCollection({ path: 'ghi-chu.md', text: NOTE }).collection.equations;
  const defs = (i: number) => eqs[i]!.variables.map((v) => [v.symbols.join(', '), v.description]);

  it('reads "trong đó $x$ là …" like "where $x$ is …"', () => {
    expect(defs(0)).toEqual([
      ['J_0', 'cường độ ban đầu'],
      ['k', 'hệ số hấp thụ'],
      ['n', 'nồng độ'],
      ['s', 'quãng đường'],
    ]);
  });

  it('reads "với $x$ là …"', () => {
    expect(defs(1)).toEqual([['T', 'độ truyền qua của mẫu']]);
  });
});
