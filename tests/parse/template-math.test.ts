// Site generators' math (issue 24): Hugo shortcodes, Jekyll's Liquid and Zola's math tags, and
// doubled backslashes are math as the page shows it; a doubled-backslash formula is read after
// markdown's escapes, as MathJax or KaTeX reads it on the page.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { parseCollection } from '../../src/parse/parse.js';
import { FIXTURES } from '../core/helpers.js';

const ws = (s: string): string => s.replace(/\s+/g, ' ').trim();

async function read(file: string) {
  const project = await loadProject([path.join(FIXTURES, 'reader', file)]);
  const equations = project.collections[0]!.collection.equations;
  return {
    records: equations.map((e) => ({ name: e.nameText, latex: ws(e.latex), symbols: e.variables.flatMap((v) => v.symbols).map(ws) })),
    errors: project.diagnostics.filter((d) => d.severity === 'error'),
  };
}

describe("Hugo's doubled backslashes", () => {
  it('read \\\\[ … \\\\] as a display and \\\\( … \\\\) as inline math, after undoing markdown escapes', async () => {
    const { records, errors } = await read('hugo-escaped-delimiters.md');
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.name, r.latex])).toEqual([
      ['Sample variance', 's^2 = \\frac{1}{n - 1} \\sum_{i=1}^{n} (x_i - \\bar{x})^2'],
      // Inside a `$$` block `\\[2pt]` is LaTeX's spaced line break, not a delimiter.
      ['Piecewise step', 'H(x) = \\begin{cases} 0 & x < 0 \\\\[2pt] 1 & x \\ge 0 \\end{cases}'],
      ['Matrix', 'A = \\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}'],
    ]);
    // The where-sentence's `\\(x\_i\\)` defines the formula's `x_i`.
    expect(records[0]!.symbols).toEqual(['s^2', 'x_i', 'n']);
  });
});

describe("Hugo's math shortcodes", () => {
  const parse = (text: string) => parseCollection({ path: 'post.md', text });

  it('make an equation of a display shortcode, on its own lines or on one line', () => {
    const text = [
      '# Post',
      '',
      '## Force',
      '',
      '{{< katex display=true >}}',
      'F = m a',
      '{{< /katex >}}',
      '',
      'where {{< katex >}}F{{< /katex >}} is the force, {{< math >}}m{{< /math >}} the mass and {{% katex %}}a{{% /katex %}} the acceleration.',
      '',
      '## Work',
      '',
      '{{< katex display >}}W = F d{{< /katex >}}',
      '',
    ].join('\n');
    const { collection, diagnostics } = parse(text);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(collection.equations.map((e) => [e.nameText, ws(e.latex), e.variables.flatMap((v) => v.symbols).map(ws)])).toEqual([
      ['Force', 'F = m a', ['F', 'm', 'a']],
      ['Work', 'W = F d', []],
    ]);
  });

  it('leave a shortcode inside a code fence alone: it is template source', () => {
    const text = ['# Post', '', '## Template', '', '```go-html-template', '{{< katex >}}\\frac{{{< /katex >}}', '```', ''].join('\n');
    const { collection, diagnostics } = parse(text);
    expect(collection.equations).toEqual([]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe("Jekyll's Liquid and Zola's math tags", () => {
  it('make an equation of a display tag, a wrapper around lone `$` lines included, and inline math of an inline tag; {% tex %} is not theirs', async () => {
    const { records, errors } = await read('liquid-zola-math-tags.md');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { name: 'Simplex', latex: '\\Delta^n = \\hom(-, [n])', symbols: [] },
      { name: 'Energy', latex: 'E = m c^2', symbols: ['E'] },
      { name: 'Zola', latex: 'F = m a', symbols: [] },
      // A tag around dollar math glued to a full stop keeps the math's own dollars; a `{% tex %}`
      // diagram (typeset by LaTeX itself, tikz-cd) is not KaTeX's to judge: no error.
      { name: 'Diagram', latex: '\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}', symbols: [] },
    ]);
  });
});
