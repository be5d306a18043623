// Each tool's equation syntax read as that tool reads it, with no false error (issue 24):
// `\$` in math, math inside blockquotes, callouts, lists and admonitions, LaTeX labels and tags,
// MyST and Quarto labels, and references in every tool's syntax.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { parseCollection } from '../../src/parse/parse.js';
import { FIXTURES, textAt } from '../core/helpers.js';

const fixture = (name: string): string => path.join(FIXTURES, 'dialects', `${name}.md`);
const load = async (name: string) => {
  const project = await loadProject([fixture(name)]);
  const text = readFileSync(fixture(name), 'utf8');
  const collection = project.collections[0]!.collection;
  return { project, collection, text, errors: project.diagnostics.filter((d) => d.severity === 'error') };
};

describe('delimiters as their tools read them', () => {
  it('reads \\$, \\%, \\# and \\& in math as the characters KaTeX makes of them, and currency outside math as text', async () => {
    const { collection, errors } = await load('escaped-in-math');
    expect(errors).toEqual([]);
    expect(collection.equations.map((e) => [e.nameText, e.latex, e.variables.flatMap((v) => v.symbols)])).toEqual([
      ['Monthly payment', 'P = \\$1{,}200 \\times r', ['P', 'r']],
      ['Rate', 'q = 5\\% \\cdot x \\# y \\& z', ['q', 'x', 'y', 'z']],
    ]);
  });

  it('compiles math in blockquotes, callouts, list items and admonitions without their markers, and points an error at its file character', async () => {
    const { errors, text } = await load('math-in-containers');
    expect(errors.map((d) => [d.ruleId, d.line])).toEqual([['katex-error', 36]]);
    expect(textAt(text, 36, 1, 20)).toBe('> x = \\frac{1}{');
    expect(errors[0]!.column).toBeGreaterThan(2);
  });

  it('maps each line of a quoted formula to its own file characters', () => {
    const text = '# T\n\n> Quoted:\n>\n> $$\n> a = b\n>   + \\frac{1}{\n> $$\n';
    const { collection } = parseCollection({ path: 'q.md', text });
    // A quoted display presents its formula (trial 3, H5): it is the record's LaTeX, mapped the same way.
    const sources = [...collection.equations.map((e) => ({ latex: e.latex, map: e.latexMap })), ...collection.inlineMath];
    const m = sources.find((s) => s.latex.includes('frac'))!;
    expect(m.latex).toBe('a = b\n  + \\frac{1}{');
    for (const p of m.map.pieces) expect(text.slice(p.offset, p.offset + p.length)).toBe(m.latex.slice(p.at, p.at + p.length));
  });

  it('takes \\label, \\tag, MyST and Quarto labels as the equation id, removed before KaTeX sees the formula', async () => {
    const { collection, errors } = await load('labels');
    expect(errors).toEqual([]);
    expect(collection.equations.map((e) => [e.nameText, e.slug, e.explicitId])).toEqual([
      ["Newton's second law", 'eq-newton', 'eq-newton'],
      ['Photon energy', 'eq-photon', 'eq-photon'],
      ['Pythagoras', 'eq-pythag', 'eq-pythag'],
      ['Momentum', 'momentum', 'momentum'],
      ['Distance', 'eq-distance', 'eq-distance'],
    ]);
    const newton = collection.equations[0]!;
    expect(newton.latex).not.toMatch(/\\label|\\tag/);
    expect(newton.number).toBe(2);
    expect(collection.equations[1]!.latex).toBe('E = h \\nu');
  });

  it('records references in every tool’s syntax with their positions, and never fails on them', async () => {
    const { collection, text } = await load('labels');
    const refs = (collection.references ?? []).map((r) => [r.syntax, r.target, r.id, textAt(text, r.position.start.line, r.position.start.column, 4)]);
    expect(refs).toEqual([
      ['eqref', 'eq:newton', 'eq-newton', '\\eqr'],
      ['quarto', 'eq-pythag', 'eq-pythag', '@eq-'],
      ['myst', 'eq-photon', 'eq-photon', '{eq}'],
      ['ref', 'momentum', 'momentum', '\\ref'],
    ]);
  });

  it('gives one record per formula the author presents, at the formula’s own line and column', async () => {
    const { collection, text } = await load('one-record-per-formula');
    const eqs = collection.equations;
    expect(eqs.map((e) => [e.nameText, e.latex, e.variables.flatMap((v) => v.symbols)])).toEqual([
      // A run of formulas shares the definitions after it (the corpus contract of issue 24).
      ['Momentum and force', 'p = mv', ['p', 'm', 'v', 'F', 't']],
      ['Momentum and force (2)', 'F = \\frac{dp}{dt}', ['p', 'm', 'v', 'F', 't']],
      ['Kinetic energy', 'K = \\tfrac12 mv^2', []],
      ['Potential energy', 'U = mgh', []],
      ['Energy (3)', 'E = K + U', []],
      ['Worked example', 'F = m a', ['m', 'a']],
      ['Three blocks', 'a = b', []],
      ['Three blocks (2)', 'c = d', []],
      ['Three blocks (3)', 'e = f', []],
      ['Lines', '\\begin{gathered}a = b \\\\\nc = d\\end{gathered}', []],
      ['Derivation', 'x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}', []],
    ]);
    const at = (i: number, n: number) => textAt(text, eqs[i]!.positions.equation!.start.line, eqs[i]!.positions.equation!.start.column, n);
    expect(at(1, 7)).toBe('$$F = \\');
    expect(at(2, 4)).toBe('$$K ');
    expect(at(8, 4)).toBe('$$e ');
    expect(eqs[8]!.positions.heading.start.line).toBe(32);
  });

  it('recognises the tool from the config, a project file, the front matter or the document’s own syntax', async () => {
    const { chooseDialect } = await import('../../src/parse/dialect.js');
    expect(chooseDialect('# T\n', 'myst', 'quarto')).toEqual({ dialect: 'myst', from: 'config' });
    expect(chooseDialect('# T\n', undefined, 'quarto')).toEqual({ dialect: 'quarto', from: 'project file' });
    expect(chooseDialect('---\nlayout: post\ntitle: A\n---\n# T\n')).toEqual({ dialect: 'kramdown', from: 'front matter' });
    // An Eleventy template layout is markdown-it, not Jekyll's kramdown (trial 7, doc 10).
    expect(chooseDialect('---\nlayout: post.njk\ntitle: A\n---\n# T\n')).toEqual({ dialect: 'markdown', from: 'default' });
    expect(chooseDialect("---\nlayout: 'layouts/base.liquid'\npermalink: /a/\n---\n# T\n")).toEqual({ dialect: 'markdown', from: 'default' });
    expect(chooseDialect('---\njupytext:\n  formats: md\n---\n')).toEqual({ dialect: 'myst', from: 'front matter' });
    expect(chooseDialect('> [!note] A\n> $$x$$\n')).toEqual({ dialect: 'obsidian', from: 'content' });
    expect(chooseDialect('$$\nx\n$$ {#eq-x}\n')).toEqual({ dialect: 'quarto', from: 'content' });
    expect(chooseDialect('# Plain\n\n$x$\n')).toEqual({ dialect: 'markdown', from: 'default' });
  });

  it('reads $$…$$ inside a sentence as display in Obsidian and as inline math in kramdown', () => {
    const body = '# Notes\n\n## Faraday\n\nA changing flux induces a field, $$\\nabla \\times E = -\\partial_t B$$ where $E$ is the electric field and $B$ the magnetic field.\n';
    const obsidian = parseCollection({ path: 'o.md', text: body }, { dialect: 'obsidian' }).collection;
    expect(obsidian.equations.map((e) => [e.nameText, e.latex, e.variables.flatMap((v) => v.symbols)])).toEqual([['Faraday', '\\nabla \\times E = -\\partial_t B', ['E', 'B']]]);
    expect(obsidian.dialect).toEqual({ dialect: 'obsidian', from: 'config' });
    const kramdown = parseCollection({ path: 'k.md', text: body }, { dialect: 'kramdown' }).collection;
    expect(kramdown.equations).toEqual([]);
    expect(kramdown.inlineMath.map((m) => m.latex)).toContain('\\nabla \\times E = -\\partial_t B');
  });

  it('reads GitHub’s $`x`$ as the math x', async () => {
    const text = '# T\n\n## Sum\n\n$$\ns = a + b\n$$\n\nGitHub writes $`\\frac{a}{b}`$ inline.\n';
    const { collection, diagnostics } = parseCollection({ path: 'g.md', text });
    expect(collection.inlineMath.map((m) => m.latex)).toContain('\\frac{a}{b}');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
