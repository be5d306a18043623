// Headings that carry pandoc sub/superscripts or inline math (brief defs13, shape 5): the record's
// name and slug read "L2 regularisation", never a `~`, a pandoc `^` or a raw `$`; a `~` with spaces
// (a tilde of prose) and GFM strikethrough stay as written.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';
import { slugify } from '../../src/slug.js';
import { withoutPandocScripts } from '../../src/parse/heading-scripts.js';

const names = (headings: string[]) => {
  const text = ['# Notes', '', ...headings.flatMap((h, k) => [h, '', `$$y_${k} = x$$`, ''])].join('\n');
  return parseCollection({ path: 'notes.md', text }).collection.equations.map((e) => [e.name, e.nameText, slugify(e.nameText)]);
};

describe('pandoc sub- and superscripts in a heading', () => {
  it('"### L~2~ regularisation", "### E = mc^2^", "### H~2~O flow"', () => {
    expect(names(['### L~2~ regularisation', '### E = mc^2^', '### H~2~O flow'])).toEqual([
      ['L2 regularisation', 'L2 regularisation', 'l2-regularisation'],
      ['E = mc2', 'E = mc2', 'e-mc2'],
      ['H2O flow', 'H2O flow', 'h2o-flow'],
    ]);
  });
  it('"#### The $L^2$ norm" keeps its math as math; the slug reads l2', () => {
    expect(names(['#### The $L^2$ norm'])).toEqual([['The $L^2$ norm', 'The L^2 norm', 'the-l2-norm']]);
  });
  it('a tilde with spaces, a strikethrough and math are left as written', () => {
    expect(withoutPandocScripts('x ~ y and ~~old~~ name')).toBe('x ~ y and ~~old~~ name');
    expect(withoutPandocScripts('The $a^b^c$ case and C~p~')).toBe('The $a^b^c$ case and Cp');
  });
});
