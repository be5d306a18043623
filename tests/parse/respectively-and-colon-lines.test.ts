// Chinese and Japanese parameter lists and "respectively" clauses (brief defs13, shapes 1–2): lines
// of 「$x$：meaning」 pairs, 参数： lists, and 「分别」/「それぞれ」 clauses that pair nouns with symbols in
// order; each beside a near form that must define nothing (or nothing wrong).
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

const read = (lang: string, body: string[]) => {
  const text = ['---', `lang: ${lang}`, '---', '# 笔记', '', ...body, ''].join('\n');
  return parseCollection({ path: 'notes.md', text }).collection.equations.map((e) => e.variables.map((v) => [v.symbols.join(','), v.description]));
};

describe('a paragraph of 「$x$：meaning」 lines', () => {
  it('gives each line to its own symbol (Japanese; it once paired g with the line above: 質量)', () => {
    expect(read('ja', ['## 位置エネルギー', '', '$$U = m g h$$', '', '$m$：物の質量', '$g$：重力加速度', '$h$：床からの高さ'])).toEqual([
      [
        ['m', '物の質量'],
        ['g', '重力加速度'],
        ['h', '床からの高さ'],
      ],
    ]);
  });
  it('reads the same lines under 参数说明： and as list items under 参数：', () => {
    expect(read('zh', ['## 势能', '', '$$U = m g h$$', '', '参数说明：', '', '$m$：物体的质量', '$g$：重力加速度', '$h$：离地高度'])).toEqual([
      [
        ['m', '物体的质量'],
        ['g', '重力加速度'],
        ['h', '离地高度'],
      ],
    ]);
    expect(read('zh', ['## 动能', '', '$$K = m v^2 / 2$$', '', '参数：', '', '- $m$：质量', '- $v$：速率'])).toEqual([
      [
        ['m', '质量'],
        ['v', '速率'],
      ],
    ]);
  });
  it('reads 「- $m$ —— 质量」 items (the Chinese dash, two em dashes) without a dash left in the meaning', () => {
    expect(read('zh', ['## 动量', '', '$$p = m v$$', '', '参数：', '', '- $m$ —— 质量', '- $v$ —— 速度'])).toEqual([
      [
        ['m', '质量'],
        ['v', '速度'],
      ],
    ]);
  });
  it('reads items written without dollars, 「- m —— 质量」 and 「- v：速度」 (with the warning to wrap them); a word is no symbol', () => {
    expect(read('zh', ['## 动量', '', '$$p = m v$$', '', '参数：', '', '- m —— 质量', '- v：速度'])).toEqual([
      [
        ['m', '质量'],
        ['v', '速度'],
      ],
    ]);
    expect(read('zh', ['## 动量', '', '$$p = m v$$', '', '参数：', '', '- Note：单位为国际单位制'])).toEqual([[]]);
  });
  it('reads nothing when a line is no pair, and never gives the next symbol the pair’s meaning', () => {
    expect(read('ja', ['## 位置エネルギー', '', '$$U = m g h$$', '', '$m$：質量', '$g$ は一定とする。'])).toEqual([[]]);
    expect(read('ja', ['## 位置エネルギー', '', '$$U = m g h$$', '', '$m$：質量', '$g$ を変えて$h$を測る。'])).toEqual([[]]);
  });
});

describe('「分别」: several symbols, their nouns in the same order', () => {
  it('symbols first: 「其中 $a$、$b$ 分别为长和宽」, 「$F$、$s$ 分别表示力和位移」', () => {
    expect(read('zh', ['## 面积', '', '$$S = a b$$', '', '其中 $a$、$b$ 分别为长和宽。'])).toEqual([
      [
        ['a', '长'],
        ['b', '宽'],
      ],
    ]);
    expect(read('zh', ['## 功', '', '$$W = F s$$', '', '其中 $F$、$s$ 分别表示拉力与位移。'])).toEqual([
      [
        ['F', '拉力'],
        ['s', '位移'],
      ],
    ]);
  });
  it('three symbols, and a topic clause after them in the same sentence: 「…分别表示压强、体积和温度，$R$ 为气体常量」', () => {
    expect(read('zh', ['## 气体', '', '$$p V = n R T$$', '', '式中 $p$、$V$、$T$ 分别表示压强、体积和温度，$R$ 为气体常量。'])).toEqual([
      [
        ['p', '压强'],
        ['V', '体积'],
        ['T', '温度'],
        ['R', '气体常量'],
      ],
    ]);
  });
  it('nouns first: 「长和宽分别记作 $a$ 和 $b$」 before the formula', () => {
    expect(read('zh', ['## 周长', '', '把矩形的长和宽分别记作 $a$ 和 $b$，则', '', '$$C = 2(a + b)$$'])).toEqual([
      [
        ['a', '矩形的长'],
        ['b', '宽'],
      ],
    ]);
  });
  it('Japanese: 「$m$、$v$ はそれぞれ質量と速度である」', () => {
    expect(read('ja', ['## 運動量', '', '$$p = m v$$', '', 'ここで、$m$、$v$ はそれぞれ質量と速度である。'])).toEqual([
      [
        ['m', '質量'],
        ['v', '速度'],
      ],
    ]);
  });
  it('as many nouns as symbols, or nothing: 「分别为长、宽和高」 with two symbols; 「分别增加一倍」 is no meaning, nor 「分别为 3 和 4」 (values)', () => {
    expect(read('zh', ['## 面积', '', '$$S = a b$$', '', '其中 $a$、$b$ 分别为长、宽和高。'])).toEqual([[]]);
    expect(read('zh', ['## 面积', '', '$$S = a b$$', '', '若 $a$、$b$ 分别增加一倍，面积变为四倍。'])).toEqual([[]]);
    expect(read('zh', ['## 面积', '', '$$S = a b$$', '', '例如 $a$、$b$ 分别为 3 和 4。'])).toEqual([[]]);
  });
});
