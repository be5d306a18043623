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

  it("head what the page shows of a box's body with the box's title, or its kind when it has none", async () => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'colon-fence-containers.md')]);
    const content = (i: number): string[] => project.collections[0]!.collection.equations[i]!.content.map((b) => b.markdown);
    // `::: details Example 1`: its title, once, above the first of its two paragraphs.
    expect(content(0)).toEqual(['The density of the transformed variable:', '**Example 1**\n\n$y = x^2$ gives', '$\\frac{dx}{dy} = \\frac{1}{2\\sqrt{y}}$']);
    // `:::warning` with no title: its kind. A box whose body is the formula itself shows no lone title.
    expect(content(1)).toEqual(['**Warning**\n\nDo not apply it to $E[X^2]$: $\\frac{1}{0$ is not a number.']);
  });

  it('take a title from each tool\'s syntax: [Title], title="…", an Admonition title: line', () => {
    const text = [
      '# T', '', '## Energy', '', '$$E = m c^2$$', '', 'where $E$ is the energy.', '',
      ':::tip[Remember]', 'Light is fast.', ':::', '',
      '::: {.callout-caution title="Units"}', 'Use SI units.', ':::', '',
      '```ad-example', 'title: Worked case', 'One gram gives a lot.', '```', '',
      '::: {.columns}', 'A plain div has no title.', ':::', '',
    ].join('\n');
    const { collection } = parseCollection({ path: 'x.md', text });
    expect(collection.equations[0]!.content.map((b) => b.markdown)).toEqual([
      '**Remember**\n\nLight is fast.',
      '**Units**\n\nUse SI units.',
      '**Worked case**\n\nOne gram gives a lot.',
      'A plain div has no title.',
    ]);
  });
});
