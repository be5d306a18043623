// Colon-fenced containers of VitePress/VuePress, Docusaurus, Quarto and MyST (issue 24): a box
// holding the key formula presents it; a collapsed example, a proof or a warning is commentary
// whose math is checked but makes no equation.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { parseCollection } from '../../src/parse/parse.js';
import { FIXTURES } from '../core/helpers.js';

describe('colon-fenced containers', () => {
  it('read the formula of a tip, info or note box as an equation, and not the steps of a details box or a collapsed callout', async () => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'colon-fence-containers.md')]);
    const equations = project.collections[0]!.collection.equations;
    expect(equations.map((e) => [e.nameText, e.latex.trim()])).toEqual([
      ['Change of variable', 'g(y) = f(x) \\left|\\frac{dx}{dy}\\right|'],
      ['Expectation', 'E[a X + b] = a E[X] + b'],
      ['Variance', '\\operatorname{Var}(X) = E[X^2] - E[X]^2'],
    ]);
    // The box's where-sentence after the closing marker still defines the formula's symbols.
    expect(equations[1]!.variables.flatMap((v) => v.symbols)).toEqual(['a', 'b', 'X']);
  });

  it('still check the math of a commentary box, at its line and column', async () => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'colon-fence-containers.md')]);
    const errors = project.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.ruleId, d.line])).toEqual([['katex-error', 32]]);
  });

  it("read MyST's :::{math} colon fence as a math block, its label the equation's id", () => {
    const text = ['# T', '', '## Energy', '', ':::{math}', ':label: eq-energy', 'E = m c^2', ':::', '', 'where $E$ is the energy.', ''].join('\n');
    const { collection, diagnostics } = parseCollection({ path: 'x.md', text });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(collection.equations.map((e) => [e.nameText, e.latex.trim(), e.slug])).toEqual([['Energy', 'E = m c^2', 'eq-energy']]);
  });

  it("read the Obsidian Admonition plugin's ```ad-…``` boxes as markdown, not code (trial 2, G8)", async () => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'obsidian-admonition-fences.md')]);
    const equations = project.collections[0]!.collection.equations;
    // A definition box presents its formula, with the where-sentence inside it; an example box is commentary.
    expect(equations.map((e) => [e.nameText, e.latex.trim(), e.variables.flatMap((v) => v.symbols)])).toEqual([
      ["Newton's second law", 'F = m a', ['F', 'm', 'a']],
      ['Broken', 'E = \\frac{1}{2 m v^2', []],
    ]);
    // The broken formula in a note box is checked, at its line; the python block stays code.
    expect(project.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.ruleId, d.line])).toEqual([['katex-error', 29]]);
  });
});
