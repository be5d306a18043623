// Definitions in prose that the fifth unseen-document trial found wrong or missed (issue 24,
// trial 5 M6–M12). Each fixture holds the form read right and a near form that must define
// nothing: a wrong meaning shown to a student is worse than none.
import { describe, expect, it } from 'vitest';
import { readDefinitions } from '../helpers/reader-fixtures.js';

const read = (file: string) => readDefinitions('prose-trial5', file);

describe('a sentence that only mentions a symbol defines nothing (M10)', () => {
  it('French "On cherche $y_P$ …" and "Donc $C(t) = 2$ convient" give no meaning "cherche" or "donc"', () => {
    expect(read('mentions-fr.md').defs('Solution particulière')).toEqual([]);
    expect(read('mentions-fr.md').defs('Constante')).toEqual([]);
  });
  it('the French definitions by form are still read ("Soit $v$ la vitesse", "où $m$ est la masse")', () => {
    expect(read('mentions-fr.md').defs('Vitesse')).toEqual([
      ['v', 'la vitesse du mobile, mesurée dans le repère fixe de la piste'],
      ['m', 'la masse du mobile'],
    ]);
  });
  it('Spanish "Cuando $X$ es …" gives no meaning "cuando"; the donde-sentence is read', () => {
    expect(read('mentions-es.md').defs('Esperanza')).toEqual([['f', 'la función de densidad de la variable']]);
  });
  it('Japanese "$x$を加えたとき" and "$x$を足せば" are no definitions (the noun before the symbol, 「摂動$x$」, is its meaning: M11)', () => {
    expect(read('mentions-ja.md').defs('左からの摂動')).toEqual([['\\Delta \\boldsymbol{\\theta}', '摂動']]);
  });
  it('Japanese "$r$ を真の分布、$s$ を確率モデルとする" still defines both', () => {
    expect(read('mentions-ja.md').defs('確率モデル')).toEqual([
      ['r(x)', '真の分布'],
      ['s(x)', '確率モデル'],
    ]);
  });
  it('English "a single $\\rm Ni$ channel" gives no meaning "single"; "specific heat $c_p$" is read', () => {
    expect(read('mentions-en.md').defs('Rate')).toEqual([]);
    expect(read('mentions-en.md').defs('Heat')).toEqual([
      ['\\rho', 'density'],
      ['c_p', 'specific heat'],
    ]);
  });
});

describe('Russian where-sentences and where-words of any language (M6)', () => {
  it('"где $k$ — …, $S(\\cdot)$ – …, а $W$ - …" defines each (em dash, en dash, hyphen; `S(\\cdot)` names the `S(W)` written)', () => {
    expect(read('where-ru.md').defs('Согласованность')).toEqual([
      ['k', 'поправочный коэффициент'],
      ['S(\\cdot)', 'оператор сглаживания'],
      ['W', 'окно усреднения'],
    ]);
  });
  it('"Здесь $m$ есть …" defines; a sentence that only mentions $P$ does not', () => {
    expect(read('where-ru.md').defs('Энергия')).toEqual([['m', 'масса покоя тела']]);
    expect(read('where-ru.md').defs('Упоминание')).toEqual([]);
  });
  it('in an English note, "où …", "donde …" and "ここで…" sentences are read with their own words', () => {
    expect(read('where-mixed.md').defs('Spring')).toEqual([
      ['k', 'la raideur du ressort'],
      ['x', "l'allongement"],
    ]);
    expect(read('where-mixed.md').defs('Pendulum')).toEqual([['L', 'la longitud del hilo']]);
    expect(read('where-mixed.md').defs('Charge')).toEqual([['C', '静電容量']]);
  });
});

describe('a where-sentence with values and units (M9)', () => {
  it('"$m = 2.5$ kg is the mass …, $g = 9.81$ m/s$^2$ is …" ends each meaning at the next symbol', () => {
    expect(read('values-with-units.md').defs('Friction force')).toEqual([
      ['\\mu', 'the friction coefficient'],
      ['m', 'the mass of the block'],
      ['g', 'the acceleration due to gravity'],
      ['\\theta', 'the slope angle'],
    ]);
  });
  it('values with units and no verb ("With $a = 2$ m/s$^2$ and $t = 3$ s the speed follows") define nothing', () => {
    expect(read('values-with-units.md').defs('Worked value')).toEqual([]);
  });
});

describe('nested sub-items and value items of a where-list (M12)', () => {
  it('sub-items defining the symbols of an item\'s formula are definitions of their own; values are kept as meanings', () => {
    expect(read('nested-items.md').defs('Relevance')).toEqual([
      ['Q', 'The question asked'],
      ['c(q_i)', 'Count of $q_i$ in the page'],
      ['k', '(damping knob)'],
      ['\\text{W}(q_i)', '(rarity weight)'],
      ['M', 'Number of pages in the index'],
      ['m(q_i)', 'Number of pages holding $q_i$'],
      ['\\bar{s}', 'page_score_mean (from the first pass)'],
      ['h', '512'],
    ]);
  });
});

describe('a symbol that occurs only in an integral\'s limits (M8)', () => {
  it('the lower limit `t_{0}` of `\\int_{t_{0}}^{b}` is defined by the where-sentence', () => {
    expect(read('integral-limits.md').defs('Accumulated flow')).toEqual([
      ['t_{0}', 'the start time'],
      ['b', 'the end time'],
    ]);
  });
  it('a label subscript (`I_{x}`) is still no use of `x`', () => {
    expect(read('integral-limits.md').defs('Labelled current')).toEqual([]);
  });
});

describe('symbol bullets right after a display, with no where-word (M7)', () => {
  it('"- $s > 0$: **width** (…)" and "- $h$: **offset** (…)" are the formula\'s legend', () => {
    expect(read('legend-bullets.md').defs('Packet')).toEqual([
      ['s', '**width** (larger means slower)'],
      ['h', '**offset** (position in time)'],
    ]);
  });
  it('bullets of cases ("- $q > 0$: the queue keeps …") define nothing', () => {
    expect(read('legend-bullets.md').defs('Queue regimes')).toEqual([]);
  });
});
