// False readings found by the audit of the session's new readers (audit12): each case is a sentence
// a human reads as a remark, a condition or an aside, which the reader took for a definition or a name.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

const equations = (text: string) => parseCollection({ path: 'audit.md', text }).collection.equations;
const defs = (text: string, k = 0) => equations(text)[k]!.variables.map((v) => [v.symbols.join(', '), v.description]);

describe('a condition after "is"/"be" is no meaning', () => {
  it('"where $t$ is small" defines nothing; the meaning beside it still reads', () => {
    const text = `# Drop\n\n$$\nh = \\frac{1}{2} g t^2\n$$\n\nwhere $g$ is the gravitational acceleration and $t$ is small.\n`;
    expect(defs(text)).toEqual([['g', 'the gravitational acceleration']]);
  });

  it('"Here $t$ is large enough that …" and "Let $\\epsilon$ be small" define nothing', () => {
    const here = `# Range\n\n$$\nR = \\frac{2 u^2 \\theta}{g}\n$$\n\nHere $t$ is large enough that drag matters, which we neglect.\n`;
    expect(defs(here)).toEqual([]);
    const let_ = `# Bound\n\nLet $\\epsilon$ be small.\n\n$$\n|f(x) - f(y)| < \\epsilon\n$$\n`;
    expect(defs(let_)).toEqual([]);
  });

  it('a noun after the adjective still names the symbol', () => {
    const text = `# Sum\n\nLet $N$ be a positive integer.\n\n$$\nS = \\sum_{k=1}^{N} k\n$$\n`;
    expect(defs(text)).toEqual([['N', 'a positive integer']]);
  });
});

describe('a definition read before a run', () => {
  it('is not given to a later formula that prose separates and that does not write it', () => {
    const text = `# Energy\n\nFor a body of mass $m$ and speed $v$ the kinetic energy is\n\n$$\nE = \\frac{1}{2} m v^2\n$$\n\nFor every $x$ the following holds.\n\n$$\nf(x) \\ge 0\n$$\n`;
    expect(defs(text, 0).map(([s]) => s)).toEqual(['m', 'v']);
    expect(defs(text, 1)).toEqual([]);
  });
});

describe('a plain symbol line that remarks on the symbol', () => {
  it('"P is the first thing to check …" gives no meaning; the lead-in still names P', () => {
    const text = `# Circuit\n\nThe power is\n\n$$\nP = I^2 R\n$$\n\nP is the first thing to check in a circuit that runs hot.\n`;
    expect(defs(text).filter(([s]) => s === 'P')).toEqual([['P', 'power']]);
  });

  it('"v_0 is the initial speed" still reads', () => {
    const text = `# Launch\n\n$$\nh = \\frac{v_0^2}{2 g}\n$$\n\nv_0 is the initial speed\n`;
    expect(defs(text)).toContainEqual(['v_0', 'the initial speed']);
  });
});

describe('an aside label is no name', () => {
  it('"**Note:** …" before a formula leaves the heading as its name', () => {
    const text = `# Errors\n\n**Note:** this one is sensitive to outliers.\n\n$$\nE = \\frac{1}{n}\\sum_i (y_i - p_i)^2\n$$\n`;
    expect(equations(text).map((e) => e.name)).toEqual(['Errors']);
  });
});

describe('symbol-dash lines that remark on a symbol', () => {
  it('"$k$ - see the table below" and "$F$ - measured twice" after a formula define nothing', () => {
    const text = `# Spring\n\n$$\nF = -k x\n$$\n\n$k$ - see the table below\n$F$ - measured twice\n`;
    expect(defs(text)).toEqual([]);
  });

  it('"$x$ - we start from rest" before a formula defines nothing', () => {
    const text = `# Spring\n\n$x$ - we start from rest\n\n$$\nF = -k x\n$$\n`;
    expect(defs(text)).toEqual([]);
  });

  it('"$F$ - net force" lines still read', () => {
    const text = `# Newton\n\n$$\nF = m a\n$$\n\n$F$ - net force\n$m$ - mass of the body\n`;
    expect(defs(text)).toEqual([['F', 'net force'], ['m', 'mass of the body']]);
  });
});

describe('a "let" clause that states a condition', () => {
  it('"Let $f$ be continuous on …, and let $F$ be an antiderivative of $f$" reads F only', () => {
    const text = `# Calculus\n\nLet $f$ be continuous on $[a, b]$, and let $F$ be an antiderivative of $f$.\n\n$$\n\\int_a^b f(x)\\,dx = F(b) - F(a)\n$$\n`;
    expect(defs(text)).toEqual([['F', 'an antiderivative of $f$']]);
  });

  it('"Let $h$ be fixed, $k$ positive and $m$ the mass" gives h no meaning', () => {
    const text = `# Product\n\nLet $h$ be fixed, $k$ positive and $m$ the mass.\n\n$$\ny = h k m\n$$\n`;
    expect(defs(text).filter(([s]) => s === 'h' || s === 'k')).toEqual([]);
  });
});

describe('a German where-clause that ends at its verb', () => {
  it('"wobei $R$ der Widerstand ist und $I$ klein ist" gives R "der Widerstand" and I nothing', () => {
    const text = `# Elektrik\n\nDie Spannung an einem Leiter ist\n\n$$\nU = R I\n$$\n\nwobei $R$ der Widerstand ist und $I$ klein ist.\n`;
    const read = defs(text);
    expect(read).toContainEqual(['R', 'der Widerstand']);
    expect(read.filter(([s]) => s === 'I')).toEqual([]);
  });
});
