// Place 5 of 7, the standalone SVG (MathJax): drawn from the expanded formula, which its
// description carries, so a slide gets the formula the page shows.
import { describe, expect, it } from 'vitest';
import { mechanicsSite, page } from './helpers.js';

describe('equation SVG with macros', () => {
  it('draws the formula that calls the macros', async () => {
    const files = await mechanicsSite();
    const svg = page(files, 'equations/kinetic-energy/equation.svg');
    expect(svg).toContain('<path');
    expect(/<desc id="desc">([^<]*)<\/desc>/.exec(svg)?.[1]).toBe(String.raw`K = \tfrac{1}{2} m \left\lVert \mathbf{v} \right\rVert^2`);
  }, 60_000);
});
