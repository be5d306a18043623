// A wrong meaning is worse than none: "find the optimal $a$ that minimizes the error" says how `a`
// is, not what it is, so it defines nothing; a noun after the adjective still names the symbol
// (a blog post on regularization read after trial 6).
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

const defsOf = (sentence: string) => {
  const text = `# Fit\n\n#### Loss\n\n${sentence}\n\n$$\nL(a) = (y - a x)^2\n$$\n`;
  return parseCollection({ path: 'fit.md', text }).collection.equations[0]!.variables.map((v) => [v.symbols.join(', '), v.description]);
};

describe('an adjective right before a symbol', () => {
  it('names nothing on its own ("the optimal $a$", "the actual $y$")', () => {
    expect(defsOf('We find the optimal $a$ that minimizes the error between $y$ and $a x$.')).toEqual([]);
    expect(defsOf('It compares the actual $y$ with the prediction.')).toEqual([]);
  });

  it('still lets the noun after it name the symbol ("the optimal slope $a$")', () => {
    expect(defsOf('We find the optimal slope $a$ of the line.')).toEqual([['a', 'optimal slope of the line']]);
  });
});
