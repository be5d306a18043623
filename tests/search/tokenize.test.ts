import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { acronymOf, texTokens } from '../../src/search/tokenize.js';
import { highlightParts } from '../../src/search/highlight.js';
import { miniSearchOptions } from '../../src/search/options.js';

/** The query pipeline exactly as MiniSearch runs it: tokenize, then processTerm. */
function queryTerms(query: string): string[] {
  const { tokenize, processTerm } = miniSearchOptions;
  return tokenize!(query).flatMap((t) => processTerm!(t) || []) as string[];
}

describe('texTokens', () => {
  it('gives one term to a Greek letter however it is spelt', () => {
    for (const spelling of ['\\eta', 'eta', 'η', '$\\eta$', 'Η']) expect(texTokens(spelling, { query: true })).toEqual(['eta']);
    expect(texTokens('\\varepsilon ϵ ε \\epsilon')).toEqual(['epsilon', 'epsilon', 'epsilon', 'epsilon']);
    expect(texTokens('\\Sigma \\sigma σ Σ')).toEqual(['sigma', 'sigma', 'sigma', 'sigma']);
  });

  it('puts accents after their base', () => {
    for (const spelling of ['\\hat{y}', '\\hat y', 'ŷ', 'yhat', 'y hat', 'hat y', 'y-hat']) {
      expect(texTokens(spelling, { query: true })).toEqual(['yhat']);
    }
    expect(texTokens('\\hat{\\theta} \\bar{x} \\tilde{x} \\vec{v} x̄', { math: true })).toEqual(['thetahat', 'xbar', 'xtilde', 'vvec', 'xbar']);
  });

  it('maps operators by command and glyph, drops structure', () => {
    expect(texTokens('\\nabla_\\theta L', { math: true })).toEqual(['nabla', 'theta', 'l']);
    expect(texTokens('∇ ⊙ ∑ ∂', { query: true })).toEqual(['nabla', 'odot', 'sum', 'partial']);
    expect(texTokens('\\frac{1}{N}\\sum_{i=1}^{N} x_i \\cdot \\left( y \\right)', { math: true })).toEqual(['n', 'sum', 'i', 'n', 'x', 'i', 'y']);
    expect(texTokens('\\begin{aligned} a &= b \\\\ c \\end{aligned}', { math: true })).toEqual(['a', 'b', 'c']);
  });

  it('reads \\text and friends as words', () => {
    expect(texTokens('L_{\\text{MSE}} = \\text{PPL}', { math: true })).toEqual(['l', 'mse', 'ppl']);
    expect(texTokens('\\operatorname{softmax}(QK^T)', { math: true })).toEqual(['softmax', 'qk', 'q', 'k', 't']);
  });

  it('splits prose, with $…$ math in it', () => {
    expect(texTokens('Coefficient of Determination ($R^2$)')).toEqual(['coefficient', 'of', 'determination', 'r']);
    expect(texTokens('$\\eta$ is the learning rate')).toEqual(['eta', 'is', 'the', 'learning', 'rate']);
    expect(texTokens('the \\(i\\)-th sample')).toEqual(['the', 'i', 'th', 'sample']);
  });

  it('indexes hyphenated words as parts and joined, queries as parts', () => {
    expect(texTokens('Cross-Entropy Loss')).toEqual(['cross', 'entropy', 'crossentropy', 'loss']);
    expect(texTokens('cross-entropy', { query: true })).toEqual(['cross', 'entropy']);
  });

  it('keeps a typed unknown command as a word (prefix while typing \\eta)', () => {
    expect(texTokens('\\et', { query: true })).toEqual(['et']);
    expect(texTokens('\\et', { math: true })).toEqual([]);
  });

  it('never throws on junk', () => {
    for (const junk of ['', '\\', '{', '}}}', '$$$', '\\hat', '\\hat{', '\\begin{', '\u0302', 'x\u0302\u0303']) {
      expect(() => texTokens(junk, { query: true })).not.toThrow();
      expect(() => texTokens(junk, { math: true })).not.toThrow();
    }
  });
});

describe('query terms and acronyms', () => {
  it('drops stopwords but keeps single letters (symbols) in a query', () => {
    expect(queryTerms('the rate of learning')).toEqual(['rate', 'learning']);
    expect(queryTerms('y')).toEqual(['y']);
  });

  it('makes acronyms from capitalised words of a name', () => {
    expect(acronymOf('Nesterov Accelerated Gradient (NAG)')).toBe('nag');
    expect(acronymOf('Scaled Dot-Product Attention')).toBe('sdpa');
    expect(acronymOf('Softmax Function')).toBe('sf');
    expect(acronymOf('Dropout')).toBeNull();
  });

  it('an index round-trips through JSON with the shared options', () => {
    const index = new MiniSearch(miniSearchOptions);
    index.add({ id: 0, slug: 'a', url: 'a/', number: 1, name: 'Learning rule', topic: '', text: '', tex: '\\eta', preview: '' });
    const loaded = MiniSearch.loadJSON(JSON.stringify(index), miniSearchOptions);
    expect(loaded.search('η').map((r) => r.id)).toEqual([0]);
  });
});

describe('highlightParts', () => {
  it('marks the displayed words whose terms matched', () => {
    expect(highlightParts('Softmax Function', new Set(['softmax']))).toEqual([
      { text: 'Softmax', mark: true },
      { text: ' Function', mark: false },
    ]);
    expect(highlightParts('Cross-Entropy (Binary)', new Set(['entropy']))).toEqual([
      { text: 'Cross-Entropy', mark: true },
      { text: ' (Binary)', mark: false },
    ]);
    expect(highlightParts('<b>x</b>', new Set())).toEqual([{ text: '<b>x</b>', mark: false }]);
  });
});
