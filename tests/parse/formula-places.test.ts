// Formulas the reader dropped because of where they stand (issue 24, trial 3: H1, H5, H6, H13,
// H14): before the first heading, inside a blockquote or a `<details>` box, with prose row tags,
// under a bold label.
import { describe, expect, it } from 'vitest';
import { readReaderProject } from '../helpers/reader-fixtures.js';

const read = readReaderProject;

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
      ['Stopping distance', 5],
      ['Reaction part', 11],
    ]);
    expect(errors).toEqual(['6:23 katex-error']);
  });
});

describe('a blockquote that presents formulas (H5)', () => {
  it('makes each quoted display a record, its where-sentence after the quote defining it', async () => {
    const { collection, records, rules } = await read('quoted-formula-box.md');
    expect(records.map((r) => [r.name, r.latex, r.line])).toEqual([
      ['Forces', 'F_g = m g', 7],
      ['Forces (2)', 'F_s = -k x', 11],
      // An untitled callout of a presenting kind is a quoted formula too.
      ['Friction', 'F_f \\le \\mu N', 33],
    ]);
    expect(collection.equations[1]!.variables.flatMap((v) => v.symbols)).toEqual(['m', 'g', 'k', 'x']);
    expect(rules).not.toContain('no-equations');
  });

  it('makes no record of a quote opened by a commentary label, a commentary callout, or a repeat of a recorded formula', async () => {
    const { records } = await read('quoted-formula-box.md');
    expect(records.map((r) => r.latex)).not.toContain('\\tau = I \\alpha');
    expect(records.filter((r) => r.latex === 'F_s = -k x')).toHaveLength(1);
    expect(records.map((r) => r.name)).not.toContain('Rotation');
  });
});

describe('a <details> box (H6)', () => {
  it('presents the formulas of a collapsible solution, but not its worked numbers, a repeat, or a box whose summary is commentary', async () => {
    const { collection, records, errors } = await read('collapsible-solutions.md');
    expect(records.map((r) => [r.name, r.latex, r.line])).toEqual([
      ['Pendulum', 'T = 2\\pi \\sqrt{\\frac{l}{g}}', 13],
      // "Derivation of …" and "Why …?" boxes are commentary; the answer's repeat of T is no second record.
      ['Damping', 'A_1 = A_0 e^{-\\gamma T}', 54],
    ]);
    expect(collection.equations[0]!.variables.flatMap((v) => v.symbols)).toEqual(['l', 'g']);
    expect(errors).toEqual([]);
  });
});

describe('\\tag annotations (H13)', () => {
  it('keeps prose row tags in the formula and out of its id; a single short tag is still its number', async () => {
    const { collection, rules } = await read('row-tags-as-annotations.md');
    const [variance, sd, chebyshev] = collection.equations;
    expect(variance!.slug).toBe('variance-expanded');
    expect(variance!.latex).toContain('\\tag*{expectation is linear}');
    expect(variance!.latex).toContain('\\tag{since $E[X] = \\mu$}');
    expect(variance!.number).toBeNull();
    expect([sd!.slug, sd!.number, sd!.latex]).toEqual(['eq-2', 2, '\\sigma = \\sqrt{\\operatorname{Var}(X)}']);
    expect([chebyshev!.slug, chebyshev!.latex]).toEqual(['chebyshev-bound', 'P(|X - \\mu| \\ge k \\sigma) \\le \\frac{1}{k^2} \\tag*{for every k > 0}']);
    expect(rules).not.toContain('katex-error');
  });
});

describe('bold labels naming formulas (H14)', () => {
  it('names a display by a numbered item that is only a bold label, and by a bold label alone on the line above it', async () => {
    const { records } = await read('bold-labels-name-formulas.md');
    expect(records.map((r) => [r.name, r.line])).toEqual([
      ['Cross-Entropy Loss', 6],
      ['Hinge Loss', 12],
      ['Precision', 19],
      ['Recall', 23],
      // A bold line with prose between it and the formula names nothing: the heading does.
      ['Scores (3)', 31],
    ]);
  });
});
