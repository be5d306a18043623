// The spoken form of a formula (Speech Rule Engine over KaTeX's MathML), without a browser.
import { describe, expect, it } from 'vitest';
import { loadSpeaker } from '../../src/media/speech.js';

describe('speech', () => {
  it('speaks display and inline LaTeX, and gives null for LaTeX KaTeX refuses', async () => {
    const speak = await loadSpeaker(null);
    expect(speak(String.raw`\theta \leftarrow \theta - \eta \frac{a}{b}`)).toBe('theta left arrow theta minus eta a over b');
    expect(speak(String.raw`\eta`, false)).toBe('eta');
    expect(speak(String.raw`\frac{`)).toBeNull();
  }, 30_000);
});
