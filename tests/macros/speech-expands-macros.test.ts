// Place 6 of 7, speech (MathJax and the Speech Rule Engine): the spoken form is the expanded
// formula's, "bold v", not the letters of a macro's name.
import { describe, expect, it } from 'vitest';
import { mechanicsSite, page } from './helpers.js';

describe('spoken formulas with macros', () => {
  it('speaks the expanded formula and its where-items', async () => {
    const files = await mechanicsSite();
    const velocity = page(files, 'equations/velocity/index.html');
    const label = /class="formula-box"[^>]*aria-label="([^"]*)"/.exec(velocity)?.[1] ?? '';
    expect(label).toMatch(/^Formula of Velocity: bold v equals/);
    expect(label).toContain('bold v: the velocity');
    expect(label).not.toMatch(/vect|deriv/);
  }, 60_000);
});
