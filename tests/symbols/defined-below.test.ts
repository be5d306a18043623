/**
 * A function the next formulas define by their left-hand side (issue 24, trial 3 doc 4): an objective written with a
 * per-example loss `\ell(…)`, then the loss itself `\ell(u, v) = …` just below. A reader reads on and finds what
 * `\ell` is, so its `undefined-symbol` is info naming that formula, as for a formula just above; `\lambda` and `r`,
 * which no formula or item says, stay warnings. Fixture: tests/symbols/fixtures/rules/defined-below.md.
 */
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/pipeline/project.js';

describe('a function defined just below', () => {
  it('makes its use above info, naming the formula below', async () => {
    const project = await loadProject(['tests/symbols/fixtures/rules/defined-below.md']);
    const got = project.diagnostics
      .filter((d) => d.ruleId === 'undefined-symbol')
      .map((d) => `${d.line}:${d.column} ${d.severity} ${/^\$(.*?)\$ is/.exec(d.message)?.[1]}${/\((defined by [^)]*)\)/.exec(d.message)?.[1] ? ` (${/\((defined by [^)]*)\)/.exec(d.message)?.[1]})` : ''}`);
    expect(got).toEqual([
      '6:32 info \\ell (defined by Squared loss, just below)',
      '6:52 warning \\lambda',
      '6:60 warning r',
    ]);
  });
});
