// What the second unseen-document trial showed the reader missing in formula sheets and lists of
// laws (trial 2, G9, G10, G4; trial 1, F5): formulas an author presents one per line or one per
// list item.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { parseCollection } from '../../src/parse/parse.js';
import { FIXTURES } from '../core/helpers.js';

async function read(file: string) {
  const project = await loadProject([path.join(FIXTURES, 'reader', file)]);
  const collection = project.collections[0]!.collection;
  return {
    records: collection.equations.map((e) => [e.nameText, e.latex, e.positions.equation.start.line]),
    errors: project.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.message}`),
  };
}

const latexOf = (text: string) => parseCollection({ path: 'notes.md', text }).collection.equations.map((e) => e.latex);

describe('a formula sheet: a label line, then the formula as a `$…$` line (G9)', () => {
  it('makes each formula line a record named by its label, or by the heading', async () => {
    const { records, errors } = await read('formula-sheet-chemistry.md');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['Basic salt', '[OH^-]=\\sqrt{K_w C_s / K_a}', 5],
      ['Acid salt', '[H^+]=\\sqrt{K_w C_s / K_b}', 7],
      // A lead-in clause with math introduces the formula; it does not name it.
      ['Moles', 'n=\\frac{m}{M}', 11],
      // In a formula sheet, consecutive `$…$` lines are separate formulas.
      ['Water', 'pH=-\\log[H^+]', 14],
      ['Water (2)', 'pOH=-\\log[OH^-]', 15],
      // "The constant" / `$K_w = 10^{-14}$` / "holds at …": one sentence, no record.
    ]);
  });

  it('keeps consecutive `$…$` lines one formula in a document that is no formula sheet', () => {
    expect(latexOf('# T\n\n## Pair\n\n$a = b$\n$c = d$\n')).toEqual(['\\begin{gathered}a = b \\\\\nc = d\\end{gathered}']);
  });

  it('never takes a `$…$` inside a sentence, or a formula line a sentence runs on into, for a record', () => {
    expect(latexOf('# T\n\n## Prose\n\nThe value $x = 1$ is small.\nWe write\n$y = 2$\nfor the other one.\n')).toEqual([]);
    // A formula line without a relation is no formula of a sheet.
    expect(latexOf('# T\n\n## Terms\n\nBasic salt\n$K_a$\nAcid salt\n$K_b$\n')).toEqual([]);
  });
});
