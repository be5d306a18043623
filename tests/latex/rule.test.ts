import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/diagnostics/positions.js';
import { checkSymbols } from '../../src/rules/symbols.js';
import { eq, seed, SEED_PATH } from './helpers.js';

/**
 * The seed's undefined-symbol warnings, each read and judged a fair remark for the author
 * (the where-list of that entry really does not say what the symbol is).
 */
// Issue 24's second pass: the parameters of a function a left-hand side defines are bound (x of
// 12's d/dx f(g(x)), x and y of 28's (I * K)(x, y) and 31's AvgPool(x, y), x of 69's N(x | mu, sigma^2),
// theta of 92's grad J(theta), z of 94's ELU(z) and 95's SELU(z)); 74's h_u^(l) is the shifted
// member of its left-hand side h_v^(l+1); an update `theta <- theta - ...` no longer defines theta,
// so 16 (RMSProp) and 17 (Adam), whose where-lists leave theta out, use it undefined.
const SEED_UNDEFINED: Array<[number, string]> = [
  [15, 'L'],
  [16, '\\theta'],
  [16, 'L'],
  [17, '\\theta'],
  [17, 'L'],
  [20, 'N'],
  [23, 'N'],
  [25, 'm'],
  [31, 'I'],
  [34, '\\sigma'],
  [34, 'x_t'],
  [34, 'h_{t-1}'],
  [35, '\\sigma'],
  [35, 'x_t'],
  [35, 'h_{t-1}'],
  [36, 'W_{xc}'],
  [36, 'x_t'],
  [36, 'W_{hc}'],
  [36, 'h_{t-1}'],
  [36, 'b_c'],
  [37, '\\sigma'],
  [38, '\\sigma'],
  [38, 'x_t'],
  [38, 'h_{t-1}'],
  [39, 'W_{xh}'],
  [39, 'x_t'],
  [39, 'W_{hh}'],
  [42, 'S'],
  [53, 'L_{\\text{CE}}'],
  [53, 'z_j'],
  [63, 'D_{\\text{KL}}'],
  [73, '\\mathcal{N}'],
  [75, 'L'],
  [77, 'L_{\\text{MSE}}'],
  [77, 'N'],
  [77, '\\hat{y}'],
  [77, 'y'],
  [78, 'L_{\\text{CE}}'],
  [78, 'w_j'],
  [78, 'N'],
  [78, 'x_j^{(i)}'],
  [80, 'N'],
  [92, 'J'],
  [96, 'x'],
  [98, 'w'],
  [98, 'x_i'],
  [98, 'b'],
  [100, 'p'],
];

describe('checkSymbols', () => {
  it('warns about a where-list symbol missing from the equation, at that symbol', () => {
    const e = eq('y = m x + b', ['y', 'x', 'm', 'b', 'L']);
    const lines = new LineIndex('y'.repeat(200));
    const out = checkSymbols(e, [], { file: 'f.md', lines });
    expect(out).toHaveLength(1);
    const d = out[0];
    expect(d?.ruleId).toBe('unused-symbol');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toBe('$L$ is defined but does not occur in the equation; remove it or check its spelling');
    const source = e.variables[4]?.symbolSources[0];
    expect(d?.column).toBe((source?.map.pieces[0]?.offset ?? -1) + 1);
  });

  it('warns once per undefined symbol, at its first occurrence in the file', () => {
    const text = 'intro\n$$z = W x + W b$$\n';
    const latex = 'z = W x + W b';
    const start = text.indexOf(latex);
    const e = eq(latex, ['x', 'b'], { latexMap: { pieces: [{ at: 0, offset: start, length: latex.length }] } });
    const out = checkSymbols(e, [], { file: 'f.md', lines: new LineIndex(text) });
    expect(out.map((d) => [d.ruleId, d.line, d.column, d.message])).toEqual([
      ['undefined-symbol', 2, 7, '$W$ is used in the equation but not defined in its where-list; add an item for it'],
    ]);
  });

  it('names the symbol, not its transpose or power, when the base is undefined', () => {
    const out = checkSymbols(eq('w^\\top x + w^\\top b', ['x', 'b']), [], { file: 'f.md', lines: new LineIndex('') });
    expect(out.map((d) => d.message)).toEqual([
      '$w$ is used in the equation but not defined in its where-list; add an item for it',
    ]);
  });

  it('on the seed: no unused symbols, and exactly the judged undefined ones, pointing at the symbol', () => {
    const { text, equations } = seed();
    const lines = new LineIndex(text);
    const found: Array<[number, string]> = [];
    equations.forEach((e, i) => {
      for (const d of checkSymbols(e, equations.slice(0, i), { file: SEED_PATH, lines })) {
        expect(d.ruleId).toBe('undefined-symbol');
        expect(d.equation).toBe(e.slug);
        const symbol = /^\$(.*?)\$ is used/.exec(d.message)?.[1] ?? '';
        const offset = lines.lineStart(d.line) + d.column - 1;
        expect(text.slice(offset, offset + symbol.length)).toBe(symbol);
        found.push([e.number ?? 0, symbol]);
      }
    });
    expect(found).toEqual(SEED_UNDEFINED);
  });
});
