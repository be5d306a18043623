/**
 * A statement of units (`[R] = \Omega = V/A`, ISO 80000's "unit of R") writes units after its `[R] =`:
 * the ohm and the ampere are no undefined quantities (trial 6, N13). A bracket that is not one quantity
 * (a commutator `[X, Y]`) is an ordinary formula whose undefined symbols are still reported.
 */
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/pipeline/project.js';
import { unitRanges } from '../../src/symbols/units.js';

const FIXTURE = 'tests/symbols/fixtures/rules/unit-statements.md';

describe('statements of units', () => {
  it('report no unit as an undefined symbol, and still report what a commutator leaves undefined', async () => {
    const project = await loadProject([FIXTURE]);
    const symbols = project.diagnostics
      .filter((d) => d.ruleId === 'undefined-symbol' || d.ruleId === 'unused-symbol')
      .map((d) => `${d.line}:${d.column} ${d.severity} ${/^\$(.*?)\$ is/.exec(d.message)?.[1]}`);
    expect(symbols.filter((d) => d.startsWith('14:') || d.startsWith('28:'))).toEqual([]);
    expect(symbols.filter((d) => d.startsWith('21:')).map((d) => d.split(' ').slice(1).join(' '))).toContain('warning Y');
  });

  it('begin after the bracketed quantity and its equals sign, alone or after the law and a wide space', () => {
    expect(unitRanges('[R] = \\Omega = V/A')).toEqual([[5, 18]]);
    expect(unitRanges('\\left[ F \\right] = N')).toEqual([[18, 20]]);
    // The law before the space is quantities; the units end at the next wide space.
    const law = 'G = 1/R \\qquad [G] = S = \\Omega^{-1} \\qquad G > 0';
    const [[start, end]] = unitRanges(law) as [[number, number]];
    expect(law.slice(start, end).trim()).toBe('S = \\Omega^{-1}');
    expect(unitRanges('[X, Y] = XY - YX')).toEqual([]);
    expect(unitRanges('F = [m] a')).toEqual([]);
  });
});
