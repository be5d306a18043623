// The seed's records, as `formulary export` prints them, are the ones the first reader produced:
// tests/fixtures/seed-records.json was written by the reader before the rewrite for real
// documents (issue 11), and the new reader must give the seed exactly the same records.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { toPublicRecords } from '../../src/site/public-records.js';

const ROOT = path.resolve(__dirname, '../..');

describe('the seed collection', () => {
  it('gives the same records as before the reader was rebuilt', async () => {
    const project = await loadProject(['content'], ROOT);
    const expected = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/seed-records.json'), 'utf8'));
    expect(toPublicRecords(project.collections)).toEqual(expected);
    expect(project.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
