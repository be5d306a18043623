// In a Jupyter notebook `$ x $` with spaces inside is math: Jupyter's MathJax reads it so, and
// notebook authors write where-lists that way. A markdown file keeps pandoc's rule (the spaced
// dollars are text). A digit right after the closing dollar still makes prices text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES } from '../core/helpers.js';

async function read(file: string) {
  const full = path.join(FIXTURES, 'reader', file);
  const lines = readFileSync(full, 'utf8').split('\n');
  const project = await loadProject([full]);
  return {
    records: project.collections[0]!.collection.equations.map((e) => ({ name: e.nameText, latex: e.latex, symbols: e.variables.flatMap((v) => v.symbols) })),
    errors: project.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.ruleId} ${lines[d.line - 1]!.slice(d.column - 1, d.column + 6)}`),
  };
}

describe('spaced dollars', () => {
  it('are math in a notebook: its where-lists define, its errors are found in the JSON, its prices stay text', async () => {
    const { records, errors } = await read('notebook-spaced-dollars.ipynb');
    expect(records).toEqual([
      { name: "Hooke's law", latex: 'F = -k x', symbols: ['F', 'k', 'x'] },
      { name: 'Period', latex: 'T = 2 \\pi \\sqrt{\\frac{m}{k}}', symbols: ['T', 'm', 'k'] },
    ]);
    expect(errors).toEqual(['61:33 katex-error \\\\aprox']);
  });

  it('are text in a markdown file (pandoc reads them so)', async () => {
    const { records, errors } = await read('markdown-spaced-dollars.md');
    expect(records).toEqual([{ name: "Hooke's law", latex: 'F = -k x', symbols: [] }]);
    expect(errors).toEqual([]);
  });
});
