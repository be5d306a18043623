// `missing-where-list` says which symbols to define: those of the formula nothing in the document
// explains. A symbol another equation's where-list defines (the mass `m` of "Kinetic energy"),
// standard notation (`\pi`) and the left-hand side the heading names (`A` of "Circle") are not
// asked for, as `undefined-symbol` would not ask for them in an equation with a where-list.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/pipeline/project.js';

const FILE = path.resolve('tests/fixtures/rules/missing-where-list-symbols.md');

async function messages(): Promise<Map<number, string>> {
  const project = await loadProject([FILE]);
  return new Map(project.diagnostics.filter((d) => d.ruleId === 'missing-where-list').map((d) => [d.line, d.message]));
}

describe('missing-where-list names the symbols to define', () => {
  it('lists the symbols of a formula nothing explains, in the order it writes them', async () => {
    expect((await messages()).get(4)).toBe('"Ideal gas" has no "where:" list: add one defining $n$, $R$ and $T$');
  });
  it('names subscripted symbols as written', async () => {
    expect((await messages()).get(7)).toBe(`"Boyle's law" has no "where:" list: add one defining $P_1$, $V_1$, $P_2$ and $V_2$`);
  });
  it('leaves out what another equation defines: only q is asked for in p = m v + q', async () => {
    expect((await messages()).get(19)).toBe('"Momentum of a body" has no "where:" list: add one defining $q$');
  });
  it('leaves out standard notation', async () => {
    expect((await messages()).get(22)).toBe('"Circle" has no "where:" list: add one defining $r$');
  });
  it('asks for every symbol in general words when each is explained elsewhere', async () => {
    expect((await messages()).get(30)).toBe('"Product" has no "where:" list: add one defining each symbol of the equation');
  });
  it('names the entries of a matrix as one family, its first and last', async () => {
    expect((await messages()).get(33)).toBe('"Matrix" has no "where:" list: add one defining $a_{11}$ … $a_{22}$ and $b_1$');
  });
  it('says nothing of an equation with a where-list or a where-sentence', async () => {
    const lines = [...(await messages()).keys()];
    expect(lines).toEqual([4, 7, 19, 22, 30, 33]);
  });
});
