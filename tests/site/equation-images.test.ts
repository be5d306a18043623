// The equation images without a browser: MathJax's SVG, the card, and the text card for a
// formula that cannot be shown.
import { describe, expect, it } from 'vitest';
import { loadEquationImages } from '../../src/media/images.js';
import { cardSvg, wrapText } from '../../src/media/og-card.js';
import { katexBox, withKatexRows } from '../../src/media/mathjax-katex.js';
import { typeset } from '../../src/katex/render.js';

/** The viewBox of an SVG: [minX, minY, width, height]. */
function viewBox(svg: string): number[] {
  return (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(/\s+/).map(Number);
}

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

  it('draws chemistry (mhchem) with paths, its arrows included, like KaTeX on the page', async () => {
    const make = await loadEquationImages(null);
    for (const latex of [String.raw`\ce{2H2 + O2 -> 2H2O}`, String.raw`\ce{N2 + 3H2 <=> 2NH3}`, String.raw`\Delta H = \pu{-286 kJ/mol}`]) {
      const out = make({ ...text, latex, renders: true });
      expect(out.svg, latex).toContain('<path');
      expect(out.svg, latex).not.toMatch(/<text|merror/);
    }
    // The reaction arrow is a glyph of MathJax's mhchem font extension: without it the SVG would
    // fall back to <text> (a font the reader may not have).
    const arrow = make({ ...text, latex: String.raw`\ce{A <=> B}`, renders: true });
    expect(viewBox(arrow.svg!)[2]).toBeGreaterThan(3000);
  }, 30_000);

  it("gives the SVG at least the box KaTeX lays the formula out in (cases: KaTeX's 3 em brace)", async () => {
    const make = await loadEquationImages(null);
    for (const latex of [String.raw`f(z) = \begin{cases} z & z \ge 0\\ \alpha z & z < 0 \end{cases}`, String.raw`\mu = \frac{1}{m}\sum_{i=1}^{m} x_i`, String.raw`\sigma'(z) = \sigma(z)\big(1-\sigma(z)\big)`]) {
      const box = katexBox(typeset(latex, { display: true }).html ?? '')!;
      const [, minY, , height] = viewBox(make({ ...text, latex, renders: true }).svg!);
      // Height within 2% of KaTeX's (never cut, and no more than MathJax's ink needs).
      expect(-minY / 1000, latex).toBeCloseTo(box.ascent, 1);
      expect(height / 1000 / (box.ascent + box.descent), latex).toBeGreaterThan(0.98);
      expect(height / 1000 / (box.ascent + box.descent), latex).toBeLessThan(1.02);
    }
  }, 30_000);

  it("ends each row of cases and aligned with KaTeX's strut, and skips an empty last row", () => {
    const strut = String.raw`\rule[-0.432em]{0em}{1.44em}`;
    expect(withKatexRows(String.raw`\begin{cases} 1 & x \\ {a \\ b} & y \end{cases}`)).toBe(String.raw`\begin{cases} 1 & x ${strut}\\ {a \\ b} & y ${strut}\end{cases}`);
    expect(withKatexRows(String.raw`\begin{aligned} a &= b \\ \end{aligned}`)).toBe(String.raw`\begin{aligned} a &= b \rule[-0.36em]{0em}{1.2em}\\ \end{aligned}`);
    expect(withKatexRows(String.raw`\begin{pmatrix} a \\ b \end{pmatrix}`)).toBe(String.raw`\begin{pmatrix} a \\ b \end{pmatrix}`);
  });

  it('escapes the text of a card and clips long names', () => {
    const svg = cardSvg({ ...text, name: 'a '.repeat(100) }, null);
    expect(svg).toContain('Deep &#38; Learning');
    expect(svg).toContain('Adam, where m is the first moment.');
    expect(wrapText('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
  });
});
