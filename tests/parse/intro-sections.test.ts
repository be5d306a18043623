// What an author writes before the first equation reaches the site (trial 4, K18): sections that
// present no formula between the title and the first equation (an "Introduction", a glossary)
// are part of the introduction the home page shows, not dropped; sections after an equation stay
// that equation's content.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

describe('sections before the first equation', () => {
  it('are the introduction, with their headings; the text after an equation stays its content', () => {
    const text = [
      '# Chemical kinetics', '', 'A study guide.', '',
      '## Introduction', '', 'The rate constant is a crucial parameter of every reaction.', '',
      '## Core concepts', '', '- **Activation energy**: the barrier a reaction must cross.', '',
      '## Arrhenius equation', '', '$$k = A e^{-E_a / R T}$$', '',
      'where $k$ is the rate constant and $A$ the frequency factor.', '',
      '## Problem solving', '', 'Start from the units.', '',
    ].join('\n');
    const { collection } = parseCollection({ path: 'guide.md', text });
    expect(collection.intro).toBe(
      ['A study guide.', '', '## Introduction', '', 'The rate constant is a crucial parameter of every reaction.', '', '## Core concepts', '', '- **Activation energy**: the barrier a reaction must cross.'].join('\n'),
    );
    expect(collection.equations.map((e) => e.nameText)).toEqual(['Arrhenius equation']);
    expect(collection.equations[0]!.content?.map((b) => [b.place, b.markdown])).toEqual([['after', '## Problem solving\n\nStart from the units.']]);
  });

  it('keep a document without any equation whole in its introduction', () => {
    const text = ['# Notes', '', 'First part.', '', '## Later', '', 'Second part.', ''].join('\n');
    expect(parseCollection({ path: 'n.md', text }).collection.intro).toBe('First part.\n\n## Later\n\nSecond part.');
  });

  it("put a group heading's own text before the group's first equation, never after the previous group's last", () => {
    const text = [
      '# Losses and optimisers', '', '## Losses', '', 'Losses score a prediction.', '',
      '### Squared error', '', '$$L = (y - \\hat{y})^2$$', '',
      '## Optimisers', '', 'Optimisers move the weights.', '',
      '### Gradient step', '', '$$w \\leftarrow w - \\eta g$$', '',
    ].join('\n');
    const { collection } = parseCollection({ path: 'ml.md', text });
    expect(collection.intro).toBe('## Losses\n\nLosses score a prediction.');
    expect(collection.equations.map((e) => [e.nameText, e.content?.map((b) => [b.place, b.markdown]) ?? []])).toEqual([
      ['Squared error', []],
      ['Gradient step', [['before', '## Optimisers\n\nOptimisers move the weights.']]],
    ]);
  });
});
