// The equation images without a browser: MathJax's SVG, the card, and the text card for a
// formula that cannot be shown.
import { describe, expect, it } from 'vitest';
import { loadEquationImages } from '../../src/site/assets/equation-images.js';
import { cardSvg, wrapText } from '../../src/site/assets/og-card.js';

function ihdr(png: Uint8Array): [number, number] {
  const b = Buffer.from(png);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

const text = { name: 'Adam <Optimizer>', collection: 'Deep & Learning', description: 'Adam, where m is the first moment.' };

describe('equation images', () => {
  it('makes a titled SVG and a 1200×630 card from the LaTeX', async () => {
    const make = await loadEquationImages(null);
    const out = make({ ...text, latex: String.raw`\theta \leftarrow \theta - \eta \frac{\hat m}{\sqrt{\hat v}+\epsilon}`, renders: true });
    expect(out.svg).toContain('<title id="title">Adam &#60;Optimizer&#62;</title>');
    expect(out.svg).toContain('<desc id="desc">\\theta \\leftarrow');
    expect(out.svg).toContain('<path');
    expect(out.svg).not.toMatch(/<text|<use|font-family/);
    expect(ihdr(out.png)).toEqual([1200, 630]);
  }, 30_000);

  it('gives no SVG and a text card when the formula cannot be typeset', async () => {
    const make = await loadEquationImages(null);
    const unknown = make({ ...text, latex: String.raw`\nosuchcommand{x}`, renders: true });
    expect(unknown.svg).toBeNull();
    expect(ihdr(unknown.png)).toEqual([1200, 630]);
    const refused = make({ ...text, latex: 'x', renders: false });
    expect(refused.svg).toBeNull();
  }, 30_000);

  it('escapes the text of a card and clips long names', () => {
    const svg = cardSvg({ ...text, name: 'a '.repeat(100) }, null);
    expect(svg).toContain('Deep &#38; Learning');
    expect(svg).toContain('Adam, where m is the first moment.');
    expect(wrapText('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
  });
});
