// Trial 4, K2 and K3 (and the rest of K1): formulas an author presents as an outline bullet nested under a label item
// (Obsidian's tab outline, or spaces) and formulas written as the heading itself (a formula card).
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES } from '../core/helpers.js';

async function read(file: string) {
  const project = await loadProject([path.join(FIXTURES, 'reader', file)]);
  const collection = project.collections[0]!.collection;
  return {
    records: collection.equations.map((e) => ({
      name: e.nameText,
      latex: e.latex,
      line: e.positions.equation.start.line,
      defines: e.variables.map((v) => `${v.symbols.join(', ')}: ${v.description}`),
    })),
    groups: collection.equations.map((e) => e.group),
    rules: project.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line}:${d.column} ${d.ruleId}`),
  };
}

describe('a formula bullet nested under a label item (K2)', () => {
  it('is an equation named by the label, its deeper bullets its where-list (tab outline)', async () => {
    const { records, rules } = await read('outline-tab-nested-formulas.md');
    expect(records).toEqual([
      { name: 'simple growth', latex: 'A = P + P r t', line: 6, defines: [] },
      { name: 'compound growth', latex: 'A_n = P(1+r)^n', line: 8, defines: ['P: the amount lent', 'r: the rate per period', 'n: the number of periods'] },
      { name: 'discount', latex: 'D = F - V', line: 13, defines: [] },
    ]);
    // The explained formula has no missing-where-list; the two unexplained ones do, at the end of their formulas (where the list would go).
    expect(rules).toEqual(['6:19 missing-where-list', '13:15 missing-where-list']);
  });

  it('reads a space-indented outline the same way; the only bullet under a label may be an expression; bullets that are no formula stay content', async () => {
    const { records } = await read('outline-space-nested-formulas.md');
    expect(records).toEqual([
      { name: 'Net margin', latex: 'R - C', line: 4, defines: [] },
      { name: 'Markup', latex: 'm = \\frac{p - c}{c}', line: 6, defines: ['p: the selling price', 'c: the cost'] },
    ]);
  });
});

describe('a list whose items are each one `$$…$$` display (K1, the axioms of trial 4 doc 1)', () => {
  it('presents each display, an inequality too, when one of them states an equation; a list of inequalities or of inline conditions stays content', async () => {
    const { records } = await read('list-of-display-axioms.md');
    expect(records).toEqual([
      { name: 'Rules of a density', latex: 'f(t) \\ge 0', line: 5, defines: [] },
      { name: 'Rules of a density (2)', latex: '\\int_0^\\infty f(t)\\,dt = 1', line: 6, defines: [] },
    ]);
  });
});

describe('a heading that is only a formula (K3)', () => {
  it('is an equation named by the heading above it, numbered when that heading names several, its bullets the where-list', async () => {
    const { records, groups, rules } = await read('formula-heading-cards.md');
    expect(records).toEqual([
      { name: 'Reaction rates', latex: '\\displaystyle r = k[A]^m[B]^n', line: 3, defines: ['k: the rate constant', 'm, n: the reaction orders'] },
      { name: 'Reaction rates (2)', latex: 't_{1/2} = \\frac{\\ln 2}{k}', line: 7, defines: ['k: the first-order rate constant'] },
      { name: 'Relativity', latex: 'E = m c^2', line: 14, defines: ['E: the rest energy', 'm: the mass', 'c: the speed of light'] },
      // A formula heading over a section that displays the formula itself only titles it: one record, no repeat.
      { name: 'F = m a', latex: 'F = m a', line: 27, defines: ['F: the net force', 'm: the mass', 'a: the acceleration'] },
    ]);
    expect(groups).toEqual([null, null, 'Relativity', null]);
    // `## $\mathbb{R}^n$` names a space, no equation; the concentrations [A], [B] are truly undefined.
    expect(rules).toEqual(['3:25 undefined-symbol', '3:30 undefined-symbol']);
  });

  it('is named by the document title when no heading stands above it (an Obsidian card with a #tag line)', async () => {
    const { records, rules } = await read('formula-heading-card-untitled.md');
    expect(records).toEqual([{ name: 'formula-heading-card-untitled', latex: 'p = m v', line: 2, defines: ['m: the mass', 'v: the velocity'] }]);
    expect(rules).toEqual([]);
  });
});
