// Displays the fifth unseen-document trial found missing (issue 24, trial 5 M2–M5): a display in a
// list item (and a reading that must not hang on an unrelated line below it), MyST directive
// fences, a display right under a `#` section heading, pandoc's `$$…$$` inside a paragraph.
import { describe, expect, it } from 'vitest';
import { readReaderProject } from '../helpers/reader-fixtures.js';

const read = readReaderProject;

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

describe('pandoc and bookdown documents (M5)', () => {
  it('are recognised by their labels and references, and a `$$…$$` in a paragraph is a display', async () => {
    const { collection, records, errors } = await read('bookdown-display-in-paragraph.md');
    expect(errors).toEqual([]);
    expect(collection.dialect).toEqual({ dialect: 'pandoc', from: 'content' });
    expect(records.map((r) => [r.latex, r.line])).toEqual([
      ['\\bar{x} = \\frac{1}{n} \\sum_{i=1}^{n} x_i', 6],
      ['S = \\frac{1}{n} \\sum_{i=1}^{n} x_i^2,', 12],
      ['P(x \\in B) = \\int_B f(t)\\,dt', 14],
    ]);
  });
});

describe('MyST directive fences whose body is markdown (M4)', () => {
  it('reads the displays of an admonition, a dropdown and a prf:definition as records', async () => {
    const { collection, records, errors } = await read('myst-directive-fences.md');
    expect(errors).toEqual([]);
    expect(collection.dialect?.dialect).toBe('myst');
    expect(records.map((r) => [r.name, r.latex, r.line])).toEqual([
      ['Inverse', 'M M^{-1} = E', 17],
      ['Inverse (2)', 's = 3 p + q', 25],
      ['Nilpotent', 'N^k = 0', 39],
      ['Nilpotent (2)', 't = \\operatorname{tr} N', 42],
    ]);
    // The options (`:class:`, `:label:`) are no content, the code cell stays code.
    const content = collection.equations.flatMap((e) => (e.content ?? []).map((c) => c.markdown)).join('\n');
    expect(content).not.toContain(':class:');
    expect(content).not.toContain(':label: def-nilpotent');
  });

  it('checks their math: an error inside one is reported at its line', async () => {
    const { errors } = await read('myst-directive-fences-errors.md');
    expect(errors).toEqual(['17:15 katex-error', '25:14 katex-error']);
  });
});

describe('a display right under a `#` heading whose sections follow as `##` (M2)', () => {
  it('is a record named by that heading, which stays the title', async () => {
    const { collection, records } = await read('h1-section-display.md');
    expect(collection.title).toBe('Forces');
    expect(records).toEqual([
      { name: 'Forces', latex: 'F = m a', line: 5 },
      { name: 'Weight', latex: 'W = m g', line: 11 },
    ]);
  });

  it('is a record when `#` headings number the sections after an introduction', async () => {
    const { collection, records } = await read('h1-sections-after-introduction.md');
    expect(collection.title).toBe('Overview');
    expect(records).toEqual([
      { name: 'Momentum', latex: 'p = m v', line: 7 },
      { name: 'Impulse', latex: 'J = F t', line: 13 },
    ]);
  });
});
