// Trial 4, K17: `formulary export` and /equations.json give each record its formula's own line and
// column (`formulaSource`) beside its heading's (`source`): several formulas under one heading no
// longer all point at the heading, and a formula in a nested bullet points at its math.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { toPublicRecords } from '../../src/site/public-records.js';
import { FIXTURES } from '../core/helpers.js';

describe('record positions in the public records', () => {
  it('give the formula its own line:column beside the heading it is under', async () => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'several-formulas-one-heading.md')]);
    const records = toPublicRecords(project.collections).collections[0]!.equations;
    expect(records.map((e) => ({ name: e.nameText, source: e.source, formulaSource: e.formulaSource }))).toEqual([
      { name: 'Constant acceleration', source: { line: 3, column: 1 }, formulaSource: { line: 7, column: 1 } },
      { name: 'Constant acceleration (2)', source: { line: 3, column: 1 }, formulaSource: { line: 9, column: 1 } },
      { name: 'Constant acceleration (3)', source: { line: 3, column: 1 }, formulaSource: { line: 13, column: 1 } },
      { name: 'momentum', source: { line: 22, column: 1 }, formulaSource: { line: 25, column: 5 } },
    ]);
  });

  it('put the formula on the line after its heading in the seed', async () => {
    const project = await loadProject([path.join(process.cwd(), 'content', 'deep-learning-equations.md')]);
    const records = toPublicRecords(project.collections).collections[0]!.equations;
    expect(records).toHaveLength(100);
    for (const e of records) expect(e.formulaSource).toEqual({ line: e.source.line + 1, column: 1 });
  });
});
