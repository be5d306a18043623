// README "Limits", spoken forms and images: a formula past MAX_MEDIA_FORMULA_CHARS gets no spoken
// form, no SVG and a text card (the Speech Rule Engine and MathJax grow with the length).
import { describe, expect, it } from 'vitest';
import { loadSpeaker } from '../../src/latex/speech.js';
import { MAX_MEDIA_FORMULA_CHARS } from '../../src/latex/limits.js';
import { equationImages } from '../../src/site/assets/equation-images.js';

/** A sum of `x` written in exactly `length` characters. */
const formula = (length: number) => `x${'+x'.repeat((length - 1) / 2)}`.padEnd(length, ' ');

describe('spoken forms and images: at most MAX_MEDIA_FORMULA_CHARS', () => {
  it(`${MAX_MEDIA_FORMULA_CHARS.toLocaleString('en-US')} characters are spoken; one more is not`, async () => {
    const speak = await loadSpeaker(null);
    const at = formula(MAX_MEDIA_FORMULA_CHARS);
    expect(at).toHaveLength(MAX_MEDIA_FORMULA_CHARS);
    expect(speak(at)).toMatch(/^x plus x plus/);
    expect(speak(`${at} `)).toBeNull();
  }, 60_000);

  it(`${MAX_MEDIA_FORMULA_CHARS.toLocaleString('en-US')} characters get an SVG and a formula card; one more a text card only`, () => {
    const typeset: string[] = [];
    const tools = {
      typeset: (latex: string) => {
        typeset.push(latex);
        return { svg: '<svg viewBox="0 0 10 10"></svg>', widthEx: 1, heightEx: 1, viewBox: [0, 0, 10, 10] as [number, number, number, number] };
      },
      png: () => new Uint8Array([1]),
    };
    const images = equationImages(tools, null);
    const input = (latex: string) => ({ name: 'Sum', latex, collection: 'C', description: 'a sum', renders: true });
    const at = formula(MAX_MEDIA_FORMULA_CHARS);
    expect(images(input(at))?.svg).not.toBeNull();
    expect(images(input(`${at} `))?.svg).toBeNull();
    expect(typeset).toEqual([at]);
  });
});
