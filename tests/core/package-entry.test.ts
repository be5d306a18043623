// Other tools import the records and stages from the package entry.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import * as formulary from '../../src/index.js';

describe('package entry', () => {
  it('exports the stages: load a project and get its public records', async () => {
    const project = await formulary.loadProject([path.resolve(__dirname, '../../content/deep-learning-equations.md')]);
    const records = formulary.toPublicRecords(project.collections);
    expect(records.collections[0]!.equations).toHaveLength(100);
    expect(formulary.slugify('Adam Optimizer')).toBe('adam-optimizer');
  });
});
