// Definitions written inside the display on rows after the formula (src/parse/display-rows.ts;
// issue 24, trial 3, H11): `\\ x_i \text{ is …}`, `\\ f_X = \text{probability density function}`,
// `\\ \text{where } w \text{ is …}` define; cases, words applied to an argument, conditions and
// the rows of an align environment do not.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES } from '../core/helpers.js';

const load = async () => {
  const project = await loadProject([path.join(FIXTURES, 'reader', 'display-row-definitions.md')]);
  const equations = project.collections[0]!.collection.equations;
  const of = (name: string) => equations.find((e) => e.nameText === name)!;
  const defs = (name: string) => of(name).variables.map((v) => [v.symbols.join(', '), v.description]);
  return { project, equations, of, defs };
};

describe('definitions on the rows of a display', () => {
  it('reads "symbol \\text{ is …}" rows after the formula, the math of the rest as $…$, at their lines', async () => {
    const { defs, of } = await load();
    expect(defs('Discrete Expectation')).toEqual([
      ['x_i', 'the i-th value of $X$'],
      ['p(x_i)', 'the probability that $X = x_i$'],
    ]);
    expect(of('Discrete Expectation').variables.map((v) => [v.position.start.line, v.position.start.column])).toEqual([
      [8, 4],
      [9, 4],
    ]);
  });

  it('reads "symbol = \\text{words}" and a row led by \\text{where} with two parts, and keeps the formula as written', async () => {
    const { defs, of } = await load();
    expect(defs('Continuous Expectation')).toEqual([['f_X', 'probability density function']]);
    expect(defs('Led by Where')).toEqual([
      ['w', 'the weight'],
      ['b', 'the bias'],
    ]);
    expect(of('Continuous Expectation').latex).toContain('f_X = \\text{probability density function}');
  });

  it('reads nothing from cases, a word applied to an argument, a condition, a one-word right-hand side or the rows of align', async () => {
    const { defs } = await load();
    expect(defs('Rows That Define Nothing')).toEqual([]);
    expect(defs('A Derivation')).toEqual([]);
  });

  it('checks the formula against them: an undefined symbol still warns, a row-defined one does not', async () => {
    const { project, of } = await load();
    const warned = (name: string) => project.diagnostics.filter((d) => d.equation === of(name).slug && d.ruleId === 'undefined-symbol').map((d) => /^\$(.*?)\$/.exec(d.message)?.[1]);
    expect(warned('Discrete Expectation')).toEqual(['n']);
    // (x is bound by dx.)
    expect(warned('Continuous Expectation')).toEqual(['X']);
  });
});
