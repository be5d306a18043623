/**
 * Capitals in a row and CJK subscripts (issue 24, trial 6 N12 and doc 6): `S = c(UVW)^k` is a product of three
 * quantities, not one symbol `UVW` the author never wrote, unless the document names the run (`RSS` in the text,
 * `GDP` in a sentence); `X_{分}`, `X_{总}` ("the parts' X", "the total X") are labels of `X`, never symbols of
 * their own. Fixture: tests/symbols/fixtures/rules/letters-not-names.md.
 */
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/pipeline/project.js';

const FIXTURE = 'tests/symbols/fixtures/rules/letters-not-names.md';

async function symbolDiagnostics(): Promise<string[]> {
  const project = await loadProject([FIXTURE]);
  return project.diagnostics
    .filter((d) => d.ruleId === 'undefined-symbol' || d.ruleId === 'unused-symbol')
    .map((d) => `${d.line}:${d.column} ${d.severity} ${/^\$(.*?)\$ is/.exec(d.message)?.[1]}${/\(defined in ([^']*) as/.exec(d.message) ? ` (borrowed)` : ''}`);
}

describe('letters, not names', () => {
  it('reports an unnamed run of capitals letter by letter, each where it stands', async () => {
    const got = await symbolDiagnostics();
    // `UVW`: `U` is said in the words before the formula, `W` borrows "the work done by the gas", `V` nobody says.
    expect(got.filter((d) => d.startsWith('8:'))).toEqual(['8:10 warning V', '8:11 info W (borrowed)']);
    // `ABC`: nothing in the document names the run; three undefined letters, not one symbol `ABC`.
    expect(got.filter((d) => d.startsWith('66:'))).toEqual(['66:6 warning A', '66:7 warning B', '66:8 warning C']);
  });

  it('keeps a run the document names as one name', async () => {
    const got = await symbolDiagnostics();
    // "(RSS)" in the words: one name, which the words also spell out; only `T` is left.
    expect(got.filter((d) => d.startsWith('34:'))).toEqual(['34:22 warning T']);
    // "its GDP" in a sentence: one name, even though `P` is defined for another formula.
    expect(got.filter((d) => d.startsWith('78:'))).toEqual(['78:5 warning GDP', '78:11 warning n']);
  });

  it('reads a CJK word under a letter as its label', async () => {
    const got = await symbolDiagnostics();
    // `X` is defined: `X_{分}` and `X_{总}` are that X.
    expect(got.filter((d) => d.startsWith('46:'))).toEqual([]);
    // `I` is defined, `V` is not: one warning for `V` (not one per label), shown as the letter.
    expect(got.filter((d) => d.startsWith('56:'))).toEqual(['56:6 warning V']);
  });
});
