// Definitions read from the prose around a formula (src/parse/prose-definitions.ts): the
// sentence after it without "where", "Here, …" and "Let …" sentences, and the sentence that
// introduces it. Each says it came from prose; a sentence about something else defines nothing.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { toPublicRecords } from '../../src/site/public-records.js';
import { FIXTURES } from '../core/helpers.js';

const load = async () => {
  const project = await loadProject([path.join(FIXTURES, 'reader', 'prose-definitions.md')]);
  const equations = project.collections[0]!.collection.equations;
  const defs = (name: string) =>
    equations.find((e) => e.nameText === name)!.variables.map((v) => ({ symbols: v.symbols, description: v.description, ...(v.definedAs ? { definedAs: v.definedAs } : {}), ...(v.source ? { source: v.source } : {}) }));
  return { project, equations, defs };
};

describe('definitions from prose', () => {
  it('reads a "Here, …" sentence after the formula, up to its full stop', async () => {
    const { defs } = await load();
    expect(defs("Hooke's Law")).toEqual([
      { symbols: ['k'], description: 'the spring constant', source: 'prose' },
      { symbols: ['x'], description: 'the displacement from rest', source: 'prose' },
    ]);
  });

  it('reads "Let $\\omega = 2\\pi f$." before the formula and a sentence after it without "where"', async () => {
    const { defs } = await load();
    expect(defs('Angular Frequency')).toEqual([
      { symbols: ['\\omega'], description: '', definedAs: '2\\pi f', source: 'prose' },
      { symbols: ['A'], description: 'the amplitude', source: 'prose' },
      { symbols: ['t'], description: 'the time', source: 'prose' },
    ]);
  });

  it('reads the symbols named in the sentence that introduces the formula', async () => {
    const { defs } = await load();
    expect(defs('Pendulum Period')).toEqual([
      { symbols: ['T'], description: 'period of a pendulum', source: 'prose' },
      { symbols: ['L'], description: 'length', source: 'prose' },
      { symbols: ['g'], description: 'gravity', source: 'prose' },
    ]);
  });

  it('reads "$F$ is … and $a$ the …" and a following "Let $m$ be …" sentence', async () => {
    const { defs } = await load();
    expect(defs("Newton's Second Law")).toEqual([
      { symbols: ['F'], description: 'the net force', source: 'prose' },
      { symbols: ['a'], description: 'the acceleration', source: 'prose' },
      { symbols: ['m'], description: 'the mass of the body', source: 'prose' },
    ]);
  });

  it('defines nothing from a sentence about a symbol the formula does not use, or from "Using the value of $F$"', async () => {
    const { defs } = await load();
    expect(defs('Damped Energy')).toEqual([]);
    expect(defs('Work Done')).toEqual([{ symbols: ['d'], description: 'the distance moved', source: 'prose' }]);
  });

  it('keeps the where-list first for a symbol both define, and adds what only the introduction names', async () => {
    const { defs } = await load();
    expect(defs('Mixed Sources')).toEqual([
      { symbols: ['x'], description: 'extension', source: 'prose' },
      { symbols: ['k'], description: 'the spring constant in N/m' },
      { symbols: ['U'], description: 'the stored energy' },
    ]);
  });

  it('says so in the exported records, and only for prose', async () => {
    const { project } = await load();
    const records = toPublicRecords(project.collections).collections[0]!.equations;
    const hooke = records.find((e) => e.nameText === "Hooke's Law")!;
    expect(hooke.variables[0]).toEqual({ symbols: ['k'], description: 'the spring constant', source: 'prose' });
    const mixed = records.find((e) => e.nameText === 'Mixed Sources')!;
    expect(mixed.variables[1]).toEqual({ symbols: ['k'], description: 'the spring constant in N/m' });
  });
});

describe('definitions from lists and tables without "where"', () => {
  it('reads a labelled list under a bold "Parameters" and a symbol table, with no prose mark', async () => {
    const { defs } = await load();
    expect(defs('Logistic Growth')).toEqual([
      { symbols: ['K'], description: 'carrying capacity of the habitat' },
      { symbols: ['r'], description: 'growth rate per year' },
    ]);
    expect(defs('Drag Force')).toEqual([
      { symbols: ['\\rho'], description: 'fluid density' },
      { symbols: ['C_d'], description: 'drag coefficient' },
    ]);
  });
});

describe('more prose forms', () => {
  it('reads every sentence of the introducing paragraph, counts ("for $n$ years") included', async () => {
    const { defs } = await load();
    expect(defs('Bond Price')).toEqual([
      { symbols: ['C'], description: 'annual coupon', source: 'prose' },
      { symbols: ['n'], description: 'number of years', source: 'prose' },
      { symbols: ['F'], description: 'face value', source: 'prose' },
    ]);
  });

  it('reads "with the … $\\alpha = …$" after the formula, and each equation of a "Let … and …" sentence', async () => {
    const { defs } = await load();
    expect(defs('Diffusion')).toEqual([{ symbols: ['\\alpha'], description: 'thermal diffusivity', definedAs: 'k / (\\rho c_p)', source: 'prose' }]);
    expect(defs('Natural Frequency')).toEqual([
      { symbols: ['\\omega_0'], description: '', definedAs: '\\sqrt{k/m}', source: 'prose' },
      { symbols: ['\\gamma'], description: '', definedAs: 'b / 2m', source: 'prose' },
    ]);
  });
});

describe('noun phrases of the introducing sentence', () => {
  it('reads a count, then a list of nouns each naming its symbol', async () => {
    const { defs } = await load();
    expect(defs('Squared Loss')).toEqual([
      { symbols: ['m'], description: 'number of training examples', source: 'prose' },
      { symbols: ['x_i'], description: 'features', source: 'prose' },
      { symbols: ['y_i'], description: 'labels', source: 'prose' },
      { symbols: ['w'], description: 'weight', source: 'prose' },
    ]);
  });

  it('reads a noun opening the sentence and one after "from", but no verb ("Differentiating $E$", "dividing by $m$")', async () => {
    const { defs } = await load();
    expect(defs('Production')).toEqual([
      { symbols: ['Y'], description: 'output', source: 'prose' },
      { symbols: ['K'], description: 'capital', source: 'prose' },
    ]);
    expect(defs('Rate of Change')).toEqual([]);
  });
});

describe('symbol rules on prose definitions', () => {
  it('gives no unused-symbol for a symbol prose defines but the formula does not write', async () => {
    const { project, equations } = await load();
    const natural = equations.find((e) => e.nameText === 'Natural Frequency')!;
    const warnings = project.diagnostics.filter((d) => d.equation === natural.slug && d.ruleId === 'unused-symbol');
    expect(natural.variables.map((v) => v.symbols[0])).toContain('\\gamma');
    expect(warnings).toEqual([]);
  });
});

describe('what stays the section’s text', () => {
  it('keeps a sentence whose definitions are noun phrases as content, and drops a where-sentence that is only definitions', async () => {
    const { equations } = await load();
    const of = (name: string) => (equations.find((e) => e.nameText === name)!.content ?? []).map((b) => b.markdown);
    expect(of('Diffusion')).toEqual(['with the thermal diffusivity $\\alpha = k / (\\rho c_p)$.']);
    expect(of("Hooke's Law")).toEqual(['The law holds for small deformations.']);
    expect(of('Pendulum Period')).toEqual(['The period $T$ of a pendulum of length $L$ where gravity is $g$ is:', 'The formula is accurate for small swings.']);
  });
});

describe('"Writing … for …" and "its … from … is $x$" before a formula (issue 24)', () => {
  it('defines the symbols it writes, also by equation, with the noun after "for"; a noun qualified by a preposition before "is $x$"', async () => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'prose-writing.md')]);
    const defs = project.collections[0]!.collection.equations.map((e) => e.variables.map((v) => ({ symbols: v.symbols, description: v.description, ...(v.definedAs ? { definedAs: v.definedAs } : {}), source: v.source })));
    expect(defs).toEqual([
      [{ symbols: ['\\bar{x}', '\\bar{y}'], description: 'sample means', source: 'prose' }],
      [{ symbols: ['\\omega_d'], description: 'damped frequency', definedAs: '\\sqrt{\\omega_0^2 - \\gamma^2}', source: 'prose' }],
      [
        { symbols: ['x'], description: 'displacement from equilibrium', source: 'prose' },
        { symbols: ['k'], description: 'the spring constant', source: 'prose' },
      ],
    ]);
  });
});

describe('the sentence that introduces a run of formulas', () => {
  const defsOf = async () => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'run-introduction.md')]);
    return project.collections[0]!.collection.equations.map((e) => [e.nameText, e.variables.map((v) => v.symbols.join(', '))]);
  };

  it('defines a symbol only a later formula of the run writes (h of the second formula), for the whole run; not past a where-list, and not a symbol no formula writes', async () => {
    expect(await defsOf()).toEqual([
      ['Harvested Stock', ['r', 'h', 'N']],
      ['Harvested Stock (2)', ['r', 'h', 'N']],
      ['Falling Body', ['g', 't']],
      ['Falling Body (2)', ['F', 'v']],
    ]);
  });
});
