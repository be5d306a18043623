// `display-delimiters` holds an equation to `$...$` only where the document itself mostly writes
// `$...$`: a document that writes every display as `$$`, even under the format's `####` headings,
// is consistent and gets no note per equation (trial 2, G11: one info per formula on such documents).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/pipeline/project.js';

const RULES = path.resolve('tests/fixtures/rules');

async function hits(file: string): Promise<string[]> {
  const project = await loadProject([path.join(RULES, file)]);
  return project.diagnostics.filter((d) => d.ruleId === 'display-delimiters').map((d) => `${d.line}:${d.column}`);
}

describe('display-delimiters', () => {
  it('notes the one $$ display of a document that writes $...$ elsewhere', async () => {
    expect(await hits('display-delimiters.md')).toEqual(['4:1']);
  });
  it('says nothing of a document that writes every display as $$ under #### headings', async () => {
    expect(await hits('display-delimiters-consistent.md')).toEqual([]);
  });
});
