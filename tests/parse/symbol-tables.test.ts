// Tables after a formula (src/parse/where-table.ts): a table of symbols and their meanings is the
// formula's where-list; a cheat-sheet of how each symbol is written (its LaTeX in the next column)
// defines nothing, and a table about symbols the formula does not write belongs to no formula
// (issue 24, trial 3, H4).
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES } from '../core/helpers.js';

const load = async () => {
  const project = await loadProject([path.join(FIXTURES, 'reader', 'symbol-cheat-sheet.md')]);
  const equations = project.collections[0]!.collection.equations;
  const defs = (name: string) => equations.find((e) => e.nameText === name)!.variables.filter((v) => v.source !== 'glossary').map((v) => [v.symbols.join(', '), v.description]);
  const shared = (name: string) => equations.find((e) => e.nameText === name)!.variables.filter((v) => v.source === 'glossary').map((v) => [v.symbols.join(', '), v.description, v.glossary]);
  const rules = (name: string) => project.diagnostics.filter((d) => d.equation === equations.find((e) => e.nameText === name)!.slug).map((d) => d.ruleId);
  return { equations, defs, shared, rules };
};

describe('a cheat-sheet table is no where-list', () => {
  it('reads no meaning from a column that spells the symbol, as text, code or math', async () => {
    const { defs, rules } = await load();
    expect(defs('Accents')).toEqual([]);
    expect(rules('Accents')).toEqual(['missing-where-list']);
  });

  it('reads none from a table whose rows spell their symbols, even with a name column (markdown escapes undone)', async () => {
    const { defs } = await load();
    expect(defs('Operators')).toEqual([]);
  });

  it('keeps the table as the section’s content', async () => {
    const { equations } = await load();
    const accents = equations.find((e) => e.nameText === 'Accents')!;
    expect((accents.content ?? []).map((b) => b.markdown).join('\n')).toContain('| $\\hat{a}$ | \\hat{a} |');
  });
});

describe('which formula a symbol table belongs to', () => {
  it('gives a table after a display to no formula when the display writes none of its symbols', async () => {
    const { defs } = await load();
    expect(defs('Sums')).toEqual([]);
  });

  it('still reads a table of meanings whose symbols the display writes, without a row that only spells its symbol', async () => {
    const { defs } = await load();
    expect(defs('Joule Heating')).toEqual([
      ['P', 'the power'],
      ['I', 'the current'],
      ['R', 'the resistance'],
    ]);
  });

  it('keeps the meanings of a table where only one row of two spells its symbol', async () => {
    const { defs } = await load();
    expect(defs('Kinetic Energy')).toEqual([['m', 'the mass']]);
  });

  it('reads a table after "where:" as the where-list, whatever its symbols', async () => {
    const { defs, rules } = await load();
    expect(defs("Ohm's Law")).toEqual([
      ['V', 'the voltage'],
      ['q', 'the charge'],
    ]);
    expect(rules("Ohm's Law")).toContain('unused-symbol');
  });

  it('a table that is another formula’s where-list defines that formula only (its meanings are borrowed, not copied)', async () => {
    const { shared } = await load();
    expect(shared("Ohm's Law")).toEqual([]);
  });
});
