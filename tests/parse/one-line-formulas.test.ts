// Formulas presented on one line with a plain label or a short conclusion (issue 24, trial 6
// N1–N4), and spaced section numbers in headings (N16). Inline math in running prose stays prose.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES } from '../core/helpers.js';

async function read(file: string) {
  const project = await loadProject([path.join(FIXTURES, 'reader', file)]);
  const collection = project.collections[0]!.collection;
  return {
    collection,
    records: collection.equations.map((e) => [e.nameText, e.latex.trim(), e.positions.equation.start.line]),
    errors: project.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.ruleId}`),
    warnings: project.diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.line}:${d.column} ${d.ruleId}`),
  };
}

describe('a plain label, a colon or an arrow, then one `$$…$$` that ends the line (N1, N2)', () => {
  it('makes each formula a record named by its label, in the markdown dialect too', async () => {
    const { collection, records, errors } = await read('plain-label-double-dollar.md');
    expect(errors).toEqual([]);
    expect(collection.dialect?.dialect).toBe('markdown');
    expect(records).toEqual([
      ['Momentum', 'p = m v', 5],
      ['Force', 'F = \\frac{dp}{dt}', 7],
      // The arrow's meaning is a gloss, not a name: the heading names it.
      ['Mechanics (3)', 'E = \\frac{1}{2} k x^2', 9],
      // `Mass: $$m$$` names a symbol, no formula.
    ]);
  });

  it('reads two such lines in a row as two records in an Obsidian note', async () => {
    const { collection, records, errors } = await read('plain-label-obsidian-consecutive.md');
    expect(errors).toEqual([]);
    expect(collection.dialect?.dialect).toBe('obsidian');
    expect(records).toEqual([
      ['Quantité de mouvement', 'p = m v', 5],
      ['Deuxième loi', 'F = m a', 6],
    ]);
  });
});

describe('a text written with formulas at the ends of its lines (N1, two labelled lines or more)', () => {
  it('reads every `$$…$$` formula that ends a line as a record, after a gloss too', async () => {
    const { records, errors } = await read('line-end-displays-after-glosses.md');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['Speed in vacuum', 'c = 3 \\times 10^8', 3],
      ['Snell', 'n_1 \\sin \\theta_1 = n_2 \\sin \\theta_2', 4],
      ['Light (3)', '\\frac{c}{\\lambda}', 5],
      ['Light (4)', '\\sqrt{2.5 \\lambda d}', 6],
    ]);
  });
});

describe('a label, maybe its symbol, a comma or colon, then a relation `$…$` (N3)', () => {
  it('presents the formula, and two relations joined by a comma or `，`/`；` are two records', async () => {
    const { records, errors } = await read('symbol-label-formula-lines.md');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['Current', 'I = \\frac{Q}{t}', 3],
      ['Charge', 'Q = C V', 5],
      ['電阻', 'R = \\frac{V}{I}', 7],
      ['symbol-label-formula-lines (4)', 'R_s = R_1 + R_2', 10],
      ['symbol-label-formula-lines (5)', 'C_s = \\frac{C_1 C_2}{C_1 + C_2}', 10],
      ['symbol-label-formula-lines (6)', 'G = G_1 + G_2', 13],
      ['symbol-label-formula-lines (7)', 'C_p = C_1 + C_2', 13],
      // A relation that starts its paragraph and only adds a short remark after `，`.
      ['symbol-label-formula-lines (8)', 'P = V I', 16],
    ]);
  });

  it('leaves inline relations in running prose as prose', async () => {
    const { records, errors } = await read('relations-in-running-prose.md');
    expect(errors).toEqual([]);
    expect(records).toEqual([['Fixed points', 'f(x) = x', 5]]);
  });
});

describe('a paragraph that starts with a relation and adds a short conclusion (N4)', () => {
  it('presents that relation, inside a Hugo box shortcode too', async () => {
    const { records, errors } = await read('formula-with-conclusion.md');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['Limits at infinity', 'deg(P) = 1 < deg(Q) = 3 \\quad \\Rightarrow \\quad', 5],
      ['Limits at infinity (2)', 'deg(P) = 2 = deg(Q) \\quad \\Rightarrow \\quad', 10],
    ]);
  });
});

describe('spaced section numbers in headings (N16)', () => {
  it('are section numbers: dropped from the name, no `numbering` warning', async () => {
    const { records, warnings } = await read('spaced-section-numbers.md');
    expect(records).toEqual([
      ['Resistors', 'V = I R', 5],
      ['Power', 'P = V I', 9],
      ['Heat', 'Q = P t', 13],
    ]);
    expect(warnings.filter((w) => w.endsWith('numbering'))).toEqual([]);
  });
});
