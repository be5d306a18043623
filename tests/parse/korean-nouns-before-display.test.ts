// Korean sentences that name a symbol before the display (brief defs13, shape 3): 「질량이 $m$ 인
// 물체」 (whose mass is m) and 「속도 $v$ 로」 (a noun right before its symbol), and 「여기서 $m$ 은
// 질량」 after it; each beside a sentence that only mentions the symbol.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

const read = (body: string[]) => {
  const text = ['---', 'lang: ko', '---', '# 역학', '', ...body, ''].join('\n');
  return parseCollection({ path: 'notes.md', text }).collection.equations.map((e) => e.variables.map((v) => [v.symbols.join(','), v.description]));
};

describe('a Korean sentence before the display', () => {
  it('「질량이 $m$ 인 물체가 속도 $v$ 로 움직일 때」 defines m and v', () => {
    expect(read(['## 운동 에너지', '', '질량이 $m$ 인 수레가 속도 $v$ 로 달릴 때 그 에너지는', '', '$$E = \\frac{1}{2} m v^2$$'])).toEqual([
      [
        ['m', '질량'],
        ['v', '속도'],
      ],
    ]);
  });
  it('「반지름이 $r$일 때」 with the copula glued to the math', () => {
    expect(read(['## 원의 넓이', '', '반지름이 $r$일 때 넓이는', '', '$$A = \\pi r^2$$'])).toEqual([[['r', '반지름']]]);
  });
  it('a word that is no bare noun names nothing: 「따라서 $x$ 를」, 「값이 $x$ 보다」, 「모든 $x$ 에」, 「새로운 $x$ 의」', () => {
    expect(read(['## 풀이', '', '따라서 $x$ 를 구하면 값이 $x$ 보다 크다.', '', '$$y = 2 x$$'])).toEqual([[]]);
    expect(read(['## 풀이', '', '모든 $x$ 에 대하여 새로운 $x$ 의 값은', '', '$$y = 2 x$$'])).toEqual([[]]);
  });
  it('a symbol the formula does not write is defined nowhere', () => {
    expect(read(['## 운동량', '', '질량이 $M$ 인 수레를 밀면', '', '$$p = m v$$'])).toEqual([[]]);
  });
});

describe('「여기서 $m$ 은 질량」 after the display', () => {
  it('defines each symbol', () => {
    expect(read(['## 운동량', '', '$$p = m v$$', '', '여기서 $m$ 은 질량, $v$ 는 속도이다.'])).toEqual([
      [
        ['m', '질량'],
        ['v', '속도'],
      ],
    ]);
  });
});
