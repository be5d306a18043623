// An empty display (`$$`, a blank line, `$$`: an author's leftover, trial 3 H8) typesets nothing:
// it is no equation, gets no page and no "missing where-list" warning, and the prose around it
// stays with the equation above.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';

async function load(text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'formulary-empty-'));
  try {
    writeFileSync(path.join(dir, 'notes.md'), text);
    return await loadProject([path.join(dir, 'notes.md')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('an empty display', () => {
  it('is no equation, whether blank lines or spaces stand between its dollars', async () => {
    const project = await load(['# Notes', '', '## Variance', '', '$$V = E[X^2] - E[X]^2$$', '', 'where $V$ is the variance and $X$ the variable.', '', 'Next:', '', '$$', '', '$$', '', 'More prose.', '', '$$ $$', ''].join('\n'));
    const equations = project.collections[0]!.collection.equations;
    expect(equations.map((e) => e.latex)).toEqual(['V = E[X^2] - E[X]^2']);
    expect(equations[0]!.content.map((b) => b.markdown)).toEqual(['Next:', 'More prose.']);
    expect(project.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('is no error when its closing $$ is on the very next line (the empty formula was read as "$$")', async () => {
    const project = await load(['# Notes', '', '## A', '', '$$', '$$', '', 'Text.', ''].join('\n'));
    expect(project.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(project.collections[0]!.collection.equations).toEqual([]);
  });
});
