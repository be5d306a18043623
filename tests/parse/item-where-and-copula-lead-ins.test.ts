// Definitions and names the reader used to miss around a formula: a where-list inside the list
// item that presents it; `$X$: meaning` lines kept in one paragraph by hard breaks; `$P =$ the
// principal`; a function named by its application ("where $\ell(y, \hat y)$ is the loss"); a
// bold term that leads in the formula ("**Mean squared error** is computed as:"); and a subject
// with a bare copula right before it ("The momentum of a body is", "Der Impuls ist").
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

const parse = (body: string) => parseCollection({ path: 'notes.md', text: `# Notes\n\n## Part\n\n${body}\n` }).collection.equations;
const defs = (body: string) => parse(body).map((eq) => eq.variables.map((v) => [v.symbols.join(', '), v.description]));

describe('a where-list inside a list item', () => {
  it('defines the formula of its own item', () => {
    const body = [
      '1. The energy:', '', '   $$', '   E = m c^2', '   $$', '', '   where:', '',
      '   - $m$ is the rest mass', '   - $c$ is the speed of light', '',
      '2. The momentum:', '', '   $$', '   p = m v', '   $$', '', '   where $v$ is the speed.',
    ].join('\n');
    expect(defs(body)).toEqual([
      [['m', 'the rest mass'], ['c', 'the speed of light']],
      [['v', 'the speed']],
    ]);
  });

  it('defines nothing when other prose stands between the display and the list', () => {
    const body = ['1. Compute the energy:', '', '   $$', '   E = m c^2', '   $$', '', '   Then multiply by two.', '', '   - $m$ is the rest mass'].join('\n');
    expect(defs(body)).toEqual([[]]);
  });
});

describe('definition lines in one paragraph (hard breaks)', () => {
  it('reads `$X$: meaning` lines right after the formula, two spaces or a backslash ending each', () => {
    expect(defs('$$\nA = P (1 + r)^t\n$$\n\n$P$: principal  \n$r$: yearly rate  \n$t$: years\\\n$A$: final amount')).toEqual([[
      ['P', 'principal'], ['r', 'yearly rate'], ['t', 'years'], ['A', 'final amount'],
    ]]);
  });

  it('reads the glossary habit `$P =$ the principal`', () => {
    expect(defs('$$\nA = P (1 + r)^t\n$$\n\n$P =$ the principal  \n$t =$ number of years')).toEqual([[
      ['P', 'the principal'], ['t', 'number of years'],
    ]]);
  });

  it('reads no prose, no single line and no worked values as a glossary', () => {
    expect(defs('$$\nE = m c^2\n$$\n\n$E$: energy')).toEqual([[]]);
    expect(defs('$$\nE = m c^2\n$$\n\n$m = 2$: the mass we take  \n$c = 3$: a round speed')[0]).toEqual([]);
    expect(defs('$$\nE = m c^2\n$$\n\n$k$: a spring constant  \n$q$: a charge')).toEqual([[]]);
    expect(defs('$$\nE = m c^2\n$$\n\n$m$: 2 kg  \n$c$: 3e8 m/s')[0]).toEqual([]);
  });
});

describe('a function named by its application', () => {
  it('defines the function the formula applies to other arguments', () => {
    expect(defs('$$\nL = \\frac{1}{n} \\sum_i \\ell(y_i, \\hat y_i)\n$$\n\nwhere $\\ell(y, \\hat y)$ is the loss of one sample.')).toEqual([[['\\ell', 'the loss of one sample']]]);
    expect(defs('$$\nF(x) = \\int_0^x f(t)\\,dt\n$$\n\nHere $f(x)$ denotes the density.')).toEqual([[['f', 'the density']]]);
    expect(defs('$$\nF(x) = \\int_0^x f(t)\\,dt\n$$\n\n$f(x)$ denotes the probability density.')).toEqual([[['f', 'the probability density']]]);
  });

  it('keeps an application the formula writes as it stands', () => {
    expect(defs('$$\nL = \\ell(y, \\hat y)\n$$\n\nwhere $\\ell(y, \\hat y)$ is the loss of one sample.')).toEqual([[['\\ell(y, \\hat y)', 'the loss of one sample']]]);
  });
});

describe('a bold term leading in the formula names its record', () => {
  const display = '\n\n$$\nM = \\frac{1}{n}\\sum_i (y_i - \\hat y_i)^2\n$$';
  it('names it by the term ("is computed as:", "is")', () => {
    expect(parse(`**Mean squared error** is computed as:${display}`).map((e) => e.name)).toEqual(['Mean squared error']);
    expect(parse(`**Mean squared error** is${display}`).map((e) => e.name)).toEqual(['Mean squared error']);
  });

  it('leaves the heading\'s name for a generic label or a sentence that goes on', () => {
    expect(parse(`**Formula**:${display}`).map((e) => e.name)).toEqual(['Part']);
    expect(parse(`**Formula** is computed as:${display}`).map((e) => e.name)).toEqual(['Part']);
    expect(parse(`**Mean squared error** is what we minimise, and it is computed as:${display}`).map((e) => e.name)).toEqual(['Part']);
  });
});

describe('a subject and a bare copula right before the formula', () => {
  const names = (lead: string) => defs(`${lead}\n\n$$\np = m v\n$$`)[0];
  it('names the left-hand side, in English, Italian, Spanish, German and French', () => {
    expect(names('The momentum of a body is')).toEqual([['p', 'momentum of a body']]);
    expect(names('La quantità di moto è')).toEqual([['p', 'quantità di moto']]);
    expect(names('El momento lineal es')).toEqual([['p', 'momento lineal']]);
    expect(names('Der Impuls ist')).toEqual([['p', 'Impuls']]);
    expect(names('La quantité de mouvement est')).toEqual([['p', 'quantité de mouvement']]);
    expect(names('La quantità di moto è data da:')).toEqual([['p', 'quantità di moto']]);
    expect(names('El momento lineal está dado por')).toEqual([['p', 'momento lineal']]);
    expect(names('Der Impuls ist gegeben durch')).toEqual([['p', 'Impuls']]);
    expect(names('La quantité de mouvement est donnée par :')).toEqual([['p', 'quantité de mouvement']]);
  });

  it('names nothing for a thought, a result, a clause or math', () => {
    expect(names('The idea is')).toEqual([]);
    expect(names('The result, after simplifying, is')).toEqual([]);
    expect(names('Die Lösung ist')).toEqual([]);
    expect(names('Le résultat est')).toEqual([]);
    expect(names('La formule est donnée par')).toEqual([]);
    expect(names('Die Gleichung ist gegeben durch')).toEqual([]);
    expect(names('The ratio of $m$ to $v$ is')).toEqual([]);
    expect(names('So the answer is')).toEqual([]);
    expect(names('The next one is')).toEqual([]);
  });
});
