/**
 * Symbol warnings on documents in the styles of real public equation notes (issue 24, item 8):
 * tests/symbols/fixtures/documents/*.md, written for this project after reading the sources each
 * `<doc>.expected.json` names (described there, never copied). The ground truth lists every
 * `undefined-symbol`/`unused-symbol` warning a careful reader would agree with: rule, line, and
 * the file text at the warning's column. The test prints precision and recall per document and
 * requires precision ≥ 90% and recall ≥ 75% over all of them (the issue's "Done when").
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { score, sum, table, truthOf, type Score } from './warning-score.js';

const DIR = path.resolve(__dirname, 'fixtures/documents');
const DOCS = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .sort();

describe('symbol warnings on documents in real styles', () => {
  it('has at least 3 documents, each with its ground truth', () => {
    expect(DOCS.length).toBeGreaterThanOrEqual(3);
    for (const doc of DOCS) expect(truthOf(DIR, doc).length, doc).toBeGreaterThan(0);
  });

  it('precision ≥ 90% and recall ≥ 75% over all of them (the table is printed)', async () => {
    const scores: Score[] = [];
    for (const doc of DOCS) scores.push(await score(DIR, doc));
    console.log(table('Symbol warnings on documents in real styles', scores));
    expect(sum(scores, 'right') / sum(scores, 'reported')).toBeGreaterThanOrEqual(0.9);
    expect(sum(scores, 'found') / sum(scores, 'expected')).toBeGreaterThanOrEqual(0.75);
  });
});
