// A name with its symbol in parentheses right after it (brief defs13, shape 6): 「la velocidad ($v$)」,
// 「die Masse ($m$)」, 「速度（$v$）」 read v → velocity (not Russian: no article tells where a name
// starts); parentheses holding a number, an expression or more than the math define nothing.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

const read = (lang: string, body: string[]) => {
  const text = ['---', `lang: ${lang}`, '---', '# Notes', '', ...body, ''].join('\n');
  return parseCollection({ path: 'notes.md', text }).collection.equations.map((e) => e.variables.map((v) => [v.symbols.join(','), v.description]));
};

describe('a name, then its symbol in parentheses', () => {
  it('German, after the formula: 「Die Masse ($m$) geteilt durch das Volumen ($V$)」', () => {
    expect(read('de', ['## Dichte', '', '$$\\rho = m / V$$', '', 'Die Masse ($m$) eines Körpers geteilt durch das Volumen ($V$) ergibt die Dichte.'])).toEqual([
      [
        ['m', 'Die Masse'],
        ['V', 'das Volumen'],
      ],
    ]);
  });
  it('German, before the formula: 「die elektrische Spannung ($U$)」', () => {
    expect(read('de', ['## Ohm', '', 'Die elektrische Spannung ($U$) hängt vom Strom ab:', '', '$$U = R I$$'])).toEqual([[['U', 'Die elektrische Spannung']]]);
  });
  it('Spanish (prose-romance.ts): 「la velocidad ($v$)」', () => {
    expect(read('es', ['## Distancia', '', '$$d = v t$$', '', 'Se multiplica la velocidad ($v$) por el tiempo ($t$).'])).toEqual([
      [
        ['v', 'la velocidad'],
        ['t', 'el tiempo'],
      ],
    ]);
  });
  it('Russian names nothing this way: without articles, where the name starts is unknown', () => {
    expect(read('ru', ['## Импульс', '', '$$p = m v$$', '', 'Здесь масса тела ($m$) умножается на скорость ($v$).'])).toEqual([[]]);
  });
  it('Chinese: 「速度（$v$）乘以时间」; a name right after another closing parenthesis is no name', () => {
    expect(read('zh', ['## 路程', '', '$$s = v t$$', '', '速度（$v$）乘以时间（$t$）得到路程。'])).toEqual([[['v', '速度']]]);
  });
  it('Japanese: 「物体の質量（$m$）と速度（$v$）」; 「関係式（$p$）」 names no quantity', () => {
    expect(read('ja', ['## 運動量', '', '物体の質量（$m$）と速度（$v$）の積が運動量である。', '', '$$p = m v$$'])).toEqual([
      [
        ['m', '質量'],
        ['v', '速度'],
      ],
    ]);
    expect(read('ja', ['## 運動量', '', '$$p = m v$$', '', 'この関係式（$p$）を使う。'])).toEqual([[]]);
  });
  it('parentheses with a number, an expression or more words define nothing', () => {
    expect(read('de', ['## Dichte', '', '$$\\rho = m / V$$', '', 'Siehe die Gleichung ($2$) und die Summe ($m + V$) sowie das Volumen ($V$ in Litern).'])).toEqual([[]]);
    // A name of a place in the text or of a formula is no quantity's.
    expect(read('de', ['## Dichte', '', '$$\\rho = m / V$$', '', 'In der Gleichung ($m$) steht oben die Masse.'])).toEqual([[]]);
  });
});
