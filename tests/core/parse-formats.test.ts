// One fixture per input variant the parser must handle (tests/fixtures/format/).
import { describe, expect, it } from 'vitest';
import { parseFixture } from './helpers.js';
import { fileOffsetOf } from '../../src/diagnostics/positions.js';

describe('headings', () => {
  it('reads a numbered heading with no blank line before the equation and a where: without blank lines', () => {
    const { collection } = parseFixture('format/numbered-no-blank.md');
    const [eq] = collection.equations;
    expect(eq).toMatchObject({ number: 17, name: 'Adam Optimizer', slug: 'adam-optimizer', display: 'dollar' });
    expect(eq!.latex).toBe('\\theta \\leftarrow \\theta - \\eta \\hat{m}');
    expect(eq!.variables.map((v) => v.symbols)).toEqual([['\\theta'], ['\\eta'], ['\\hat{m}']]);
  });

  it('reads an unnumbered heading, "Where:", and a list whose bullets switch from * to +', () => {
    const { collection } = parseFixture('format/unnumbered-blank.md');
    const [eq] = collection.equations;
    expect(eq).toMatchObject({ number: null, name: 'Slope and Intercept', slug: 'slope-and-intercept' });
    expect(eq!.variables.map((v) => v.symbols[0])).toEqual(['y', 'x', 'm', 'b']);
  });
});

describe('equation forms', () => {
  it('keeps a $...$ equation spanning several lines (cases) as one string, with bold **where:** and wide bullets', () => {
    const { collection } = parseFixture('format/multiline-dollar.md');
    const [eq] = collection.equations;
    expect(eq!.latex).toContain('\\begin{cases}');
    expect(eq!.latex).toContain('\\end{cases}');
    expect(eq!.variables.map((v) => v.symbols[0])).toEqual(['z', '\\alpha']);
  });

  it('reads $$...$$ display math', () => {
    const { collection } = parseFixture('format/double-dollar.md');
    expect(collection.equations[0]).toMatchObject({ display: 'double-dollar', latex: 's = \\sum_{i=1}^{n} x_i' });
  });

  it('reads \\[...\\] display math, which plain remark-math does not see', () => {
    const { collection, text } = parseFixture('format/bracket.md');
    const eq = collection.equations[0]!;
    expect(eq.display).toBe('bracket');
    expect(eq.latex.startsWith('\\begin{aligned}')).toBe(true);
    expect(eq.latex.endsWith('\\end{aligned}')).toBe(true);
    // Every LaTeX offset maps back to the same character in the file.
    const i = eq.latex.indexOf('\\eta');
    expect(text.slice(fileOffsetOf(eq.latexMap, i), fileOffsetOf(eq.latexMap, i) + 4)).toBe('\\eta');
    expect(eq.variables).toHaveLength(5);
  });

  it('joins several consecutive $...$ lines into one equation whose offsets still map into the file', () => {
    const { collection, text } = parseFixture('format/dollar-lines.md');
    const eq = collection.equations[0]!;
    expect(eq.display).toBe('dollar-lines');
    expect(eq.latex).toContain('P = \\frac{TP}{TP + FP}');
    expect(eq.latex).toContain('R = \\frac{TP}{TP + FN}');
    const at = eq.latex.indexOf('R = ');
    expect(text.slice(fileOffsetOf(eq.latexMap, at), fileOffsetOf(eq.latexMap, at) + 4)).toBe('R = ');
  });
});

describe('where-list items', () => {
  const { collection } = parseFixture('format/item-shapes.md');
  const vars = collection.equations[0]!.variables;
  const bySymbol = (s: string) => vars.find((v) => v.symbols.includes(s));

  it('takes the symbol before a relation', () => {
    expect(bySymbol('y^{(i)}')?.description).toBe('the true label');
  });
  it('splits symbols at top-level commas, within one $...$ and across several', () => {
    expect(bySymbol('W_{hh}')?.symbols).toEqual(['W_{hh}', 'W_{xh}']);
    expect(bySymbol('\\mu_B')?.symbols).toEqual(['\\mu_B', '\\sigma_B^2']);
    expect(bySymbol('a')?.symbols).toEqual(['a', 'b']);
  });
  it('reads "$TP$ = true positives" and definitions by equation', () => {
    expect(bySymbol('TP')?.description).toBe('true positives');
    expect(bySymbol('M')?.definedAs).toBe('\\frac{1}{2}(P + Q)');
  });
  it('keeps f(\\cdot) whole and marks "defined as above" items as inherited', () => {
    expect(bySymbol('f(\\cdot)')?.description).toBe('an activation function');
    expect(bySymbol('h')?.inherited).toBeDefined();
    expect(bySymbol('h')?.symbols).toEqual(['h', 'x', 'P']);
  });
  it('keeps items that define nothing as notes', () => {
    const notes = collection.equations[0]!.notes.map((n) => n.text);
    expect(notes).toEqual(['The factor $\\tfrac{1}{2}$ is often included by convention', '$ad - bc \\neq 0$']);
  });
});

describe('inline \\(...\\) math', () => {
  it('becomes math in names, lists and prose, but not inside code', () => {
    const { collection } = parseFixture('format/paren-math.md');
    const eq = collection.equations[0]!;
    expect(eq.name).toBe('Coefficient of Determination ($R^2$)');
    expect(eq.slug).toBe('coefficient-of-determination-r2');
    expect(eq.variables[0]!.description).toContain('$i = 1 \\dots N$');
    expect(collection.intro).toContain('`\\(code\\)`');
    expect(collection.inlineMath.map((m) => m.latex)).toContain('x_i');
  });
});

describe('prompt and intro', () => {
  it('does not read the example headings inside an mkdocs prompt admonition as equations', () => {
    const { collection } = parseFixture('format/prompt-admonition.md');
    expect(collection.equations.map((e) => e.name)).toEqual(['Area of a Circle']);
    expect(collection.title).toBe('The Equations');
    expect(collection.intro).toBe('Below is a curated list.');
    expect(collection.preamble).toContain('!!! prompt');
  });
  it('does not read headings inside a fenced block as equations', () => {
    const { collection } = parseFixture('format/prompt-fence.md');
    expect(collection.equations.map((e) => e.name)).toEqual(['Area of a Circle']);
  });
  it('takes the nearest ##/### heading as the group', () => {
    const { collection } = parseFixture('format/groups.md');
    expect(collection.equations.map((e) => e.group)).toEqual(['Losses', 'Activations']);
  });
});

describe('\\[...\\] with the brackets on content lines', () => {
  it('reads a closing \\] at the end of the last line, and \\[ x \\] on one line, as bracket display math', () => {
    const { collection, text } = parseFixture('format/bracket-inline.md');
    const [first, second] = collection.equations;
    expect(first!.display).toBe('bracket');
    expect(first!.latex.startsWith('\\begin{aligned}')).toBe(true);
    expect(first!.latex.endsWith('\\end{aligned}')).toBe(true);
    expect(first!.variables).toHaveLength(5);
    expect(second).toMatchObject({ display: 'bracket', latex: 'y = \\alpha x' });
    const i = first!.latex.indexOf('\\eta');
    expect(text.slice(fileOffsetOf(first!.latexMap, i), fileOffsetOf(first!.latexMap, i) + 4)).toBe('\\eta');
  });
});

describe('$$...$$ with the dollars on content lines', () => {
  it('reads $$x … y$$ as one display equation and keeps the where-list', () => {
    const { collection } = parseFixture('format/double-dollar-inline.md');
    const [first, second] = collection.equations;
    expect(first).toMatchObject({ display: 'double-dollar', latex: 's = \\sum_{i=1}^{n}\nx_i' });
    expect(first!.variables.map((v) => v.symbols[0])).toEqual(['s', 'x_i', 'n']);
    expect(second).toMatchObject({ display: 'double-dollar', latex: 't = 2 s' });
    expect(second!.variables).toHaveLength(2);
  });
});
