// The reader on small documents, one feature each (tests/fixtures/reader/<feature>.md): what
// becomes an equation, what its name and definitions are, and which math is checked where.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { parseCollection } from '../../src/parse/parse.js';
import { FIXTURES, textAt } from '../core/helpers.js';

const fixture = (name: string): string => path.join(FIXTURES, 'reader', `${name}.md`);
const load = async (name: string) => {
  const project = await loadProject([fixture(name)]);
  const text = readFileSync(fixture(name), 'utf8');
  const equations = project.collections[0]!.collection.equations;
  const summary = equations.map((e) => ({ name: e.nameText, latex: e.latex, symbols: e.variables.flatMap((v) => v.symbols) }));
  const at = (d: { line: number; column: number }, n: number) => textAt(text, d.line, d.column, n);
  return { project, equations, summary, at, errors: project.diagnostics.filter((d) => d.severity === 'error') };
};

describe('the reader', () => {
  it('reads dollars by pandoc’s rule: currency is text, both on the page and in definitions', async () => {
    const { summary, errors, project } = await load('currency-dollars');
    expect(errors).toEqual([]);
    expect(summary).toEqual([{ name: 'Total Cost', latex: 'C = n p', symbols: ['C', 'n', 'p'] }]);
    const eq = project.collections[0]!.collection.equations[0]!;
    expect(eq.variables[0]!.description).toBe('the total cost, e.g. \\$250 for a class');
    expect(project.collections[0]!.collection.intro).toContain('costs \\$5 or \\$10');
  });

  it('gives each display equation of a section its own record, named by a bold lead-in or numbered after the heading', async () => {
    const { summary } = await load('several-per-section');
    expect(summary).toEqual([
      { name: 'Chi-Square Formula', latex: '\\chi^2 = \\sum_i \\frac{(O_i - E_i)^2}{E_i}', symbols: ['O_i', 'E_i'] },
      { name: 'Chi-Square Test (2)', latex: '\\chi^2 = \\sum_i \\frac{O_i^2}{E_i} - N', symbols: ['N'] },
      { name: 'Chi-Square Test (3)', latex: 'df = (r - 1)(c - 1)', symbols: [] },
    ]);
  });

  it('reads plain definition lines, prose where-sentences, display definitions and uninvited definition lists, and no interpretation list', async () => {
    const { summary } = await load('where-forms');
    expect(summary).toEqual([
      { name: 'Thrust', latex: 'F = \\dot{m} v_e', symbols: ['F', '\\dot{m}', 'v_e'] },
      { name: 'Kinetic Energy', latex: 'E_k = \\frac{1}{2} m v^2', symbols: ['E_k', 'm', 'v'] },
      // "Where:" then `$$M = \frac{1}{2}(P + Q)$$`: a display that defines M by a formula is an equation of its own, not an item with no meaning (trial 7, P18).
      { name: 'Mixture', latex: 'D = \\frac{1}{2}(P + M)', symbols: [] },
      { name: 'Mixture (2)', latex: 'M = \\frac{1}{2}(P + Q)', symbols: [] },
      { name: 'Correlation', latex: 'r = \\frac{\\operatorname{cov}(X, Y)}{\\sigma_X \\sigma_Y}', symbols: [] },
      { name: 'Speed', latex: 'v = d / t', symbols: ['v', 'd', 't'] },
    ]);
  });

  it('checks math in admonitions, table cells, <details>, blockquotes, and never in code or comments', async () => {
    const { errors, at } = await load('containers');
    expect(errors.map((d) => [d.ruleId, d.line])).toEqual([
      ['katex-error', 13],
      ['katex-error', 18],
      ['katex-error', 23],
      ['katex-error', 27],
    ]);
    expect(at(errors[2]!, 1)).toBe('^');
    expect(at({ line: 27, column: 13 }, 7)).toBe('\\beta_$');
  });

  it('reads names from headings: HTML text kept, {#id} fixing the slug, sections without math left alone, numbered sections as groups', async () => {
    const { equations, errors } = await load('headings');
    expect(errors).toEqual([]);
    expect(equations.map((e) => [e.nameText, e.slug, e.number, e.group])).toEqual([
      ['Velocity', 'velocity', 1, 'Kinematics'],
      ['Compute Ix', 'compute-ix', null, 'Kinematics'],
    ]);
  });

  it('reads an LLM reference: a generic "**Formula:**" lead-in, where-tables, bare LaTeX environments, "In this equation:" and "in which …"', async () => {
    const { equations, errors } = await load('llm-reference');
    expect(errors).toEqual([]);
    expect(equations.map((e) => [e.number, e.nameText, e.variables.map((v) => `${v.symbols.join(',')}: ${v.description}`)])).toEqual([
      [1, "Newton's Second Law", ['F: Net force; N', 'm: Mass; kg', 'a: Acceleration; m/s²']],
      [2, "Ohm's Law", ['V: voltage', 'I: current', 'R: resistance']],
      [3, "Maxwell's Equations", ['\\mathbf{E}: the electric field', '\\mathbf{B}: the magnetic field', '\\rho: the charge density', '\\varepsilon_0: the vacuum permittivity']],
      [4, 'Wave Speed', ['v: the wave speed', 'f: the frequency', '\\lambda: the wavelength']],
    ]);
    expect(equations[2]!.latex).toMatch(/^\\begin\{align\}[\s\S]*\\end\{align\}$/);
  });

  it('reads a definition list (`$v$` then `:   meaning`) after a formula as its where-list, and a word glossary or a list of other symbols as content', async () => {
    const { equations, project } = await load('definition-lists');
    const defs = equations.map((e) => [e.nameText, e.variables.map((v) => `${v.symbols.join(',')}: ${v.description}`)]);
    expect(defs).toEqual([
      // compact items right after the formula
      ['Average Speed', ['v: the average speed', 'd: the distance travelled', 't: the time taken']],
      // after "where": two definitions of one term, two symbols in one term, a lazy continuation line
      ['Density', ['\\rho: the density of the sample; in kilograms per cubic metre', 'm,V: the mass and the volume of\nthe sample']],
      // a blank line between a term and its definition (pandoc's loose form)
      ['Pressure', ['p: the pressure on the surface', 'F: the force pressing on it', 'A: the area it presses on']],
      // "Notation" has no formula: its terms are no equations, but it is a glossary that defines the
      // symbols of every formula writing them (trial 4, K7); a glossary of words defines nothing
      ['Potential Energy', ['g: the gravitational acceleration', 'h: a height above the ground']],
      // after a sentence: read when it defines only symbols the formula writes
      ['Work', ['F: the force on the body', 's: the length of the path']],
      ['Charge', []],
    ]);
    expect(equations[0]!.variables[0]!.item).toBe('$v$: the average speed');
    expect(equations[0]!.positions.whereList).toMatchObject({ start: { line: 7 }, end: { line: 14 } });
    expect(equations[3]!.content.map((b) => b.markdown)).toEqual(['Mass\n:   how much matter the body holds']);
    expect(equations[5]!.content.map((b) => b.markdown)).toEqual(['The current is steady.', '$q$\n:   the charge of one electron']);
    expect(project.diagnostics.filter((d) => d.ruleId === 'undefined-symbol' || d.ruleId === 'unused-symbol')).toEqual([]);
    const text = readFileSync(fixture('definition-lists'), 'utf8');
    const read = (t: string) => parseCollection({ path: 'x.md', text: t }).collection.equations.map((e) => e.variables.map((v) => [v.symbols, v.description, v.position.start.line]));
    expect(read(text.replace(/\n/g, '\r\n'))).toEqual(read(text));
  });

  it('makes a record of each formula row of a formula table, named by its name cell, and none of value, notation or moment tables', async () => {
    const { equations, project, at } = await load('formula-tables');
    expect(equations.map((e) => [e.nameText, e.latex, e.variables.map((v) => v.symbols.join(','))])).toEqual([
      ['Kinetic energy', 'E_k = \\frac{1}{2} m v^2', []],
      ['Potential energy', 'E_p = m g h', []],
      // the where-sentence after a table defines its formulas together (a run)
      ["Ohm's law", 'V = I R', ['V', 'I', 'R', 'P']],
      ['Power', 'P = V I', ['V', 'I', 'R', 'P']],
      // "Resistor Check" (worked numbers), "Notation" (a symbol column) and "Moments" (no formula column) make none;
      // a symbol-meaning table after a formula is its where-list
      ['Power Dissipated', 'P = I^2 R', ['P', 'I', 'R']],
    ]);
    // the formula's own line and column, the other cells as the description shown before it
    expect(at(equations[1]!.positions.equation.start, 13)).toBe('$E_p = m g h$');
    expect(equations[1]!.positions.equation.start.line).toBe(10);
    expect(equations.slice(0, 4).map((e) => e.content.map((b) => `${b.place}: ${b.markdown.split('\n')[0]}`))).toEqual([
      ['before: The energies of a moving body:', 'before: energy of motion'],
      // a row with no formula (Thermal energy) keeps the whole table on the last record's page
      ['before: energy of height, near the ground', 'after: | Quantity | Formula | Description |'],
      ['before: Unit: volt; for a resistor'],
      // the sections that make no record follow it, under their headings (trial 4, K18: they reached no page)
      ['before: Unit: watt', 'after: ## Resistor Check', 'after: ## Notation', 'after: ## Moments'],
    ]);
    expect(project.diagnostics.filter((d) => d.ruleId === 'undefined-symbol' || d.ruleId === 'unused-symbol')).toEqual([]);
    // A table cell's math is inline by necessity: it does not make `$…$` the document's form, so its `$$` display is not flagged.
    expect(equations.map((e) => e.display)).toEqual(['table', 'table', 'table', 'table', 'double-dollar']);
    expect(project.diagnostics.filter((d) => d.ruleId === 'display-delimiters')).toEqual([]);
  });

  it('reads content indented inside an MDX component (`<TabItem>`) as markdown, never as indented code', async () => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'mdx-indented.mdx')]);
    const equations = project.collections[0]!.collection.equations;
    expect(equations.map((e) => [e.nameText, e.latex, e.variables.map((v) => `${v.symbols.join(',')}: ${v.description}`)])).toEqual([
      ['Thin Lens', '\\frac{1}{f} = \\frac{1}{u} + \\frac{1}{v}', ['f: the focal length', 'u: the object distance', 'v: the image distance']],
      ['Magnification', 'm = -\\frac{v}{u}', ['m: the magnification', 'v: the image distance', 'u: the object distance']],
    ]);
    expect(equations.map((e) => e.positions.equation.start.line)).toEqual([18, 30]);
    // A fenced block indented in the component stays code (its `$u` is no math), shown without the component's indentation.
    expect(equations[1]!.content.map((b) => b.markdown)).toEqual(['```python\ndef magnification(u, v):\n    return -v / $u\n```']);
    expect(project.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('spans an equation written \\[ x \\] or $$x … y$$ on content lines from its first delimiter to its last', () => {
    for (const [text, first, last] of [
      ['# T\n\n#### 1. Power\n\\[ P = V I \\]\n', '\\[', '\\]'],
      ['# T\n\n#### 1. Sum\n$$s = a\n  b$$\n', '$$', '$$'],
    ] as const) {
      const eq = parseCollection({ path: 'x.md', text }).collection.equations[0]!;
      const { start, end } = eq.positions.equation;
      expect(text.slice(start.offset, start.offset + 2)).toBe(first);
      expect(text.slice(end.offset - 2, end.offset)).toBe(last);
    }
  });

  it('gives LF, CRLF and CR files the same records and positions', () => {
    const text = readFileSync(fixture('where-forms'), 'utf8');
    const read = (t: string) => {
      const { collection } = parseCollection({ path: 'x.md', text: t });
      return collection.equations.map((e) => ({ latex: e.latex, vars: e.variables.map((v) => [v.symbols, v.description, v.position.start.line, v.position.start.column]), at: [e.positions.equation.start.line, e.positions.equation.start.column] }));
    };
    const lf = read(text);
    expect(read(text.replace(/\n/g, '\r\n'))).toEqual(lf);
    expect(read(text.replace(/\n/g, '\r'))).toEqual(lf);
  });
});
