/**
 * Guards the optional label fields of the real-world ground truth (issue 24) against typos:
 * `ids` names an expected equation and its label is written in the document; each entry of
 * `references` names a label written on its line, in document order. The reader is not involved:
 * the corpus test (corpus.test.ts) does not assert these fields yet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(__dirname, '../fixtures/real-world');

interface Labelled {
  equations: Array<{ name: string }>;
  ids?: Record<string, string>;
  references?: Array<{ target: string; line: number }>;
}

/** Markdown and the files of other tools (.qmd, .Rmd, .mdx, .ipynb). */
const DOCUMENT = /\.(md|qmd|Rmd|mdx|ipynb)$/;
const DOCS = readdirSync(DIR)
  .filter((f) => DOCUMENT.test(f) && f !== 'README.md')
  .filter((f) => {
    const e = JSON.parse(readFileSync(path.join(DIR, f.replace(DOCUMENT, '.expected.json')), 'utf8')) as Labelled;
    return e.ids !== undefined || e.references !== undefined;
  })
  .sort();

describe('label ground truth', () => {
  it('exists for the issue-24 documents', () => {
    expect(DOCS.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(DOCS)('%s', (doc) => {
    const text = readFileSync(path.join(DIR, doc), 'utf8');
    const lines = text.split(/\r\n|\r|\n/);
    const expected = JSON.parse(readFileSync(path.join(DIR, doc.replace(DOCUMENT, '.expected.json')), 'utf8')) as Labelled;

    it('gives ids only to expected equations, with labels written in the document', () => {
      const names = new Set(expected.equations.map((e) => e.name));
      for (const [name, id] of Object.entries(expected.ids ?? {})) {
        expect(names.has(name), `ids key "${name}"`).toBe(true);
        expect(text, `label ${id}`).toContain(id);
      }
      const ids = Object.values(expected.ids ?? {});
      expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
    });

    it('lists references on lines that name their target, in document order', () => {
      const refs = expected.references ?? [];
      for (const r of refs) expect(lines[r.line - 1] ?? '', `reference to ${r.target} at line ${r.line}`).toContain(r.target);
      const order = refs.map((r) => r.line);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    });
  });
});
