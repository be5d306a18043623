// A display right after "where:" / "其中:" / "参数:" that defines its left-hand side by a formula
// (`$$w = \frac{B}{…}$$`) is an equation of its own, not a where-item with an empty meaning that
// then lands on every formula of the section (trial 7, P18). A real where-list is still one.
import { describe, expect, it } from 'vitest';
import { parseFixture } from '../core/helpers.js';

describe('a defining display after a where-introduction', () => {
  it('is its own record; no formula gets an empty meaning', () => {
    const { collection } = parseFixture('reader/defining-displays.md');
    expect(collection.equations.map((e) => [e.slug, e.latex.slice(0, 6), e.positions.equation?.start.line])).toEqual([
      ['gain', 'G = \\f', 5],
      ['gain-2', 'w = \\f', 8],
      ['phase-error', 'P = \\f', 14],
      ['phase-error-2', 's = \\f', 17],
      ['loss', 'L = 10', 21],
    ]);
    const empty = collection.equations.flatMap((e) => e.variables.filter((v) => !v.description.trim()).map((v) => [e.slug, v.symbols]));
    expect(empty).toEqual([]);
    expect(collection.equations[4]!.variables.map((v) => [v.symbols, v.description])).toEqual([
      [['P_t'], 'the transmitted power'],
      [['P_r'], 'the received power'],
    ]);
  });
});
