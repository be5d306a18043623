// Noun phrases naming a symbol in the sentence that introduces a formula, in German, French,
// Spanish, Italian and Portuguese (prose-noun-phrases-other.ts), and English sentences read the
// English way in a document of another language. Each fixture holds forms that name a symbol
// and near forms that must name nothing: a quantifier, a verb's object, a condition.
import { describe, expect, it } from 'vitest';
import { readDefinitions } from '../helpers/reader-fixtures.js';

const read = (file: string) => readDefinitions('noun-phrases-i18n', file);

describe('German', () => {
  it('an article, "als", "pro", "mit der", "um die" before a capitalised noun and its symbol', () => {
    expect(read('de.md').defs('Stromstärke')).toEqual([
      ['I', 'Stromstärke'],
      ['Q', 'Ladungsmenge'],
      ['t', 'Zeiteinheit'],
    ]);
    expect(read('de.md').defs('Rückstellkraft')).toEqual([
      ['k', 'Federkonstante'],
      ['x', 'Strecke'],
    ]);
    // An adjective before the noun stays as written.
    expect(read('de.md').defs('Feldenergie')).toEqual([
      ['C', 'elektrischen Kapazität'],
      ['U', 'Spannung'],
    ]);
  });
  it('"für alle $x$", "mit $a$ multipliziert", "für große $n$", a genitive after a noun ("die Frequenz der Feder $f$") and a noun of the text ("in die Formel $m$") name nothing', () => {
    expect(read('de.md').defs('Gerade')).toEqual([]);
    expect(read('de.md').defs('Schwingung')).toEqual([]);
  });
  it('the meanings are read in passing: they make no where-list', () => {
    expect(read('de.md').collection.equations.flatMap((e) => e.variables).every((v) => v.incidental === true && v.source === 'prose')).toBe(true);
  });
});

describe('French', () => {
  it('"un ressort de raideur $k$" (a bare "de" after a noun); "de la masse $m$" keeps the article reading of prose-romance.ts', () => {
    expect(read('fr.md').defs('Ressort')).toEqual([['k', 'raideur']]);
    expect(read('fr.md').defs('Poids')).toEqual([
      ['m', 'la masse'],
      ['g', 'la pesanteur'],
    ]);
  });
  it('"Soit $x$ tel que …", "où $x$ est petit" and "multiplié par $c$" name nothing', () => {
    expect(read('fr.md').defs('Petit')).toEqual([]);
    expect(read('fr.md').defs('Quantité')).toEqual([]);
  });
});

describe('Spanish', () => {
  it('"un resorte de rigidez $k$" (not "estirado por $x$"); "de la masa $m$ del cuerpo" keeps the article reading', () => {
    expect(read('es.md').defs('Resorte')).toEqual([['k', 'rigidez']]);
    expect(read('es.md').defs('Peso')).toEqual([
      ['m', 'la masa'],
      ['g', 'la gravedad'],
    ]);
  });
  it('"Para todo $x$ y cada $n$", "donde $x$ es pequeño" name nothing', () => {
    expect(read('es.md').defs('Todo')).toEqual([]);
  });
});

describe('Italian', () => {
  it('"dalla costante elastica $k$ della molla e dall\'allungamento $x$" (an elided article too)', () => {
    expect(read('it.md').defs('Molla')).toEqual([
      ['k', 'costante elastica'],
      ['x', 'allungamento'],
    ]);
  });
  it('"Per ogni $x$ e per lo stesso $n$" name nothing', () => {
    expect(read('it.md').defs('Ogni')).toEqual([]);
  });
});

describe('Portuguese', () => {
  it('"da massa $m$ do corpo e da gravidade $g$ do local" (the genitive after the symbol completes it)', () => {
    expect(read('pt.md').defs('Peso')).toEqual([
      ['m', 'massa do corpo'],
      ['g', 'gravidade do local'],
    ]);
  });
  it('"Para qualquer $x$ e multiplicando por $n$" name nothing', () => {
    expect(read('pt.md').defs('Qualquer')).toEqual([]);
  });
});

describe('a sentence in another language than its document', () => {
  it('English sentences of a German document are read the English way, its German sentence the German way', () => {
    expect(read('mixed.md').defs('Hooke')).toEqual([
      ['k', 'spring constant'],
      ['x', 'distance'],
    ]);
    expect(read('mixed.md').defs('Pendel')).toEqual([
      ['L', 'length'],
      ['g', 'gravity'],
    ]);
    expect(read('mixed.md').defs('Energie')).toEqual([
      ['k', 'Federkonstante'],
      ['x', 'Auslenkung'],
    ]);
  });
});
