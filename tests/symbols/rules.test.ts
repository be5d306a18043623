/**
 * Symbol rules a reader would agree with (issue 24, item 8), one fixture per class, each holding
 * the uses that must not warn and, next to them, the near misses that must
 * (tests/symbols/fixtures/rules/*.md). Each test lists every warning of its fixture.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/diagnostics/positions.js';
import { parseCollection } from '../../src/parse/parse.js';
import { checkSymbols } from '../../src/rules/symbols.js';
import { symbolWarnings } from '../helpers/symbol-warnings.js';
import { linkLatex } from '../../src/symbols/link.js';
import { runMates } from '../../src/symbols/runs.js';
import { notationSymbols, pageConstants } from '../../src/symbols/notation.js';

/** `[equation name, rule, symbol]` of every symbol warning of a fixture, checking each points at its symbol. */
const warnings = (file: string) => symbolWarnings(`tests/symbols/fixtures/rules/${file}`);

describe('entries of a defined matrix or vector', () => {
  it('x_{11} … x_{nd} of X, a_{ij} of A, \\mathbf{x}_i and \\beta_0 of bold ones, \\sigma_{ij} of \\Sigma are uses of them; entries of an undefined matrix and labelled letters are not', () => {
    expect(warnings('matrix-entries.md')).toEqual([
      ['Entries of an Undefined Matrix', 'unused-symbol', 'Y'],
      ['Entries of an Undefined Matrix', 'undefined-symbol', 'x_{ij}'],
      ['A Label Is Not an Index', 'unused-symbol', 'X'],
      ['A Label Is Not an Index', 'undefined-symbol', 'x_{\\text{max}}'],
      ['A Label Is Not an Index', 'undefined-symbol', 'x_{\\text{min}}'],
    ]);
  });

  it('a bold Greek vector (\\boldsymbol{\\beta}, now one letter) is still linked', () => {
    const path = 'tests/symbols/fixtures/rules/matrix-entries.md';
    const { collection } = parseCollection({ path, text: readFileSync(path, 'utf8') });
    const rows = collection.equations.find((e) => e.name === 'Rows of a Bold Matrix');
    expect(rows && linkLatex(rows, []).latex).toContain('\\htmlData{var=2}{\\boldsymbol{\\beta}}');
  });
});

describe('members of a defined family', () => {
  it('\\sigma_i of \\sigma, \\sigma_i^2 and \\sigma of \\sigma^2, \\mu of \\mu_k are known; a total N, a weight vector w, a labelled \\sigma_{noise} are not; one warning per missing family', () => {
    expect(warnings('families.md')).toEqual([
      ['A Total Is Not the Family of Its Parts', 'undefined-symbol', 'N'],
      ['A Weight Vector Is Not a Sample Weight', 'undefined-symbol', 'w'],
      ['A Labelled Variance Is Another Symbol', 'unused-symbol', '\\sigma^2'],
      ['A Labelled Variance Is Another Symbol', 'undefined-symbol', '\\sigma_{\\text{noise}}^2'],
      ['One Warning for a Missing Family', 'undefined-symbol', 'R_i'],
    ]);
  });
});

describe('named distributions, sets and operators', () => {
  it('\\mathcal{N}(\\mu, \\sigma^2), \\mathcal{U}(a, b), \\sim N_n(…), N(x; …), Bernoulli(q), \\mathbb{E}, \\operatorname{Var}, \\mathrm{KL}, \\mathcal{O}(n^2) need no definition; a neighbourhood \\mathcal{N}(v) and a function N(t) do', () => {
    expect(warnings('named.md')).toEqual([
      ['A Neighbourhood Is a Symbol', 'undefined-symbol', '\\mathcal{N}'],
      ['A Function Named N Is a Symbol', 'undefined-symbol', 'N'],
    ]);
  });
});

describe('scripts stay with their letter', () => {
  it('\\sigma{}^2 is \\sigma^2: no stray warning; an undefined \\tau{}^2 warns once, at \\tau', () => {
    expect(warnings('scripts.md')).toEqual([['Split Script of an Undefined Letter', 'undefined-symbol', '\\tau']]);
  });
});

describe('complements of sets and events (issue 24)', () => {
  it('A^c and B^\\complement of a defined event are that event; an undefined E warns once, at E; x^c of a lowercase x stays a name of its own', () => {
    expect(warnings('complements.md')).toEqual([
      ['Complement of an Undefined Event', 'undefined-symbol', 'E'],
      ["A Lowercase Letter's c Is an Exponent", 'undefined-symbol', 'x^c'],
    ]);
  });
});

/** Like `warnings`, each equation checked with the other formulas of its run (as validate.ts does). */
function warningsWithRuns(file: string): Array<[string, string, string]> {
  const path = `tests/symbols/fixtures/rules/${file}`;
  const text = readFileSync(path, 'utf8');
  const { collection } = parseCollection({ path, text });
  const lines = new LineIndex(text);
  const out: Array<[string, string, string]> = [];
  collection.equations.forEach((e, i) => {
    const mates = runMates(e, collection.equations);
    for (const d of checkSymbols(e, collection.equations.slice(0, i), { file: path, lines }, undefined, mates)) {
      out.push([e.name, d.ruleId, /^\$(.*?)\$ is/.exec(d.message)?.[1] ?? '']);
    }
  });
  return out;
}

describe('parameters of a function the left-hand side defines (issue 24)', () => {
  it('h(t | x), Attention(Q, K, V), p(y = 1 | x) bind their arguments; P(X = k), a bracket (1 + s_2)^2 and an update w <- w - … do not; an assignment m <- … defines m', () => {
    expect(warnings('function-parameters.md')).toEqual([
      ['A Probability Is No Function Definition', 'undefined-symbol', 'X'],
      ['A Probability Is No Function Definition', 'undefined-symbol', 'k'],
      ['A Bracket Is No Function', 'undefined-symbol', 's_2'],
      ['An Update Uses What It Updates', 'undefined-symbol', 'w'],
    ]);
  });
});

describe('runs of formulas (issue 24)', () => {
  it('share the definitions after them: each is defined by them, none is unused when another formula of the run writes it, a left-hand side is known to the next; a where-list between two formulas ends the run', () => {
    const path = 'tests/symbols/fixtures/rules/runs.md';
    const { collection } = parseCollection({ path, text: readFileSync(path, 'utf8') });
    expect(collection.equations.map((e) => [e.name, e.variables.flatMap((v) => v.symbols)])).toEqual([
      ['Forces', ['x', 'k', 'b']],
      ['Forces (2)', ['x', 'k', 'b']],
      ['The Two Terms', ['S', 'K', '\\sigma']],
      ['The Two Terms (2)', ['S', 'K', '\\sigma']],
      ['Separate Definitions', ['a', 't']],
      ['Separate Definitions (2)', ['s']],
      // "Let $D^*$ be …, $D$ the … and $y$ the yield": every symbol of the list (trial 9, D5).
      ['Duration', ['D^*', 'D', 'y']],
      ['Duration (2)', ['D^*', 'D', 'y']],
      ['Put Price', ['P']],
    ]);
    // The math of a shared description ("$D$ the Macaulay duration and $y$ the yield") explains for
    // each formula of the run; "the other symbols are as in the call formula" explains every other.
    expect(warningsWithRuns('runs.md')).toEqual([
      ['Separate Definitions (2)', 'undefined-symbol', 'u'],
      ['Separate Definitions (2)', 'undefined-symbol', 't'],
      ['Duration (2)', 'undefined-symbol', 'P'],
    ]);
  });

  it('without its run, a formula would warn: what the rule gains from the run', () => {
    // (Prose definitions, as in Forces, are never unused.)
    expect(warnings('runs.md')).toEqual([
      ['The Two Terms (2)', 'unused-symbol', 'S'],
      ['The Two Terms (2)', 'unused-symbol', 'K'],
      ['The Two Terms (2)', 'undefined-symbol', 'd_1'],
      ['Separate Definitions (2)', 'undefined-symbol', 'u'],
      ['Separate Definitions (2)', 'undefined-symbol', 't'],
      ['Duration (2)', 'undefined-symbol', 'P'],
    ]);
  });
});

describe('indices, rates, exponents and acronyms (issue 24)', () => {
  it('t of ∂/∂t is time; x and its rates warn once; P_{k|k-1} is P; a Greek exponent is a symbol of its own; RSS is one name', () => {
    expect(warnings('indices.md')).toEqual([
      ['Space Is Not Time', 'undefined-symbol', 'x'],
      ['Rates of an Undefined Quantity', 'undefined-symbol', 'x'],
      ['A Greek Exponent', 'undefined-symbol', '\\alpha'],
      ['An Undefined Acronym', 'undefined-symbol', 'RSS'],
    ]);
  });
});

describe('a page-wide notation table (issue 24)', () => {
  it('defines its symbols (v, a, and x, y of one cell) for every formula; a where-table defines only for its own formula', () => {
    const path = 'tests/symbols/fixtures/rules/notation.md';
    const text = readFileSync(path, 'utf8');
    const { collection } = parseCollection({ path, text });
    const whereLists = collection.equations.flatMap((e) => (e.positions.whereList ? [e.positions.whereList] : []));
    const notation = notationSymbols(text, whereLists);
    expect(notation).toEqual(['v', 'a', 'x', 'y']);
    const lines = new LineIndex(text);
    const found = collection.equations.flatMap((e, i) =>
      checkSymbols(e, collection.equations.slice(0, i), { file: path, lines }, undefined, [], notation).map((d) => [e.name, d.ruleId, /^\$(.*?)\$ is/.exec(d.message)?.[1]]),
    );
    expect(found).toEqual([
      ['Uniform Acceleration', 'undefined-symbol', 't'],
      ['Drag', 'undefined-symbol', 'c'],
      ['Momentum', 'undefined-symbol', 'm'],
      ['Momentum', 'undefined-symbol', 'u'],
    ]);
  });
});

describe('a page-wide notation list (issue 24, trial 1 F15)', () => {
  it('a list under "Notation:" defines its symbols (an arrow is the separator); a list under another label defines nothing', () => {
    const path = 'tests/symbols/fixtures/rules/notation-lists.md';
    const text = readFileSync(path, 'utf8');
    const { collection } = parseCollection({ path, text });
    const whereLists = collection.equations.flatMap((e) => (e.positions.whereList ? [e.positions.whereList] : []));
    const notation = notationSymbols(text, whereLists);
    expect(notation).toEqual(['m', '\\hat{y}']);
    const lines = new LineIndex(text);
    const found = collection.equations.flatMap((e, i) =>
      checkSymbols(e, collection.equations.slice(0, i), { file: path, lines }, undefined, [], notation).map((d) => [e.name, d.ruleId, /^\$(.*?)\$ is/.exec(d.message)?.[1]]),
    );
    expect(found).toEqual([
      ['Growth', 'undefined-symbol', 'k'],
      ['Growth', 'undefined-symbol', 'r'],
    ]);
  });
});

describe("a page's own i and j (issue 24)", () => {
  it('once a where-list of the page defines i (the current), a formula writing i without defining it warns; j, defined nowhere, stays the imaginary unit', () => {
    const path = 'tests/symbols/fixtures/rules/page-constants.md';
    const text = readFileSync(path, 'utf8');
    const { collection } = parseCollection({ path, text });
    const constants = pageConstants(collection.equations);
    expect(constants).toEqual(['i']);
    const lines = new LineIndex(text);
    const found = collection.equations.flatMap((e, i) =>
      checkSymbols(e, collection.equations.slice(0, i), { file: path, lines }, undefined, [], [], constants).map((d) => [e.name, d.ruleId, /^\$(.*?)\$ is/.exec(d.message)?.[1]]),
    );
    expect(found).toEqual([['Power', 'undefined-symbol', 'i']]);
  });
});
