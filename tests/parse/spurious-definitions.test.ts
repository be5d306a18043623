// A definition belongs to the formulas that write its symbol (trial 7, issue 24): a where-sentence
// after the second of two formulas that prose separates does not define the first; a word in an
// upright `{\rm …}` subscript is no symbol for a glossary to define; a translated line that
// repeats a definition gives the symbol no second meaning.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

const read = (text: string) =>
  parseCollection({ path: 'notes.md', text }).collection.equations.map((e) => ({
    latex: e.latex,
    defs: e.variables.map((v) => [v.symbols.join(', '), v.description]),
  }));

describe('definitions copied onto formulas that do not write the symbol', () => {
  it('a where-sentence after the second formula does not define the first when prose stands between them', () => {
    const text = `# Fitting\n\n## Penalised loss\n\nWe first add up the squared misses:\n\n$$\nS = \\sum_i (y_i - a x_i)^2\n$$\n\nthen a penalty keeps the slope small:\n\n$$\nJ = S + \\mu a^2\n$$\n\nwhere $\\mu$ is the penalty weight.\n`;
    const [first, second] = read(text);
    expect(first!.defs).toEqual([]);
    expect(second!.defs).toEqual([['\\mu', 'the penalty weight']]);
  });

  it('formulas with nothing between them still share the sentence after them', () => {
    const text = `# Springs\n\n## Two forces\n\n$$F_1 = -c x$$\n$$F_2 = -g v$$\n\nHere, $c$ is the stiffness and $g$ the drag.\n`;
    for (const eq of read(text)) expect(eq.defs.map((d) => d[0])).toEqual(['c', 'g']);
  });

  it('a letter of a word inside `{\\rm …}` picks up no glossary entry', () => {
    const text = `# Report\n\n## Symbols\n\n| Symbol | Meaning |\n|---|---|\n| $N$ | number of samples |\n| $M$ | number of windows |\n\n## Ratio\n\n$$C = 100\\,\\frac{E_{\\rm kept}}{E_{\\rm all\\;Nyquist}}$$\n\n## Mean\n\n$$\\bar{e} = \\frac{1}{N} \\sum_n e_n$$\n`;
    const [ratio, mean] = read(text);
    expect(ratio!.defs).toEqual([]);
    expect(mean!.defs.map((d) => d[0])).toEqual(['N']);
  });

  it('a translated line repeating a definition adds no second entry for the symbol', () => {
    const text = `# Counts\n\n## Rate\n\n$$P(K = k) = \\frac{\\mu^k e^{-\\mu}}{k!}$$\n\nHere, $\\mu$ is the mean count per hour.\nIci, $\\mu$ est le nombre moyen par heure.\n`;
    const [eq] = read(text);
    expect(eq!.defs.filter((d) => d[0] === '\\mu')).toEqual([['\\mu', 'the mean count per hour']]);
  });
});
