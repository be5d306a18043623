// Definitions a reader finds first (issue 24, trial 5 M11, M13): symbol tables in any language or
// shape, appositions ("the sample size $n$", "l'aire ($A$)", "**name**, $f$,"), and Japanese
// "$x$は…である" / "名詞$x$". Each fixture holds the form read and a near form that must define
// nothing: a wrong meaning shown to a student is worse than none.
import { describe, expect, it } from 'vitest';
import { readDefinitions } from '../helpers/reader-fixtures.js';

const read = (file: string) => readDefinitions('prose-trial5', file);

describe('a symbol table anywhere defines the symbols of every formula that writes them (M13)', () => {
  it('a Russian parameter table in its own section (header "Символ | Название | …") gives each formula its symbols', () => {
    const doc = read('parameter-table-ru.md');
    expect(doc.defs('Смещение')).toEqual([
      ['Y', 'Амплитуда; Наибольшее отклонение груза; 1 – 5 см'],
      ['\\gamma', 'Затухание; Скорость убывания амплитуды; 0.1 – 1'],
      ['\\Omega', 'Частота; Угловая частота колебаний; 2 – 20'],
    ]);
    expect(doc.defs('Энергия')).toEqual([
      ['Y', 'Амплитуда; Наибольшее отклонение груза; 1 – 5 см'],
      ['K', 'Жёсткость; Жёсткость пружины; 10 – 100'],
    ]);
    expect(doc.sources('Энергия')).toEqual(['glossary', 'glossary']);
  });
  it('a table whose header names no symbol is one by its shape: a column of symbols beside a column of words', () => {
    expect(read('shape-tables.md').defs('Caudal')).toEqual([
      ['v', 'velocidad media del fluido'],
      ['A', 'área de la sección'],
    ]);
  });
  it('a table of values (math or numbers beside the symbols) defines nothing', () => {
    expect(read('shape-tables.md').defs('Factorial')).toEqual([]);
  });
});

describe('Japanese definitions a reader finds first (M11)', () => {
  it('an intro that names symbols once (「角速度ベクトル$w$と…姿勢行列$R = …$を考える」, 「…を$g$（…）、…を$m$とし」) defines them for later formulas', () => {
    const doc = read('appositions-ja.md');
    expect(doc.defs('位置エネルギー')).toEqual([
      ['z', '床からの高さ'],
      ['g', '重力加速度'],
      ['m', '質量'],
    ]);
    expect(doc.defs('姿勢の変化')).toEqual([
      ['\\boldsymbol{w}', '角速度ベクトル'],
      ['\\mathbf{R}', '姿勢行列'],
    ]);
  });
  it('「$s$は…、$\\mathbf{n}$は…である(…を参照)。」 defines each symbol of its clauses', () => {
    expect(read('appositions-ja.md').defs('慣性')).toEqual([
      ['s', '回転の速さ'],
      ['\\mathbf{n}', '単位長さの回転軸'],
    ]);
  });
  it('a sentence that goes on (「…行列であるため」) or only mentions a symbol (「$k$が小さいとき」, 「式$k^2 = 0$」) defines nothing', () => {
    expect(read('appositions-ja.md').defs('言及だけ')).toEqual([['\\mathbf{R}', '姿勢行列']]);
  });
});

describe('Spanish and French definitions a reader finds first (M11)', () => {
  it('"La **término (abrev.)**, $x$, …" and "la **término** de $M$, $D(M)$ como:" name the symbol after the bold term (the bare function `D` of `D(M)`)', () => {
    const doc = read('appositions-es-fr.md');
    expect(doc.defs('Densidad')).toEqual([['\\lambda', 'La **tasa de llegada (tla)**']]);
    // "con media $\\mu$" has no article: no meaning is read for it.
    expect(doc.defs('Dispersión')).toEqual([
      ['M', 'una muestra aleatoria'],
      ['D', 'la **dispersión** de $M$'],
    ]);
  });
  it('"Si $U$ e $W$ son dos magnitudes … y $q$ una constante" defines all three; "un intervalo $B$" names B', () => {
    const doc = read('appositions-es-fr.md');
    expect(doc.defs('Propiedades')).toEqual([
      ['U', 'dos magnitudes independientes'],
      ['W', 'dos magnitudes independientes'],
      ['q', 'una constante'],
    ]);
    expect(doc.defs('Conjunto')).toEqual([['B', 'un intervalo']]);
  });
  it('a condition ("Cuando $x$ es grande"), a clause without an article, and a phrase without a bold term define nothing', () => {
    expect(read('appositions-es-fr.md').defs('Mención')).toEqual([]);
  });
  it('French "la réserve de pièces disponibles ($R$)" and "avec $K \\in \\mathbb{R}$ et $B$ une primitive de $b$" are read', () => {
    const doc = read('appositions-fr.md');
    expect(doc.defs('Estimation')).toEqual([['R', 'la réserve de pièces disponibles']]);
    expect(doc.defs('Solutions')).toEqual([['B', 'une primitive de $b$']]);
  });
  it('"la solution tq $y(0) = 4$" states a condition, no definition', () => {
    expect(read('appositions-fr.md').defs('Condition')).toEqual([]);
  });
});
