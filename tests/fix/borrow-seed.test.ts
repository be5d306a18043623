// Borrowed meanings on the seed: how many undefined uses they explain, and a few a reader can check.
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/pipeline/project.js';
import { symbolCoverage } from '../../src/pipeline/borrow-stage.js';
import { equationSymbols } from '../../src/latex/symbols.js';

describe('borrowed definitions on the seed', async () => {
  const project = await loadProject(['content/deep-learning-equations.md']);
  const collection = project.collections[0]!.collection;
  const bySlug = new Map(collection.equations.map((e) => [e.slug, e]));
  const borrowedOf = (slug: string, symbol: string) => bySlug.get(slug)?.borrowed?.find((b) => b.symbol === symbol);

  it('explains 44 of the 56 undefined uses, and leaves 12 unexplained', () => {
    const c = symbolCoverage(collection, equationSymbols);
    expect(c.borrowed).toBe(44);
    expect(c.unexplained).toBe(12);
  });

  it('σ in LSTM Forget Gate is the sigmoid function of LSTM Input Gate', () => {
    expect(borrowedOf('lstm-forget-gate', '\\sigma')).toMatchObject({ description: 'the sigmoid function', from: 'lstm-input-gate' });
    expect(project.diagnostics.find((d) => d.equation === 'lstm-forget-gate' && d.message.startsWith('$\\sigma$'))?.message).toContain(
      "defined in 33. LSTM Input Gate as 'the sigmoid function'",
    );
  });

  it('a gradient of the MSE means what the MSE means (ŷ is the predicted value, not a probability)', () => {
    expect(borrowedOf('gradient-of-mse-w-r-t-weights', '\\hat{y}')).toMatchObject({ from: 'mean-squared-error-mse' });
  });

  it('takes a meaning written for another index letter with the letter swapped (h_v^{(l)} → h_u^{(l)}), never across an offset or a name', () => {
    expect(borrowedOf('gnn-aggregation', 'h_u^{(l)}')?.description).toBe('the hidden representation of node $u$ at layer $l$');
    expect(borrowedOf('derivative-of-cross-entropy-w-r-t-logits-softmax', 'z_j')).toMatchObject({ description: 'the logit for class $j$', from: 'softmax-function' });
    expect(borrowedOf('lstm-cell-state', 'W_{xc}')).toBeUndefined();
  });

  it('leaves coordinates and symbols with several meanings unexplained rather than guess', () => {
    expect(borrowedOf('2d-convolution-without-stride-padding', 'x')).toBeUndefined();
    expect(borrowedOf('2d-convolution-without-stride-padding', 'y')).toBeUndefined();
    expect(borrowedOf('cycle-consistency-loss-cyclegan', 'p')).toBeUndefined();
    expect(bySlug.get('actor-critic-gradient')?.unexplained).toContain('J');
  });

  it('never changes the author\'s variables', () => {
    const eq = bySlug.get('lstm-forget-gate')!;
    expect(eq.variables.map((v) => v.symbols).flat()).toEqual(['f_t', 'W_{xf}', 'W_{hf}', 'b_f']);
  });
});
