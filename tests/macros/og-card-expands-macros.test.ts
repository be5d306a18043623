// Place 7 of 7, the Open Graph card: it shows the typeset formula (a card with the formula, not
// the text card of a formula that cannot be drawn).
import { describe, expect, it } from 'vitest';
import { loadEquationImages } from '../../src/media/images.js';
import { mechanicsSite } from './helpers.js';

describe('Open Graph card with macros', () => {
  it('draws the formula on the card', async () => {
    const files = await mechanicsSite();
    const card = files.get('equations/velocity/card.png');
    expect(card).toBeInstanceOf(Uint8Array);
    // The same card with the formula's text refused is the text card: the site's is not that.
    const make = await loadEquationImages(null);
    const textCard = make({ name: 'Velocity', collection: 'Mechanics with macros', description: '', latex: String.raw`\mathbf{v}`, renders: false })!.png;
    expect(Buffer.from(card as Uint8Array).equals(Buffer.from(textCard))).toBe(false);
    const drawn = make({ name: 'Velocity', collection: 'Mechanics with macros', description: '', latex: String.raw`\vect{v}`, renders: true })!;
    // Unexpanded, the macro cannot be drawn: what the card would be without the expansion.
    expect(drawn.svg).toBeNull();
  }, 60_000);
});
