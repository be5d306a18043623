// A lead-in that names a formula's left side ("The final velocity of the cart is" then `v_f = …`)
// defines that formula only: a later formula of the section that writes another symbol of the same
// letter (`v_i`) does not take `v_f`'s name, while one that writes `v_f` itself still does.
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

const parse = (body: string) => parseCollection({ path: 'notes.md', text: `# Notes\n\n## Part\n\n${body}\n` }).collection.equations;
const defs = (body: string) => parse(body).map((eq) => eq.variables.map((v) => [v.symbols.join(', '), v.description]));

describe('a copula lead-in naming the left side', () => {
  it('stays on its formula when a sentence stands before the next one', () => {
    const body = 'The top speed of the sled is\n\n$$\nv_f = v_i + a t\n$$\n\nThe distance covered meanwhile comes next.\n\n$$\n\\Delta x = v_i t + \\tfrac12 a t^2\n$$';
    expect(defs(body)).toEqual([[['v_f', 'top speed of the sled']], []]);
  });

  it('stays on its formula when the next display follows directly', () => {
    const body = 'The top speed of the sled is\n\n$$\nv_f = v_i + a t\n$$\n\n$$\n\\Delta x = v_i t + \\tfrac12 a t^2\n$$';
    expect(defs(body)).toEqual([[['v_f', 'top speed of the sled']], []]);
  });

  it('is still shared with a later formula that writes the very symbol', () => {
    const body = 'The top speed of the sled is\n\n$$\nv_f = v_i + a t\n$$\n\n$$\nK = \\tfrac12 m v_f^2\n$$';
    expect(defs(body)).toEqual([[['v_f', 'top speed of the sled']], [['v_f', 'top speed of the sled']]]);
  });
});
