/**
 * A statement of units (`[R] = \Omega = V/A`, ISO 80000's "unit of R") writes units after its `[R] =`:
 * the ohm and the ampere are no undefined quantities (trial 6, N13). A bracket that is not one quantity
 * (a commutator `[X, Y]`) is an ordinary formula whose undefined symbols are still reported.
 */
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/pipeline/project.js';
import { unitsStart } from '../../src/symbols/units.js';

const FIXTURE = 'tests/symbols/fixtures/rules/unit-statements.md';

describe('statements of units', () => {
  it('report no unit as an undefined symbol, and still report what a commutator leaves undefined', async () => {
    const project = await loadProject([FIXTURE]);
    const symbols = project.diagnostics
      .filter((d) => d.ruleId === 'undefined-symbol' || d.ruleId === 'unused-symbol')
      .map((d) => `${d.line}:${d.column} ${d.severity} ${/^\$(.*?)\$ is/.exec(d.message)?.[1]}`);
    expect(symbols.filter((d) => d.startsWith('14:'))).toEqual([]);
    expect(symbols.filter((d) => d.startsWith('21:')).map((d) => d.split(' ').slice(1).join(' '))).toContain('warning Y');
  });

  it('begin after the bracketed quantity and its equals sign only', () => {
    expect(unitsStart('[R] = \\Omega = V/A')).toBe(5);
    expect(unitsStart('\\left[ F \\right] = N')).toBe(18);
    expect(unitsStart('[X, Y] = XY - YX')).toBe(-1);
    expect(unitsStart('F = [m] a')).toBe(-1);
  });
});
