// Formulas the reader dropped because of where they stand (issue 24, trial 3: H1, H5, H6, H13,
// H14): before the first heading, inside a blockquote or a `<details>` box, with prose row tags,
// under a bold label.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES } from '../core/helpers.js';

async function read(file: string) {
  const project = await loadProject([path.join(FIXTURES, 'reader', file)]);
  const collection = project.collections[0]!.collection;
  return {
    collection,
    records: collection.equations.map((e) => ({ name: e.nameText, latex: e.latex.trim(), line: e.positions.equation.start.line })),
    rules: project.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId),
    errors: project.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line} ${d.ruleId}`),
  };
}

describe('formulas before the first heading (H1)', () => {
  it('are records named by the file when a heading comes later, with their where-sentence', async () => {
    const { collection, records, rules } = await read('formulas-before-first-heading.md');
    expect(records).toEqual([
      { name: 'formulas-before-first-heading', latex: 'F_d = \\frac{1}{2} \\rho v^2 C_d A', line: 3 },
      { name: 'formulas-before-first-heading (2)', latex: 'P = F_d v', line: 11 },
    ]);
    expect(collection.equations[0]!.variables.flatMap((v) => v.symbols)).toEqual(['\\rho', 'v']);
    // Their text is their content, not a preamble shown above the list.
    expect(collection.preamble).toBe('');
    expect(rules).not.toContain('no-equations');
  });

  it('have their math checked at its line, before a front matter title and a later section', async () => {
    const { records, errors } = await read('front-matter-title-then-formula.md');
    expect(records.map((r) => [r.name, r.line])).toEqual([
      ['front-matter-title-then-formula', 5],
      ['Reaction part', 11],
    ]);
    expect(errors).toEqual(['6 katex-error']);
  });
});
