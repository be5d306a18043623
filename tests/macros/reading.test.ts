// Where macros come from: a preamble block of \newcommand/\def/\DeclareMathOperator, MyST's front
// matter `math:`, Quarto's hidden div, the config's `macros`. A preamble block is no equation.
import { describe, expect, it } from 'vitest';
import { readFixture } from './helpers.js';

describe('reading macros', () => {
  it('reads a preamble block and the config, and the block is no equation record', () => {
    const { collection, diagnostics } = readFixture('mechanics');
    expect(collection.equations.map((e) => e.nameText)).toEqual(['Velocity', 'Kinetic Energy', 'Trace of the Stress']);
    expect(Object.keys(collection.macros ?? {}).sort()).toEqual(['\\RR', '\\Tr', '\\deriv', '\\half', '\\norm', '\\vect']);
    expect(collection.equations[0]!.latex).toBe('\\mathbf{v} = \\frac{d \\mathbf{x}}{d t}');
    expect(collection.equations[1]!.latex).toBe('K = \\tfrac{1}{2} m \\left\\lVert \\mathbf{v} \\right\\rVert^2');
    expect(collection.equations[2]!.latex).toBe('s = \\operatorname{Tr}(\\sigma)');
    expect(collection.equations[0]!.variables[0]!.symbols).toEqual(['\\mathbf{v}']);
    expect(collection.inlineMath.some((m) => m.latex.includes('newcommand'))).toBe(false);
    expect(diagnostics).toEqual([]);
  });

  it('reads MyST front matter `math:`, arguments counted from the body', () => {
    const { collection } = readFixture('myst-front-matter', false);
    expect(collection.macros?.['\\dpred']).toEqual({ params: 1, body: '\\mathbf{d}_\\text{pred}\\left( #1 \\right)' });
    expect(collection.equations[0]!.latex).toBe('\\phi = \\lVert \\mathbf{d}_\\text{pred}\\left( m \\right) - \\mathbf{d}_\\text{obs} \\rVert^2');
  });

  it("reads Quarto's hidden div of \\def, with parameters", () => {
    const { collection } = readFixture('quarto-hidden-div', false);
    expect(collection.equations).toHaveLength(1);
    expect(collection.equations[0]!.latex).toBe('{\\bf E} : {\\bf R}^3 \\to {\\bf R}^3');
  });

  it('keeps a formula as written without macros, and maps an argument to its own column', () => {
    const { collection } = readFixture('mechanics', false);
    expect(collection.equations[0]!.latex).toBe('\\mathbf{v} = \\deriv{\\mathbf{x}}{t}');
    const eq = readFixture('mechanics').collection.equations[0]!;
    // `x` of `\vect{x}` keeps its place in the file: the argument is not the macro's body.
    const at = eq.latex.indexOf('x');
    const piece = eq.latexMap.pieces.find((p) => p.at <= at && at < p.at + p.length);
    expect(piece).toBeDefined();
  });
});
