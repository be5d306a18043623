// Place 2 of 7, the pages: the formula, its where-list and the home list are typeset with the
// collection's macros (no red source), and the preamble block shows nothing.
import { describe, expect, it } from 'vitest';
import { mechanicsSite, page } from './helpers.js';

describe('equation pages with macros', () => {
  it('typesets the formula and its where-items with the macros expanded', async () => {
    const files = await mechanicsSite();
    const velocity = page(files, 'equations/velocity/index.html');
    expect(velocity).not.toContain('math-error');
    expect(velocity).toContain('mathbf');
    // `$\vect{v} \in \RR^3$` in the where-list: markdown math, typeset by the page with the document's macros.
    const where = /<ul class="where-list">[^]*?<\/ul>/.exec(velocity)?.[0] ?? '';
    expect(where).toContain('mathbb');
    expect(where).not.toContain('\\vect');
    const home = page(files, 'index.html');
    expect(home).not.toContain('math-error');
    expect(home).not.toContain('newcommand');
    expect(page(files, 'equations/trace-of-the-stress/index.html')).toContain('>Tr<');
  }, 60_000);
});
