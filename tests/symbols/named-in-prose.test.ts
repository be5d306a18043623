/**
 * A symbol the document's words name somewhere the reader did not read as a where-definition
 * (issue 24, warn5): its `undefined-symbol` is a guess, so it is `info` saying where, not a
 * warning CI annotates. So is a symbol a function defined just above names (`J` after
 * `J(\mathbf{w}) = …`). A symbol nobody names, one only mentioned ("the quantities $\beta$",
 * "read $m$ off …") and a variable of a mere relation (`Y = a + c X`) stay warnings. Symbols a formula
 * only presents ("Given a batch: $$\{(\mathbf{u}_k, t_k)\}_{k=1}^{B}$$") are introduced by it.
 */
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/pipeline/project.js';
import { proseMentions } from '../../src/symbols/prose-mentions.js';

const FIXTURE = 'tests/symbols/fixtures/rules/named-in-prose.md';

async function symbolDiagnostics(): Promise<string[]> {
  const project = await loadProject([FIXTURE]);
  return project.diagnostics
    .filter((d) => d.ruleId === 'undefined-symbol')
    .map((d) => {
      const why = /\((named in the text on line \d+|introduced by the formula on line \d+|defined by [^)]*)\)$/.exec(d.message)?.[1];
      return `${d.line}:${d.column} ${d.severity} ${/^\$(.*?)\$ is/.exec(d.message)?.[1]}${why ? ` (${why})` : ''}`;
    });
}

/** The symbols (keys) the words of `text` name. */
const named = (text: string): string[] => proseMentions(text).flatMap((m) => m.syms.map((s) => s.key));

describe('undefined-symbol for a symbol the document names in its words', () => {
  it('is info with the naming line (a list the reader does not read, an apposition) or the formula above (a function it defines); a warning otherwise', async () => {
    const got = await symbolDiagnostics();
    // Named in the text: info, saying where.
    expect(got).toContain('16:27 info n (named in the text on line 23)');
    expect(got).toContain('40:16 info n (named in the text on line 23)');
    expect(got).toContain('28:56 info \\kappa (named in the text on line 33)');
    expect(got).toContain('28:52 info J (defined by Loss, just above)');
    // Presented by a formula that only declares a set ("Given a batch:"): its members and its size.
    expect(got).toContain('70:14 info B (introduced by the formula on line 65)');
    expect(got).toContain('70:39 info \\mathbf{u}_k (introduced by the formula on line 65)');
    // Named by nothing: warnings.
    expect(got.filter((d) => d.includes(' warning '))).toEqual(['16:75 warning r', '40:52 warning \\beta', '40:59 warning m', '48:11 warning X', '56:28 warning Y', '70:67 warning h']);
  });
});

describe('which words name a symbol', () => {
  it('a copula or mark after it, an announcing word before it, a name before it, an equation side', () => {
    expect(named('- $n$ is the number of pairs.')).toEqual(['n']);
    expect(named('* $n$ 是样本的数量。')).toEqual(['n']);
    expect(named('$q(x)$ を真の分布とする。')).toEqual(['q']);
    expect(named('Here $k$ stays fixed.')).toEqual(['k']);
    expect(named('with $k$: the spring constant')).toEqual(['k']);
    expect(named('the measured voltage $V$ rises')).toEqual(['V']);
    expect(named('a random variable $X$ with two values')).toEqual(['X']);
    expect(named('对应的真实值 $\\mathbf{y}$ 和')).toEqual(['\\mathbf{y}']);
    expect(named('It leaves $e = y - \\hat{y}$, the residual.')).toEqual(['e']);
  });

  it('not a mention that says nothing of it: "of $x$", a kind alone, an adjective alone, a list of other math', () => {
    expect(named('the derivative of $x$ vanishes')).toEqual([]);
    expect(named('Find the quantities $a$, $b$ and $c$ from the plot.')).toEqual([]);
    expect(named('the gap between actual $Y$ and its fit')).toEqual([]);
    expect(named('compute $u$ and then $v$ from it')).toEqual([]);
  });

  it('a dotted list names its family: $X_1, \\dots, X_n$ names $X$ (and so its members $X_i$)', () => {
    // …and its count `n`, as any enumeration does wherever it stands (read-as-one.test.ts).
    expect(named('サンプル $X_1, \\dots, X_n$ に対して')).toEqual(['n', 'X_{1}', 'X_{n}', 'X']);
  });

  it('reads no code, display math, where-list line, nor indented example outside a list', () => {
    const text = ['```', '$a$ is code', '```', '$$', '$b$ is display', '$$', '- $c$ is an item', '', '!!! note', '    $d$ is an example', ''].join('\n');
    expect(proseMentions(text, [], [[7, 7]]).flatMap((m) => m.syms.map((s) => s.key))).toEqual([]);
  });
});
