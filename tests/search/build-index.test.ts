import { describe, expect, it } from 'vitest';
import type { Collection, Equation, Variable } from '../../src/types.js';
import { buildSearchFiles, previewOf, searchDocs, type SearchInput } from '../../src/search/build-index.js';
import { searchEquations } from '../../src/search/options.js';
import { loadBack } from './seed.js';

const span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const variable = (symbol: string, description: string): Variable => ({
  symbols: [symbol],
  symbolSources: [{ latex: symbol, map: { pieces: [] } }],
  description,
  position: span,
});
function equation(number: number, name: string, latex: string, variables: Variable[]): Equation {
  return {
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    number,
    name,
    nameText: name,
    latex,
    latexMap: { pieces: [] },
    display: 'dollar',
    group: null,
    headingLevel: 4,
    variables,
    notes: [],
    inlineMath: [],
    positions: { heading: span, equation: null, whereList: null },
  };
}

/** A hand-made mini collection: the module must not depend on the parser to be tested. */
const equations = [
  equation(1, 'Gradient Descent', '\\theta \\leftarrow \\theta - \\eta \\nabla_\\theta L', [variable('\\eta', 'the learning rate')]),
  equation(2, 'Evil <script>alert(1)</script>', '\\href{javascript:alert(1)}{x} + \\htmlData{var=1}{y}', [variable('x', '<img src=x onerror=alert(1)>')]),
  equation(3, 'Broken', '\\frac{', []),
];
const collection: Collection = { title: 'Mini', intro: '', preamble: '', sourceFile: 'mini.md', equations, inlineMath: [] };
const inputs: SearchInput[] = equations.map((eq) => ({ collection, equation: eq, url: `equations/${eq.slug}/`, topic: 'Optimisation' }));

describe('buildSearchFiles', () => {
  it('writes one search-index.json', () => {
    expect(buildSearchFiles(inputs).map((f) => f.path)).toEqual(['search-index.json']);
  });

  it('makes SearchDocs of words and TeX', () => {
    const [gd] = searchDocs(inputs);
    expect(gd).toEqual({
      id: 0,
      slug: 'gradient-descent',
      url: 'equations/gradient-descent/',
      number: 1,
      name: 'Gradient Descent',
      topic: 'Optimisation',
      text: 'the learning rate',
      tex: '\\theta \\leftarrow \\theta - \\eta \\nabla_\\theta L\n\\eta',
    });
  });

  it('finds the mini collection by name, symbol and definition once loaded back', () => {
    const { index } = loadBack(inputs);
    for (const q of ['gradient', 'η', '\\nabla', 'learning rate', 'optimisation']) {
      expect(searchEquations(index, q)[0]?.id, q).toBe(0);
    }
  });

  it('renders previews as KaTeX HTML without MathML, without trust, and drops unrenderable TeX', () => {
    const preview = previewOf('\\hat{y} = \\sigma(z)');
    expect(preview.startsWith('<span class="katex">')).toBe(true);
    expect(preview).toContain('katex-html');
    expect(preview).not.toMatch(/<math|annotation/);
    const evil = previewOf(equations[1]!.latex);
    expect(evil).not.toMatch(/javascript:|data-var|<script|onerror/i);
    expect(previewOf('\\frac{')).toBe('');
  });
});
