// A `$$` display wrapped in raw HTML with no blank line (`<div>` / `$$` … `$$` / `</div>`, also
// `<center>`, `<figure>`, right after a paragraph): CommonMark reads the block as HTML and the
// page's math script typesets it. Each is a record at its formula's line, read with the prose
// around it (trial 7, P17: an Eleventy post whose every display was checked but never recorded).
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES } from '../core/helpers.js';

const fixture = path.join(FIXTURES, 'reader', 'html-wrapped-displays.md');

describe('displays inside HTML blocks', () => {
  it('are equation records with their own line, names and where-sentences; a caption with inline math is no record', async () => {
    const project = await loadProject([fixture]);
    const { collection, dialect } = { collection: project.collections[0]!.collection, dialect: project.collections[0]!.collection.dialect };
    // `layout: post.njk` is Eleventy (markdown-it), not Jekyll's kramdown.
    expect(dialect).toEqual({ dialect: 'markdown', from: 'default' });
    expect(collection.equations.map((e) => [e.slug, e.positions.equation?.start.line, e.latex.slice(0, 14)])).toEqual([
      ['adversarial-loss', 17, '\\mathcal{A}(G,'],
      ['reconstruction-loss', 28, '\\mathcal{R}(G)'],
      ['combined', 36, 'G^{*} = \\arg\\m'],
    ]);
    expect(collection.equations.map((e) => e.variables.map((v) => [v.symbols, v.description]))).toEqual([
      [[['s'], 'a real sample'], [['n'], 'noise']],
      [],
      [[['\\kappa'], 'the weight of the reconstruction term']],
    ]);
    expect(project.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
