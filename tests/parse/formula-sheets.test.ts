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

  it('reads the symbols a lead-in clause names ("With $n$ the amount of substance and $M$ the molar mass,") for the formula under it', async () => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'formula-sheet-chemistry.md')]);
    const [moles] = project.collections[0]!.collection.equations.filter((e) => e.nameText === 'Moles');
    expect(moles!.variables.map((v) => [v.symbols.join(','), v.description, v.source])).toEqual([
      ['n', 'the amount of substance', 'prose'],
      ['M', 'the molar mass', 'prose'],
    ]);
    // `m` is the formula's only undefined symbol; the other sections have no definitions at all (missing-where-list).
    expect(project.diagnostics.filter((d) => d.ruleId === 'undefined-symbol').map((d) => `${d.line}:${d.column}`)).toEqual(['11:10']);
  });

  it('gives a clause right under a formula line to the formula below it, not to the one above', () => {
    const text = '# S\n\n## A\nBasic salt\n$x = y$\nWith $n$ the amount and $M$ the molar mass,\n$n=\\frac{m}{M}$\n';
    const eqs = parseCollection({ path: 'sheet.md', text }).collection.equations;
    expect(eqs.map((e) => [e.nameText, e.variables.map((v) => `${v.symbols.join(',')}: ${v.description}`)])).toEqual([
      ['Basic salt', []],
      ['A (2)', ['n: the amount', 'M: the molar mass']],
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

describe('a list of laws: items that are each one equation (G10)', () => {
  it('makes each law a record named by the heading, and leaves lists of values and mixed lists alone', async () => {
    const { records, errors } = await read('list-of-laws.md');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['Transpose rules', '(A+B)^T = A^T + B^T', 5],
      ['Transpose rules (2)', '(AB)^T = B^T A^T', 9],
      ['Transpose rules (3)', '(cA)^T = c\\,A^T', 10],
    ]);
  });
});

describe('a display on the line right under a list item (G4)', () => {
  it('is a record named by the item’s bold label; a display indented inside a numbered step stays the step’s', async () => {
    const { records, errors } = await read('display-under-list-item.md');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['Sum', 'A+B=(a_{ij}+b_{ij})', 6],
      ['Operations (2)', 'cA=(c\\,a_{ij})', 10],
    ]);
  });
});

describe('displays inside list items the author labels in bold (trial 3, H2)', () => {
  it('are records named by the label, wherever they stand in the item; an item that is only a display is one too; an unlabelled step keeps its display', async () => {
    const { records, errors } = await read('labelled-list-item-displays.md');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['Gravity (F_g)', 'F_g = m g', 6],
      ['Drag', 'F_d = b v', 9],
      ['Spring', 'F_s = -k x', 12],
      ['Newton', 'F = m a', 18],
    ]);
  });
});

describe('an outline page: every block a bullet nested by tabs (F5)', () => {
  it('makes each display bullet a record named by its heading bullet, defined by the bullet after it', async () => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'outline-page-optics.md')]);
    const eqs = project.collections[0]!.collection.equations;
    expect(eqs.map((e) => [e.nameText, e.latex, e.positions.equation.start.line, e.variables.map((v) => `${v.symbols.join(',')}: ${v.description}`)])).toEqual([
      ['Wave optics', '\\Delta = d \\sin\\theta', 7, ['d: the slit spacing', '\\theta: the angle to the axis']],
      // A remark bullet defines nothing; another heading bullet's definitions are not this formula's.
      ['Wave optics (2)', 'm \\lambda = d \\sin\\theta', 12, []],
      ['Lenses', '\\frac{1}{f} = \\frac{1}{u} + \\frac{1}{v}', 16, ['f: the focal length', 'u: the object distance', 'v: the image distance']],
    ]);
    expect(project.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line} ${d.ruleId}`)).toEqual(['12 missing-where-list']);
  });

  it('is no outline when a paragraph stands at the left margin: a display in a bullet stays the bullet’s', () => {
    expect(latexOf('# T\n\n## Steps\n\nFirst the setup.\n\n- Step one\n  $$a = b$$\n- Step two\n\n  $$\n  c = d\n  $$\n')).toEqual([]);
  });
});
