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

describe('a word before a symbol that is no noun (trial 7, P2/P14)', () => {
  it('"if $u$ is …" never gives "if" as the meaning', () => {
    const text = `# Calculus\n\n#### Chain\n\n$$\ndf = f' dX + w\\,dt\n$$\n\nwhere $X$ has variance $w$ and if $f$ is a smooth function then the rule holds.\n`;
    const defs = parseCollection({ path: 'c.md', text }).collection.equations[0]!.variables.map((v) => v.description);
    expect(defs).not.toContain('if');
  });

  it('an evaluative adjective ("the pesky $\\Lambda$ has been absorbed") names nothing', () => {
    expect(defsOf('Here the pesky $a$ has been absorbed into the slope.')).toEqual([]);
  });
});
