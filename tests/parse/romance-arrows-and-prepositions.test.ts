// Prose definitions of European notes (trial 6, docs 4 and 5): a symbol's meaning after an arrow
// ("$\Phi(\mu)$ --> spectral density … $$…$$", the function naming its bare symbol) or after
// "avec $x$ = …"; a noun after a preposition joined to its article ("alla lunghezza $l$"); the
// document language's verb and article before the formula ("$v$ è la velocità …"). A noun phrase
// that ends in a preposition ("una proporzionalità fra $V$") names nothing.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

const read = (lang: string, body: string) => {
  const text = `---\nlang: ${lang}\n---\n# Note\n\n${body}\n`;
  return parseCollection({ path: 'note.md', text }).collection.equations.map((e) => [e.latex.trim(), e.variables.map((v) => [v.symbols.join(', '), v.description])]);
};

describe('a symbol and its meaning after an arrow or "avec … ="', () => {
  it('reads the arrow before a formula on the same line, the function naming its bare symbol', () => {
    expect(read('fr', '$\\Phi(\\mu)$ --> densité spectrale du rayonnement, donne l aire sous la courbe $$\\int_0^{\\infty}\\Phi(\\mu)d\\mu$$\nConstante : $$k = 2\\pi$$')).toEqual([
      ['\\int_0^{\\infty}\\Phi(\\mu)d\\mu', [['\\Phi', 'densité spectrale du rayonnement']]],
      ['k = 2\\pi', []],
    ]);
  });

  it('reads "avec $x$ = meaning :" before the formula', () => {
    expect(read('fr', 'On trouve la vitesse avec $c_{eau}$ = célérité de la lumière dans l eau :\n$$k_{eau} = \\frac{c}{c_{eau}}$$')).toEqual([
      ['k_{eau} = \\frac{c}{c_{eau}}', [['c_{eau}', 'célérité de la lumière dans l eau']]],
    ]);
  });

  it('reads nothing when the meaning holds math or the symbol is not the formula\'s', () => {
    expect(read('fr', '$E$ --> énergie au niveau $m$ de l atome\n\n$$E = \\frac{-13,6}{m^2}$$')[0]![1]).not.toContainEqual(['E', expect.anything()]);
    expect(read('fr', '$T$ --> période du pendule\n\n$$f = \\frac{1}{2}$$')).toEqual([['f = \\frac{1}{2}', []]]);
  });
});

describe('Italian nouns and verbs around a formula', () => {
  it('names a symbol by the noun after "alla", "della" …, never by a phrase ending in "fra"', () => {
    expect(read('it', 'La caduta è proporzionale alla lunghezza $l$ e inversamente proporzionale alla sezione $S$:\n$$D = k \\frac{l}{S}$$\n\n## Legge\n\nSi trova una proporzionalità fra $V$ e $I$:\n$$R = \\frac{V}{I}$$')).toEqual([
      ['D = k \\frac{l}{S}', [['l', 'lunghezza'], ['S', 'sezione']]],
      ['R = \\frac{V}{I}', []],
    ]);
  });

  it('reads "$v$ è la velocità …" before the formula, not "$x$ è grande"', () => {
    expect(read('it', 'Il moto è uniforme. $v$ è la velocità del carrello.\n\n$$d = v t$$\n\n## Altro\n\n$x$ è grande quando:\n\n$$y = x^2$$')).toEqual([
      ['d = v t', [['v', 'la velocità del carrello']]],
      ['y = x^2', []],
    ]);
  });
});

describe('a function named in Romance prose', () => {
  it('names the bare function, not its application ("la **varianza** de $X$, $V(X)$ como:")', () => {
    expect(read('es', 'Para una variable aleatoria $X$ se define la **varianza** de $X$, $V(X)$ como:\n\n$$V(X) = E[(X-E(X))^2]$$')[0]![1]).toContainEqual(['V', 'la **varianza** de $X$']);
  });

  it('names the left-hand side by a bold term said to be defined ("La **función de reparto** … se define como:")', () => {
    expect(read('es', 'La **función de reparto** de una variable $X$ en un punto $a$ se define como la probabilidad acumulada hasta ese valor:\n\n$$G(a) = P(X \\leq a)$$')[0]![1]).toContainEqual(['G', 'función de reparto']);
  });
});
