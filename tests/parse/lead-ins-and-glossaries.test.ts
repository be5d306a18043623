// Definitions the fourth unseen-document trial found unread (issue 24, trial 4 K7, K8): a list a
// lead-in ending in a colon introduces, in any language; items that are a symbol and a noun
// without a verb; where-words of Russian, Polish and Korean; a glossary section that defines the
// symbols of every formula of its document. Each fixture holds near forms that must define nothing.
import { describe, expect, it } from 'vitest';
import { readDefinitions } from '../helpers/reader-fixtures.js';

const read = (file: string) => readDefinitions('lead-ins', file);

describe('a list after a lead-in ending in a colon is the formula\'s where-list (K8)', () => {
  it('"Here:" then `$k$: …` and `$x$ — …` items', () => {
    expect(read('colon-lead-ins.md').defs("Hooke's law")).toEqual([
      ['k', 'the stiffness of the spring'],
      ['x', 'the displacement from rest'],
    ]);
  });
  it('any lead-in sentence, and items that are a symbol then a noun without a verb', () => {
    expect(read('colon-lead-ins.md').defs("Ohm's law")).toEqual([
      ['V', 'voltage across the resistor'],
      ['I', 'current through it'],
      ['R', 'resistance'],
    ]);
  });
  it('a list of remarks after a lead-in defines nothing', () => {
    expect(read('colon-lead-ins.md').defs('Mass and energy')).toEqual([]);
  });
  it('a list of symbols the formula does not write defines nothing', () => {
    expect(read('colon-lead-ins.md').defs('Momentum')).toEqual([]);
  });
  it('a Chinese lead-in ("我们逐项来看这个式子：") and `$m$ 是…` items', () => {
    expect(read('zh-breakdown.md').defs('均方误差')).toEqual([
      ['m', '训练样本的个数。'],
      ['h_i', '模型对第 $i$ 个样本的输出。'],
      ['t_i', '第 $i$ 个样本的目标值。'],
    ]);
    expect(read('zh-breakdown.md').defs('更新规则')).toEqual([]);
  });
  it('an item about an expression the formula does not write is a note, not a definition', () => {
    const eq = read('zh-breakdown.md').collection.equations[0]!;
    expect(eq.notes.map((n) => n.text)).toEqual(['$\\frac{1}{2}$ 常被加上，只为求导后的式子更简洁。']);
  });
});

describe('a symbol then the noun it names, several in one item (K8)', () => {
  it('"Com:" then `- $C$ capital inicial` items', () => {
    expect(read('noun-runs.md').defs('Montante')).toEqual([
      ['C', 'capital inicial'],
      ['j', 'taxa de juros por período'],
      ['t', 'número de períodos'],
    ]);
  });
  it('`- $N$ valor nominal, $A$ valor atual` right after the formula: one definition per pair', () => {
    expect(read('noun-runs.md').defs('Desconto')).toEqual([
      ['N', 'valor nominal'],
      ['A', 'valor atual'],
    ]);
  });
  it('units after symbols (`$t$ em anos, $d$ ao ano`) are no definitions', () => {
    expect(read('noun-runs.md').defs('Condições')).toEqual([]);
  });
});

describe('where-words of Russian, Polish and Korean', () => {
  it('"где:" lists and "где $m$ — …, а $v$ — …" sentences', () => {
    const doc = read('ru-mechanics.md');
    expect(doc.collection.lang).toBe('ru');
    expect(doc.defs('Второй закон Ньютона')).toEqual([
      ['F', 'сила, действующая на тело'],
      ['m', 'масса тела'],
      ['a', 'ускорение'],
    ]);
    expect(doc.defs('Кинетическая энергия')).toEqual([
      ['m', 'масса тела'],
      ['v', 'его скорость'],
    ]);
  });
  it('"gdzie:" lists and "gdzie $F$ to …, a $S$ to …" sentences', () => {
    const doc = read('pl-physics.md');
    expect(doc.collection.lang).toBe('pl');
    expect(doc.defs('Energia kinetyczna')).toEqual([
      ['E_k', 'energia kinetyczna'],
      ['m', 'masa ciała'],
      ['v', 'prędkość'],
    ]);
    expect(doc.defs('Ciśnienie')).toEqual([
      ['F', 'siła nacisku'],
      ['S', 'pole powierzchni'],
    ]);
  });
  it('"여기서" lists with the particle after the symbol (`$m$은 …`)', () => {
    const doc = read('ko-physics.md');
    expect(doc.collection.lang).toBe('ko');
    expect(doc.defs('운동 에너지')).toEqual([
      ['m', '물체의 질량'],
      ['v', '물체의 속력'],
    ]);
  });
});

describe('a glossary section defines the symbols of every formula that writes them (K7)', () => {
  it('`- Name ( $P$ ) [unit]` items before the formulas: the name is the meaning', () => {
    const doc = read('glossary-before.md');
    expect(doc.defs('Fórmulas')).toEqual([
      ['C', 'Capital aplicado'],
      ['M', 'Montante final'],
      ['r', 'Taxa mensal'],
      ['t', 'Prazo'],
    ]);
    const sources = doc.collection.equations[0]!.variables.map((v) => [v.source, v.glossary]);
    expect(sources).toEqual(Array(4).fill(['glossary', 'Grandezas']));
  });
  it('a formula keeps its own definition and takes only the symbols it writes', () => {
    expect(read('glossary-before.md').defs('Juros do período')).toEqual([
      ['J', 'o rendimento obtido'],
      ['C', 'Capital aplicado'],
      ['M', 'Montante final'],
    ]);
  });
  it('a table of symbols and `$a$: …` / `Name: $t$` items after the formulas', () => {
    const doc = read('glossary-after.md');
    expect(doc.defs('Uniform acceleration')).toEqual([
      ['u', 'initial velocity'],
      ['v', 'final velocity'],
      ['a', 'the constant acceleration'],
      ['t', 'Elapsed time'],
    ]);
    expect(doc.defs('Distance travelled')).toEqual([
      ['s', 'the distance covered'],
      ['u', 'initial velocity'],
      ['a', 'the constant acceleration'],
      ['t', 'Elapsed time'],
    ]);
  });
  it('a list of remarks about symbols is no glossary', () => {
    const doc = read('glossary-after.md');
    const all = doc.collection.equations.flatMap((e) => e.variables.map((v) => v.description));
    expect(all.some((d) => /positive/.test(d))).toBe(false);
  });
});

describe('a where-item written `$\\displaystyle A$ is …`', () => {
  it('defines the symbol without its style command', () => {
    expect(read('display-style-items.md').defs('Arrhenius')).toEqual([
      ['A', 'the frequency factor'],
      ['E_a', 'the activation energy'],
      ['R', 'the gas constant'],
      ['T', 'the temperature'],
    ]);
  });
});
