// What the ninth unseen-document trial found the reader missing (trial 9): formula sheets laid
// out by blockquote depth (E1), `$x$ - meaning` lines before or after a formula (E1, D3).
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readDefinitions, readReaderProject } from '../helpers/reader-fixtures.js';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES } from '../core/helpers.js';

describe('a formula sheet laid out by quote depth (E1)', () => {
  it('reads the formula at `>>`, named by the heading at `>`, with the symbol list at `>>>`', async () => {
    const { records, errors } = await readReaderProject('trial9/quote-sheet.md');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { name: 'Hydrostatic pressure', latex: 'p = \\rho g h', line: 7 },
      { name: 'Continuity', latex: 'A_1 w_1 = A_2 w_2', line: 16 },
    ]);
  });

  it('defines the symbols the formula writes, with and without dollars; a line about another symbol defines nothing', () => {
    const { defs } = readDefinitions('trial9', 'quote-sheet.md');
    expect(defs('Hydrostatic pressure')).toEqual([
      ['p', 'pressure at a depth'],
      ['\\rho', 'density of the liquid'],
      ['g', 'gravitational acceleration'],
      ['h', 'depth below the surface'],
    ]);
    expect(defs('Continuity')).toEqual([
      ['A_1', 'first cross-section'],
      ['w_1', 'speed through the first cross-section'],
    ]);
  });

  it('keeps a quoted sentence with a relation in it, and a quoted dash line under no formula, prose', async () => {
    const { records } = await readReaderProject('trial9/quote-sheet.md');
    expect(records.map((r) => r.latex)).not.toContain('x = 2');
    expect(records).toHaveLength(2);
  });
});

describe('`$x$ - meaning` lines right before a display (D3)', () => {
  it('define the display that writes their symbols, and not the display after it', () => {
    const { defs } = readDefinitions('trial9', 'dash-lines-before.md');
    expect(defs('Grating')).toEqual([
      ['a', 'spacing of the slits'],
      ['n', 'number of slits lit'],
    ]);
    expect(defs('Grating', 1)).toEqual([]);
  });

  it('define nothing when the display writes none of them', () => {
    const { defs } = readDefinitions('trial9', 'dash-lines-before.md');
    expect(defs('Unrelated lines')).toEqual([]);
  });
});

describe('`$` alone on a line, the formula, `$` alone on a line (E2)', () => {
  it('is a display, after a paragraph of its own or under a line of prose, with its where-sentence', async () => {
    const { records, errors } = await readReaderProject('trial9/lone-dollar-displays.md');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { name: 'Stored charge', latex: 'Q = C U', line: 7 },
      { name: 'Held energy', latex: 'E = \\frac{1}{2} C U^2', line: 14 },
    ]);
    const { defs } = readDefinitions('trial9', 'lone-dollar-displays.md');
    expect(defs('Held energy')).toEqual([
      ['C', 'the capacitance'],
      ['U', 'the voltage'],
    ]);
  });

  it('leaves a `$` alone on a line with no `$` line closing it text', async () => {
    const { records, errors } = await readReaderProject('trial9/lone-dollar-displays.md');
    expect(errors).toEqual([]);
    expect(records.map((r) => r.name)).not.toContain('Prices');
  });
});

describe('a display after a bare connective line, and a "let" list of symbols (E3, D5)', () => {
  it('reads the display after "essendo" as a formula of its own, not an empty definition', async () => {
    const { records } = await readReaderProject('trial9/connective-displays.md');
    expect(records.map((r) => r.latex)).toEqual(['u = \\frac{\\mu}{P} = \\mu g', 'g = \\frac{1}{P}', 'F = m a']);
  });

  it('keeps a membership after "dove" an item of the where-list, no record', async () => {
    const { records } = await readReaderProject('trial9/connective-displays.md');
    expect(records.map((r) => r.latex)).not.toContain('m \\in \\mathbb{R}^{+}');
  });

  it('reads every symbol of "Sia $u$ la …, $\\mu$ la … e $g$ la …", each meaning cut at its comma', () => {
    const { defs } = readDefinitions('trial9', 'connective-displays.md');
    expect(defs('Velocità del suono')).toEqual([
      ['u', 'la velocità del suono'],
      ['\\mu', "la lunghezza d'onda"],
      ['P', 'il periodo'],
      ['g', 'la frequenza'],
    ]);
    expect(defs('Tensione di una corda')[0]).toEqual(['F', 'la tensione della corda']);
  });

  it('gives the formula after "essendo" only the symbols it writes', () => {
    const { defs } = readDefinitions('trial9', 'connective-displays.md');
    expect(defs('Velocità del suono', 1)).toEqual([
      ['P', 'il periodo'],
      ['g', 'la frequenza'],
    ]);
  });
});

describe('`<p>\\[ … \\]</p>` HTML paragraphs (E4)', () => {
  it('reads the display an HTML paragraph holds alone, as a bracket display, at its line', async () => {
    const { records, errors, collection } = await readReaderProject('trial9/html-paragraph-brackets.md');
    expect(errors).toEqual([]);
    expect(records[0]).toEqual({ name: 'Flow rate', latex: 'Q = { A \\over t } \\cdot L', line: 8 });
    expect(collection.equations[0]!.display).toBe('bracket');
  });

  it('leaves a worked computation with numbers and units in HTML, no record', async () => {
    const { records } = await readReaderProject('trial9/html-paragraph-brackets.md');
    expect(records).toHaveLength(1);
  });
});

describe('meanings without markup (trial 9)', () => {
  it('keeps a wiki link’s alias (or its target), and cuts a trailing membership of another symbol', () => {
    const { defs } = readDefinitions('trial9', 'dirty-meanings.md');
    expect(defs('Grating')).toEqual([['d', 'the **line spacing**']]);
    expect(defs('Power')).toEqual([
      ['U', 'the potential difference'],
      ['I', 'the Current'],
    ]);
  });

  it('keeps an "and" that joins words of the meaning itself', () => {
    const { defs } = readDefinitions('trial9', 'dirty-meanings.md');
    expect(defs('Rate')).toEqual([
      ['k', 'the rate constant'],
      ['c', 'the concentration of **A** and B'],
    ]);
  });
});

describe('a two-letter name given by an earlier formula (W1)', () => {
  const undefinedIn = async (name: string) => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'trial9', 'two-letter-name.md')]);
    const eq = project.collections[0]!.collection.equations.find((e) => e.nameText === name)!;
    const line = eq.positions.equation.start.line;
    return project.diagnostics.filter((d) => d.ruleId === 'undefined-symbol' && d.severity === 'warning' && d.line >= line && d.line <= line + 2).map((d) => /\$([^$]+)\$/.exec(d.message)?.[1]);
  };

  it('is one name in a later formula, also with a script (`Fr^2` inside a fraction), not two letters', async () => {
    expect(await undefinedIn('Scaled momentum')).toEqual(['Fr']);
  });

  it('is one name when one of its letters is known by itself (`e` of `Re`)', async () => {
    expect(await undefinedIn('Viscous scaling')).toEqual(['Re']);
  });

  it('leaves letters written apart (`F r`) two symbols', async () => {
    expect(await undefinedIn('Product of letters')).toEqual(['F', 'r']);
  });
});
