// What an unseen-document trial showed the reader missing (issue 24, trial findings F6, F20, F16,
// F7, F21): formulas an author presents in shapes the reader did not see as equations.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES } from '../core/helpers.js';

async function read(file: string) {
  const project = await loadProject([path.join(FIXTURES, 'reader', file)]);
  const collection = project.collections[0]!.collection;
  return {
    title: collection.title,
    intro: collection.intro,
    records: collection.equations.map((e) => ({ name: e.nameText, latex: e.latex, line: e.positions.equation.start.line })),
    references: collection.references ?? [],
    rules: project.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId),
    errors: project.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.message}`),
  };
}

describe('a note whose only heading is its title (F6)', () => {
  it('makes each formula of the title section a record named by the title', async () => {
    const { title, intro, records, rules } = await read('title-only-note.md');
    expect(title).toBe('Find the step that moves the slope');
    expect(records).toEqual([
      { name: 'Find the step that moves the slope', latex: '\\hat{v} = a s + b', line: 4 },
      { name: 'Find the step that moves the slope (2)', latex: "a' = a - \\eta \\frac{\\partial L}{\\partial a}", line: 6 },
    ]);
    // The section's prose is the records' content, not an intro shown above them.
    expect(intro).toBe('');
    expect(rules).not.toContain('no-equations');
  });

  it('names the formula of a note with no heading at all by the file name', async () => {
    const { title, records, rules } = await read('no-heading-note.md');
    expect(title).toBe('no-heading-note');
    expect(records).toEqual([{ name: 'no-heading-note', latex: 'p = q + r', line: 3 }]);
    expect(rules).not.toContain('no-equations');
    expect(rules).not.toContain('missing-where-list');
  });

  it('keeps the title section as the intro when the document has equation sections', async () => {
    const { intro, records } = await read('title-intro-with-sections.md');
    expect(records.map((r) => r.name)).toEqual(['Uniform motion']);
    expect(intro).toContain('$$v = \\frac{ds}{dt}$$');
  });
});

describe('displays later in a paragraph, after a where-sentence and prose (F20)', () => {
  it('makes each `\\[…\\]` and `$$…$$` line the author sets apart a record', async () => {
    const { records, errors } = await read('later-displays-in-paragraph.md');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { name: 'Backlog', latex: 'B = \\frac{u}{1 - u} w', line: 5 },
      { name: 'Backlog (2)', latex: 'B = \\frac{u}{1 - u} \\cdot \\frac{m_1}{2} (k^2 + 1)', line: 7 },
      { name: 'Backlog (3)', latex: 'B = a \\frac{m_2}{2(1 - u)}', line: 9 },
      { name: 'Spread', latex: 's = g + h', line: 13 },
      { name: 'Spread (2)', latex: 's = h + g', line: 15 },
    ]);
  });

  it('still reads the where-sentence between them as the first formula\'s definitions', async () => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'later-displays-in-paragraph.md')]);
    const [backlog, , , spread] = project.collections[0]!.collection.equations;
    expect(backlog!.variables.flatMap((v) => v.symbols)).toEqual(['B', 'u', 'w']);
    expect(spread!.variables.flatMap((v) => v.symbols)).toEqual(['s', 'g', 'h']);
  });
});

describe("pandoc's LaTeX→markdown output (F16)", () => {
  it('is read as the pandoc dialect, its `#` sections keep their equations and the first `#` is the title', async () => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'pandoc-latex-reading-copy.md')]);
    expect(project.collections[0]!.collection.dialect).toEqual({ dialect: 'pandoc', from: 'content' });
    const { title } = await read('pandoc-latex-reading-copy.md');
    expect(title).toBe('Decay notes');
  });

  it('makes a labelled or multi-line `$$…$$` in the middle of a paragraph a record, without its labels', async () => {
    const { records, errors } = await read('pandoc-latex-reading-copy.md');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { name: 'Model', latex: '\\dot n = -\\lambda n,\\qquad \\lambda>0.', line: 5 },
      {
        name: 'Solution',
        latex: '\\begin{aligned}\n n(t)&=n_0 e^{-\\lambda t},\\\\\n t_{h}&=\\frac{\\ln 2}{\\lambda}.\\end{aligned}',
        line: 11,
      },
    ]);
  });

  it('reads its `{reference-type="eqref"}` links as references, a row label naming its formula', async () => {
    const { references, rules } = await read('pandoc-latex-reading-copy.md');
    expect(references.map((r) => [r.target, r.syntax, r.position.start.line, r.position.start.column])).toEqual([
      ['eq:decay', 'eqref', 7, 1],
      ['eq:half', 'eqref', 14, 1],
    ]);
    // eq:half is the second row's label: it resolves (no unknown-reference); sec:fit names a section, not an equation.
    expect(rules).not.toContain('unknown-reference');
  });
});

describe('a bare LaTeX environment glued to prose lines (F7)', () => {
  it('is a record like the same environment as its own paragraph, its label taken off', async () => {
    const { records } = await read('glued-environments.md');
    expect(records.map((r) => [r.name, r.line])).toEqual([
      ['Loss', 5],
      ['Loss (2)', 10],
      ['Broken', 17],
    ]);
    expect(records[0]!.latex).toBe('\\begin{align*}\nL(a) &= \\frac{1}{n}\\sum_{k=1}^{n} (v_k - a s_k)^2 \\\\\n&= \\frac{1}{n}\\sum_{k=1}^{n} e_k^2\n\\end{align*}');
    expect(records[1]!.latex).not.toContain('\\label');
  });

  it('is checked: an error inside it is reported in the file', async () => {
    const { errors } = await read('glued-environments.md');
    expect(errors).toEqual(["19:13 Unexpected end of input in a macro argument, expected '}'"]);
  });
});

describe('a worked substitution whose left side is E[W], P(A) or Var(X) (F21)', () => {
  it('instantiates the formula before it, like one with a plain letter: no new record', async () => {
    const { records, errors } = await read('applied-substitutions.md');
    expect(errors).toEqual([]);
    expect(records.map((r) => r.latex)).toEqual(['E[W] = \\frac{m_2}{2 m_1}', 'Var(T) = m_2 - m_1^2', 'P(A) = \\frac{k}{n}']);
  });
});
