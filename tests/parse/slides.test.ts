// Slidev decks (issue 24): slide separators and per-slide settings are no prose and no
// headings, and click steps after `$$` are no part of the formula.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES } from '../core/helpers.js';

describe('a Slidev deck', () => {
  it('reads each slide formula without its click steps, and no slide setting as a heading or prose', async () => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'slidev-deck.md')]);
    const equations = project.collections[0]!.collection.equations;
    expect(equations.map((e) => [e.nameText, e.latex.trim().split('\n')[0]])).toEqual([
      ['Least squares', '\\begin{aligned}'],
      ['Normal equations', 'X^\\top X w = X^\\top y'],
    ]);
    expect(equations[0]!.variables.flatMap((v) => v.symbols)).toEqual(['L', 'w', 'X', 'y']);
    // The sentence before a separator stays a sentence (a `---` under it would make it a heading in plain markdown).
    const content = JSON.stringify(equations[0]!.content ?? '');
    expect(content).toContain('The gradient vanishes at the optimum');
    expect(content).not.toContain('clicks');
    expect(project.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
