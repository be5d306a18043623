// Where-clauses and where-lists of Spanish, Portuguese, German and Russian (brief defs13, shape 4):
// the where-word, the verb or separator (—, –, :) and a trailing `;` or verb; each with a clause that
// only mentions a symbol.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

const read = (lang: string, body: string[]) => {
  const text = ['---', `lang: ${lang}`, '---', '# Notes', '', '## Energy', '', '$$E = \\frac{1}{2} m v^2$$', '', ...body, ''].join('\n');
  return parseCollection({ path: 'notes.md', text }).collection.equations[0]!.variables.map((v) => [v.symbols.join(','), v.description]);
};
const massAndSpeed = (mass: string, speed: string) => [
  ['m', mass],
  ['v', speed],
];

describe('where-clauses', () => {
  it.each([
    ['es', 'donde $m$ es la masa y $v$ es la rapidez.', 'la masa', 'la rapidez'],
    ['es', 'siendo $m$ la masa y $v$ la rapidez.', 'la masa', 'la rapidez'],
    ['pt', 'onde $m$ é a massa e $v$ é a rapidez.', 'a massa', 'a rapidez'],
    ['pt', 'em que $m$ é a massa e $v$ é a rapidez.', 'a massa', 'a rapidez'],
    ['de', 'wobei $m$ die Masse und $v$ die Geschwindigkeit ist.', 'die Masse', 'die Geschwindigkeit'],
    ['de', 'wobei $m$ die Masse ist und $v$ die Geschwindigkeit bezeichnet.', 'die Masse', 'die Geschwindigkeit'],
    ['de', 'Dabei ist $m$ die Masse und $v$ die Geschwindigkeit.', 'die Masse', 'die Geschwindigkeit'],
    ['de', 'mit $m$: Masse und $v$: Geschwindigkeit.', 'Masse', 'Geschwindigkeit'],
    ['ru', 'где $m$ — масса, $v$ — скорость.', 'масса', 'скорость'],
    ['ru', 'где $m$ – масса тела; $v$ – его скорость.', 'масса тела', 'его скорость'],
  ])('%s: %s', (lang, sentence, mass, speed) => {
    expect(read(lang, [sentence])).toEqual(massAndSpeed(mass, speed));
  });
  it('a clause that says something else of the symbol defines nothing: 「wobei $m$ konstant ist」', () => {
    expect(read('de', ['wobei $m$ konstant ist.'])).toEqual([]);
    expect(read('es', ['donde $m$ crece con el tiempo.'])).toEqual([]);
  });
});

describe('where-lists under Donde: / Onde: / Dabei: / Mit: / Legende: / где:', () => {
  it.each([
    ['es', 'Donde:', '- $m$: masa del cuerpo', '- $v$ – rapidez;'],
    ['pt', 'Onde:', '- $m$ — massa;', '- $v$ — rapidez;'],
    ['de', 'Dabei:', '- $m$: Masse', '- $v$: Tempo'],
    ['de', 'Mit:', '- $m$ – Masse', '- $v$ – Tempo'],
    ['de', 'Legende:', '- $m$: Masse;', '- $v$: Tempo;'],
    ['ru', 'где:', '- $m$ — масса;', '- $v$ — скорость;'],
  ])('%s %s', (lang, intro, first, second) => {
    const read2 = read(lang, [intro, '', first, second]);
    expect(read2.map(([s]) => s)).toEqual(['m', 'v']);
    expect(read2.every(([, d]) => d !== undefined && !/[;:–—]$|^[\s:–—]/.test(d))).toBe(true);
  });
});
