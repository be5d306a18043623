/**
 * What a formula itself says of its letters (issue 24, trial 7 P4, P5, P10, P12, P19, P20): differentials and
 * the author's derivative sign, ranges it states, sets its indices run over, definitions written inside the
 * display or by a display above in the section, the power of a primed symbol, and a name joined by "and" to a
 * named symbol. None of them is a warning; what they leave unexplained still is.
 */
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/pipeline/project.js';

const DIR = 'tests/symbols/fixtures/rules';

/** The symbol findings of one fixture, as `line:column severity symbol`. */
async function findings(name: string): Promise<string[]> {
  const project = await loadProject([`${DIR}/${name}.md`]);
  return project.diagnostics
    .filter((d) => d.ruleId === 'undefined-symbol' || d.ruleId === 'unused-symbol')
    .map((d) => `${d.line}:${d.column} ${d.severity} ${/^\$(.*?)\$ is/.exec(d.message)?.[1]}`);
}

const warnings = (list: string[]) => list.filter((d) => d.includes(' warning '));

describe('what a formula states of its own letters', () => {
  it('reads d before a symbol alike in one formula, and \\delta in a derivative fraction as a sign', async () => {
    const list = await findings('derivative-signs');
    // `r (V - \Delta S) dt = dV - \Delta dS`: dt, dV, dS are differentials; no `d`, no name `dS`, no `t` of the time step.
    expect(list.filter((d) => d.startsWith('8:'))).toEqual([]);
    // `\frac{\delta V}{\delta t}`: no `\delta`, and the time derivative leaves `t` nothing to define.
    expect(list.filter((d) => d.startsWith('16:'))).toEqual([]);
    // A `d` the where-list defines is that quantity (`F = k d x`); `a d b` with `b` written nowhere else is no differential.
    expect(list.filter((d) => d.startsWith('24:'))).toEqual([]);
    expect(warnings(list)).toEqual(['32:9 warning b']);
  });

  it('binds a letter whose range the formula states, and the members of a set an index runs over', async () => {
    // `\quad \text{for } k = 0, 1, 2, \dots`; `\sum_{b \in \{u, v, w\}}` with `, \; m = 1, \dots, M`; `n \in \{1, \dots, K\}`.
    // What the ranges write (`M`, `K`) and the formula's other letters (`r`) are still asked for.
    expect(warnings(await findings('stated-ranges'))).toEqual(['14:16 warning M', '22:13 warning r', '22:40 warning K']);
  });

  it('takes the left side of each clause after \\text{where} in the display, and a display above in the section, as definitions', async () => {
    const list = await findings('definitions-in-display');
    // `\eta_a`, `\eta_b` are defined in the display; what their right-hand sides write (`s`, `q`) is not.
    expect(warnings(list).filter((d) => d.startsWith('6:'))).toEqual(['6:121 warning s', '6:124 warning q']);
    // `s = \frac{b^2}{8\lambda\rho}` just above defines `s` for `v = \sqrt{s} + \rho` (info naming it) …
    expect(list.filter((d) => d.startsWith('19:'))).toEqual(['19:13 info s']);
    // … but not for a formula of another section.
    expect(list.filter((d) => d.startsWith('25:'))).toEqual(['25:13 warning s']);
    // `参数:` then `$$t = …$$`: the formulas after it in the section know `t` (the second one too, two records below).
    expect(list.filter((d) => /^4\d:/.test(d))).toEqual(['42:40 info t']);
  });

  it("names the primed symbol, not its power, once per formula", async () => {
    expect(await findings('primed-powers')).toEqual(["6:17 warning y'", "14:5 warning y'"]);
  });

  it('takes "the price of the share $S$ and time $t$" as naming t too (info, not a warning)', async () => {
    expect(await findings('joined-names')).toEqual(['10:22 info t']);
  });
});
