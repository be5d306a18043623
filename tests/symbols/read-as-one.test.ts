/**
 * Symbol warnings a reader agrees with (issue 24, trial 5 findings M14–M18): what a formula writes as one
 * symbol is reported once or not at all, and the document's words that say what a symbol is lower its
 * warning to info. Each case of tests/symbols/fixtures/rules/read-as-one.md is one class of trial 5's
 * false warnings, written anew; the symbols nobody explains stay warnings.
 */
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/pipeline/project.js';
import { proseMentions } from '../../src/symbols/prose-mentions.js';

const FIXTURE = 'tests/symbols/fixtures/rules/read-as-one.md';

async function symbolDiagnostics(): Promise<string[]> {
  const project = await loadProject([FIXTURE]);
  return project.diagnostics
    .filter((d) => d.ruleId === 'undefined-symbol' || d.ruleId === 'unused-symbol')
    .map((d) => {
      const why = /\((named in the text on line \d+|defined by [^)]*|defined in [^']*)/.exec(d.message)?.[1];
      return `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${/^\$(.*?)\$ is/.exec(d.message)?.[1]}${why ? ` (${why.trim()})` : ''}`;
    });
}

/** The symbols (keys) the words of `text` name. */
const named = (text: string): string[] => proseMentions(text).flatMap((m) => m.syms.map((s) => s.key));

describe('symbols read as one', () => {
  it('warns only for the symbols nobody explains', async () => {
    const got = await symbolDiagnostics();
    expect(got.filter((d) => d.includes(' warning '))).toEqual([
      // `\theta` and `q` of the angle formula: never said (the entries `u_{1k}`, `u_{1k}^2` of `\mathbf{u}_1` are).
      '6:5 warning undefined-symbol \\theta',
      '6:100 warning undefined-symbol q',
      // An item no formula or item writes.
      '38:4 warning unused-symbol Z',
      '67:27 warning undefined-symbol \\Omega',
      '83:42 warning undefined-symbol \\xi',
      // `r_{jk}` and its square: one missing symbol, one warning.
      '93:5 warning undefined-symbol r_{jk}',
      // `m_B` is not `m_j` of the where-list: `B` labels `\gamma_B` and `m_B` alike (one mode), it is no index.
      '101:11 warning undefined-symbol \\gamma_B',
      '101:23 warning undefined-symbol m_B',
    ]);
  });

  it('explains instances of a function a formula above defines, a run defined as one symbol, a labelled symbol the words name, an isotope label spelled without its mass number', async () => {
    const got = await symbolDiagnostics();
    expect(got.filter((d) => d.includes(' info '))).toEqual([
      // `T_g`, `T_h^*`: the transform of g and of h, `T(p, r) = …` just above.
      '67:11 info undefined-symbol T_g (defined by Transform, just above)',
      '67:15 info undefined-symbol T_h^* (defined by Transform, just above)',
      // `\delta \mu`: the where-sentence of "Exchange" defines the run, which this formula writes.
      '83:1 info undefined-symbol \\delta (named in the text on line 78)',
      '83:8 info undefined-symbol \\mu (named in the text on line 78)',
      // `v^{(B)}`: a labelled `v` (not Euler's e to a power), named by the words after the formula.
      '83:32 info undefined-symbol v (named in the text on line 88)',
      // `\Gamma_{X/He}^{(1)}`: the rate the words name as `\Gamma_{X/^3He}` (the isotope's mass number is spelling).
      '111:5 info undefined-symbol \\Gamma_{X/He}^{(1)} (named in the text on line 108)',
    ]);
  });

  it('no warning for two capitals applied with the name\'s subscript, Lie-algebra maps, or an item inside another item\'s definition', async () => {
    const got = (await symbolDiagnostics()).join('\n');
    // `BR_{0.9}[\bar{u}] = …` is one name its formula defines: not B, not R_{0.9}.
    expect(got).not.toMatch(/^4[2-9]:/m);
    // `\boldsymbol{\omega}^\wedge`, `\mathbf{D}^\vee` are the defined vectors.
    expect(got).not.toMatch(/^5[0-9]:/m);
    // `M`, `m(t)` explain the item `\text{G}(t) = \ln \frac{M + 1}{m(t) + 1}`: not unused.
    expect(got).not.toMatch(/unused-symbol (M|m\(t\))/);
  });
});

describe('words that name a symbol (trial 5)', () => {
  it('a Russian noun right before it (no articles), but not a preposition or conjunction', () => {
    // Both sides of the relation, as for any span that is one (prose-mentions.ts).
    expect(named('Для сигнала $x(t) \\in L^2(\\mathbb{R})$ с окном')).toEqual(['x', 'L^{2}']);
    expect(named('обратной к матрице $\\mathbf{B}$, если')).toEqual(['\\mathbf{B}']);
    expect(named('зависит от $x$ и')).toEqual([]);
    expect(named('и $y$ тоже')).toEqual([]);
  });

  it('a verb of naming before `as`/`by`; an interval named by words; an enumeration\'s count wherever it stands', () => {
    expect(named('We represent the decay rates as $\\lambda_{ab}$ for the first path.')).toEqual(['\\lambda_{a b}']);
    expect(named('We use $\\lambda$ for it.')).toEqual([]);
    expect(named('sobre un intervalo cualquiera $[p, q)$ de la recta')).toEqual(['p', 'q']);
    // A point, not an interval: nothing.
    expect(named('the receptive field around location $(u,v)$')).toEqual([]);
    // The count of a sample, even after other math.
    expect(named('de $Y$, $y_1,\\ldots,y_m$ y con ella')).toEqual(['m']);
  });
});
