// Displays the fifth unseen-document trial found missing (issue 24, trial 5 M2–M5): a display in a
// list item (and a reading that must not hang on an unrelated line below it), MyST directive
// fences, a display right under a `#` section heading, pandoc's `$$…$$` inside a paragraph.
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
    errors: project.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.ruleId}`),
  };
}

describe('displays inside list items (M3)', () => {
  const expected = [
    { name: 'Expanding the exponential', latex: 'e^{u} = 1 + u', line: 7 },
    { name: 'Expanding the exponential (2)', latex: 'e^{2u} = 1 + 2u', line: 13 },
    { name: 'Expanding the exponential (3)', latex: 'w = 2 u', line: 19 },
  ];

  it('makes the equation displayed under each step of a list a record', async () => {
    const { records, errors } = await read('derivation-steps-in-list-plain.md');
    expect(errors).toEqual([]);
    expect(records).toEqual(expected);
  });

  it('reads them the same when a bold phrase stands further down the section', async () => {
    const { records, errors } = await read('derivation-steps-in-list.md');
    expect(errors).toEqual([]);
    expect(records).toEqual(expected);
  });
});
