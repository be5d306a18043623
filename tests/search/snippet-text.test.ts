// Where-items as the plain text a search snippet shows, and the meaning two definitions share.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/search/plain-math.js';
import { normaliseMeaning } from '../../src/search/meaning.js';

describe('plainText', () => {
  it('shows inline math as readable glyphs', () => {
    expect(plainText('$\\eta$ is the learning rate')).toBe('η is the learning rate');
    expect(plainText('$\\hat{m}$ is the corrected estimate')).toBe('m̂ is the corrected estimate');
    expect(plainText('$\\nabla_\\theta L(\\theta)$ is the gradient')).toBe('∇_θ L(θ) is the gradient');
  });
});

describe('normaliseMeaning', () => {
  it('compares definitions by their words, not their phrasing', () => {
    expect(normaliseMeaning('is the learning rate')).toBe('learning rate');
    expect(normaliseMeaning('represents the **learning rate** (e.g., 0.01)')).toBe('learning rate');
    expect(normaliseMeaning('is the natural parameter')).not.toBe(normaliseMeaning('is the learning rate'));
  });
});
