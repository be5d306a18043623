// Documents with no real error get none (issue 24's trial): what the author's own tool accepts
// is never a build-blocking error here. One small fixture each (tests/fixtures/reader/<name>.md).
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES, textAt } from '../core/helpers.js';

const fixture = (name: string): string => path.join(FIXTURES, 'reader', `${name}.md`);
const load = async (name: string) => {
  const project = await loadProject([fixture(name)]);
  const text = readFileSync(fixture(name), 'utf8');
  const equations = project.collections[0]!.collection.equations;
  const at = (d: { line: number; column: number }, n: number) => textAt(text, d.line, d.column, n);
  const errors = project.diagnostics.filter((d) => d.severity === 'error');
  return { project, equations, at, errors, rule: (id: string) => project.diagnostics.filter((d) => d.ruleId === id) };
};

describe('two headings that make the same URL', () => {
  it('both get a page: the later one (or the one without an id) gets -2, with a warning saying how to pin it; the section\'s later records follow it', async () => {
    const { equations, errors, rule, at } = await load('same-slug-headings');
    expect(errors).toEqual([]);
    expect(equations.map((e) => e.slug)).toEqual(['cross-entropy', 'cross-entropy-2', 'cross-entropy-2-2', 'cross-entropy-2-3', 'hinge-loss-2', 'hinge-loss']);
    const warned = rule('duplicate-slug');
    expect(warned.map((d) => [d.severity, d.line, d.column, at(d, 10)])).toEqual([
      ['warning', 7, 4, 'Cross entr'],
      ['warning', 19, 4, 'Hinge loss'],
    ]);
    expect(warned[0]!.message).toContain('/equations/cross-entropy-2/');
    expect(warned[0]!.message).toContain('{#id}');
    expect(warned[1]!.message).toContain('"Margin loss" (line 23)');
  });
});

describe('macros a document defines in its front matter', () => {
  it("reads KaTeX's `macros:` map and a LaTeX preamble's \\newcommand lines (Jekyll, Krater): no error, and a built-in it redefines is a warning", async () => {
    const { equations, errors, rule, at } = await load('krater-front-matter-macros');
    expect(errors).toEqual([]);
    expect(equations.map((e) => e.latex)).toEqual(['\\mathrm{id}_{c} \\colon c \\to c', '\\operatorname{Ob}\\mathsf{Set} \\coloneqq \\{\\text{all sets}\\}']);
    const redefined = rule('macro-redefines-builtin');
    expect(redefined.map((d) => [d.severity, d.line, d.column, at(d, 4)])).toEqual([['warning', 11, 17, '\\Set']]);
  });

  it("reads pandoc's header-includes, a list of LaTeX lines, a quoted one and a block", async () => {
    const { equations, errors, rule } = await load('pandoc-header-includes');
    expect(errors).toEqual([]);
    expect(equations.map((e) => e.latex)).toEqual([
      '\\lVert A x \\rVert \\le \\operatorname{tr}(A^\\top A)^{1/2} \\lVert x \\rVert, \\quad x \\in \\mathbb{R}^n',
      '\\mathbb{E}[\\operatorname{tr}(X)] = \\operatorname{tr}(\\mathbb{E}[X])',
    ]);
    expect(rule('macro-redefines-builtin')).toEqual([]);
  });

  it("reads vuepress-plugin-mathjax's presets, a \\def with parameters", async () => {
    const { equations, errors } = await load('vuepress-mathjax-presets');
    expect(errors).toEqual([]);
    expect(equations.map((e) => e.latex)).toEqual(['\\left|x - y\\right| \\le \\left|x\\right| + \\left|y\\right|']);
  });
});

describe('a Logseq outline nested with tabs', () => {
  it('reads a `$$` display glued to its first and last lines in a bullet’s continuation as the author’s formula: only the real error, at its place', async () => {
    const { errors, at, project } = await load('logseq-tab-outline');
    expect(errors.map((d) => [d.ruleId, d.line, d.column, at(d, 2)])).toEqual([['katex-error', 21, 18, '$$']]);
    expect(errors[0]!.message).toContain("expected '}'");
    // An outline page's display bullets are its formulas (trial 1, F5): checked as records, no longer as spans.
    const checked = project.collections[0]!.collection.equations.map((m) => m.latex.replace(/\s+/g, ' '));
    expect(checked).toContain('\\begin{aligned} m \\ddot{x} & = -k x - c \\dot{x} \\\\ \\ddot{x} & = -\\omega_0^2 x - 2\\zeta\\omega_0 \\dot{x} \\end{aligned}');
    expect(checked).toContain('\\omega_0 = \\sqrt{k / m}');
  });
});

describe('a command undefined in many formulas (a macro of the author’s tool setup)', () => {
  it('stays an error in each formula, and the first one says once how many share it and where to define it', async () => {
    const { errors } = await load('undefined-macro-repeated');
    expect(errors.map((d) => [d.ruleId, d.line])).toEqual([
      ['katex-error', 3],
      ['katex-error', 7],
      ['katex-error', 11],
      ['katex-error', 15],
    ]);
    expect(errors[0]!.message).toMatch(/^Undefined control sequence: \\vv \(and in 3 more formulas of this file: .*formulary\.config\.json "macros".*\\newcommand\{\\vv\}/);
    expect(errors.slice(1).map((d) => d.message)).toEqual(['Undefined control sequence: \\vv', 'Undefined control sequence: \\vv', 'Undefined control sequence: \\vv']);
  });
});

describe('MathJax commands KaTeX lacks (trial 2, G1)', () => {
  it('\\displaylines, \\require, \\bbox and \\iddots in a document written for MathJax are no error', async () => {
    const project = await loadProject([fixture('mathjax-only-commands')]);
    expect(project.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(project.collections[0]!.collection.equations.map((e) => e.nameText)).toEqual(['Sistema', 'Cancel']);
  });

  it('amsmath, mathtools, gensymb, upgreek and MathJax markup commands (trial 3, H3: \\idotsint) are no error, and still typeset', async () => {
    const formulas = [
      '\\iint, \\iiint, \\idotsint, \\iiiint',
      '\\prescript{14}{6}{C} = \\overunderset{a}{b}{=}',
      'T = 20\\,\\celsius, R = 5\\,\\ohm, \\upalpha + \\upmu',
      '\\class{hl}{x} + \\style{color:red}{y} = \\cancelto{0}{z}',
    ];
    const dir = mkdtempSync(path.join(tmpdir(), 'formulary-mathjax-'));
    const file = path.join(dir, 'typora.md');
    // The last formula's `\\upalphas` is no command of any tool: the check still reports it.
    writeFileSync(file, ['# Sheet', '', ...[...formulas, '\\upalphas'].flatMap((f, i) => [`## F${i}`, '', `$$${f}$$`, ''])].join('\n'));
    const project = await loadProject([file]);
    rmSync(dir, { recursive: true, force: true });
    expect(project.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.message])).toEqual([[21, 'Undefined control sequence: \\upalphas']]);
    expect(project.collections[0]!.collection.equations).toHaveLength(5);
  });

  it('eqnarray (in $$, or bare) and \\mbox (trial 5, M1) are no error: the rows typeset as three columns; a typo inside is still reported at its character', async () => {
    const project = await loadProject([fixture('eqnarray-and-mbox')]);
    expect(project.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.column, d.message])).toEqual([
      [28, 9, 'Undefined control sequence: \\frca'],
    ]);
    const equations = project.collections[0]!.collection.equations;
    expect(equations.map((e) => e.nameText)).toEqual(['Two Sums', 'Chance', 'Half', 'A Typo Inside']);
    const html = katex.renderToString(equations[0]!.latex, { displayMode: true });
    expect(html.match(/class="col-align-[rcl]"/g)).toEqual(['class="col-align-r"', 'class="col-align-c"', 'class="col-align-l"']);
    expect(katex.renderToString(equations[1]!.latex)).toContain('favourable cases');
  });
});
