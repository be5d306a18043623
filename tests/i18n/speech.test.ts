import { describe, expect, it } from 'vitest';
import { loadSre, speechKey, speechLocale } from '../../src/media/speech.js';

const MATHML = '<math><mi>F</mi><mo>=</mo><mi>m</mi><mi>a</mi></math>';

describe('speech in the site language', () => {
  it("uses the Speech Rule Engine's locale where it ships one, English ClearSpeak otherwise", () => {
    expect(speechLocale('fr-CA')).toBe('fr');
    expect(speechLocale('de')).toBe('de');
    expect(speechLocale('zh')).toBe('en');
    expect(speechLocale('ar')).toBe('en');
    expect(speechLocale(undefined)).toBe('en');
  });

  it('speaks French and German formulas in French and German', async () => {
    expect((await loadSre('fr')).toSpeech(MATHML)).toMatch(/égale/);
    expect((await loadSre('de')).toSpeech(MATHML)).toMatch(/gleich/);
    expect((await loadSre('en')).toSpeech(MATHML)).toBe('F equals m a');
  });

  it('keeps the English cache keys of before, and gives each locale its own', () => {
    expect(speechKey('x', true)).toBe(speechKey('x', true, 'en'));
    expect(speechKey('x', true, 'fr')).not.toBe(speechKey('x', true));
  });
});
