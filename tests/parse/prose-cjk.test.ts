// Chinese and Korean prose definitions (issue 24, trial 6 N9): the sentences that say what a
// symbol is in the text introducing a formula, each beside a near form that must define nothing.
import { describe, expect, it } from 'vitest';
import { readDefinitions } from '../helpers/reader-fixtures.js';

const read = (file: string) => readDefinitions('prose-cjk', file);

describe('Chinese topic clauses before the formula', () => {
  const zh = () => read('chinese-topics.md');
  it('"$U$是电压， $R$是电阻" defines each symbol, marked as prose', () => {
    expect(zh().defs('欧姆定律')).toEqual([
      ['U', '电压'],
      ['R', '电阻'],
    ]);
    expect(zh().sources('欧姆定律')).toEqual(['prose', 'prose']);
  });
  it('"其中 $P$ 表示功率，$t$ 表示时间:" defines both (a 其中 clause goes on after the comma)', () => {
    expect(zh().defs('电功')).toEqual([
      ['P', '功率'],
      ['t', '时间'],
    ]);
  });
  it('"$R$是变化的" (an adjective ending in 的) is no meaning; "$U$是常数" is', () => {
    expect(read('chinese-topics-negatives.md').defs('条件')).toEqual([['U', '常数']]);
  });
  it('a symbol the formula does not write is defined nowhere', () => {
    expect(read('chinese-topics-negatives.md').defs('别的符号')).toEqual([]);
  });
});

describe('a Chinese noun right before its symbol, on the formula line or the line above', () => {
  const zh = () => read('chinese-appositions.md');
  it('"動能 $K$，$K = …$" and "動量 $p$，$p = mv$"', () => {
    expect(zh().defs('動能')).toEqual([['K', '動能']]);
    expect(zh().defs('動量')).toEqual([['p', '動量']]);
  });
  it('"彈性係數（stiffness）$k$：meaning" above the formula keeps the gloss and the meaning', () => {
    expect(zh().defs('彈簧')).toEqual([['k', '彈性係數（stiffness）：彈簧的硬度']]);
  });
  it('a clause opening with a verb ("得到速度 $v$", "使用質量 $m$") names nothing', () => {
    // (The label still names its formula, as any label line does.)
    expect(zh().defs('得到速度')).toEqual([]);
    expect(zh().defs('使用質量')).toEqual([]);
  });
});

describe("a list's last item introduces the display right after the list", () => {
  const zh = () => read('chinese-list-intro.md');
  it('"- **电感元件** 设…的电流为 $i$, 则…的电压为" then the display: u and i', () => {
    expect(zh().defs('电感')).toEqual([
      ['u', '电压'],
      ['i', '流过线圈的电流'],
    ]);
  });
  it('"其中 $cw$ 表示顺时针, $ccw$ 表示逆时针" names the symbols those labels subscript', () => {
    expect(zh().defs('回路')).toEqual([
      ['u_{cw}', '顺时针'],
      ['u_{ccw}', '逆时针'],
    ]);
  });
  it('"因此对于交流电 $i=…$" and "( 其中 $j=\\sqrt{-1}$, 是虚数单位.)"', () => {
    expect(zh().defs('复数')).toEqual([
      ['i', '交流电'],
      ['j', '虚数单位'],
    ]);
  });
  it('an item that defines nothing gives the display nothing', () => {
    expect(zh().defs('列表之后')).toEqual([]);
  });
});

describe('Korean topic clauses', () => {
  const ko = () => read('korean-topics.md');
  it('"$E$는 운동 에너지이고 $v$는 속도이다." before the formula', () => {
    expect(ko().defs('운동 에너지')).toEqual([
      ['E', '운동 에너지'],
      ['v', '속도'],
    ]);
  });
  it('"여기서 $F$는 힘, $m$은 질량, $a$는 가속도이다." after it: the copula is no part of the meaning', () => {
    expect(ko().defs('뉴턴의 법칙')).toEqual([
      ['F', '힘'],
      ['m', '질량'],
      ['a', '가속도'],
    ]);
  });
  it('"$A$는 면적을 나타낸다." → 면적', () => {
    expect(ko().defs('압력')).toEqual([['A', '면적']]);
  });
  it('"$x$는 $y$보다 크다." (a comparison) defines nothing', () => {
    expect(ko().defs('비교')).toEqual([]);
  });
});

describe('a Chinese note defines its symbols once for the formulas after it', () => {
  const zh = () => read('chinese-document.md');
  it('"$i$是电流" and "电压 $v$，" above the first formula also define the next one that writes i and v', () => {
    expect(zh().defs('功率')).toEqual([
      ['p', '功率'],
      ['i', '电流'],
      ['v', '电压'],
    ]);
  });
  it('"线性参量 $X$" is no meaning of the X of `X_L` in a later formula', () => {
    expect(zh().defs('感抗')).toEqual([]);
  });
});
