// README "Limits", spoken forms and images: a formula past MAX_MEDIA_FORMULA_CHARS gets no spoken
// form, no SVG and a text card (the Speech Rule Engine and MathJax grow with the length).
import { describe, expect, it, vi } from 'vitest';
import { loadSpeaker, speaker } from '../../src/media/speech.js';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { LONG_MEDIA_FORMULA_CHARS, MAX_LONG_MEDIA_CHARS, MAX_MEDIA_FORMULA_CHARS, mediaAllowance } from '../../src/katex/limits.js';
import { equationImages } from '../../src/media/images.js';
import { HANG_LIMIT } from '../hang-limit.js';

// Hostile inputs take as long as a loaded machine needs: each test waits (HANG_LIMIT only ends a hang).
vi.setConfig({ testTimeout: HANG_LIMIT });

const ROOT = path.resolve(__dirname, '../..');

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

describe(`long formulas: media for ${MAX_LONG_MEDIA_CHARS.toLocaleString('en-US')} characters of them per build`, () => {
  /** `y_{i}=xx…x` in exactly `length` characters: distinct for each i. */
  const long = (length: number, i: number) => `y_{${i}}=${'x'.repeat(length - 5 - String(i).length)}`;

  it(`formulas of ${LONG_MEDIA_FORMULA_CHARS} characters or fewer always get media, however many`, () => {
    const short = Array.from({ length: 1_000 }, (_, i) => long(LONG_MEDIA_FORMULA_CHARS, i));
    expect(short.every((l) => l.length === LONG_MEDIA_FORMULA_CHARS)).toBe(true);
    const allow = mediaAllowance(short);
    expect(short.every(allow)).toBe(true);
  });

  it(`long formulas totalling ${MAX_LONG_MEDIA_CHARS.toLocaleString('en-US')} characters all get media; the next long one, and every later one, does not`, () => {
    const fit = Array.from({ length: MAX_LONG_MEDIA_CHARS / MAX_MEDIA_FORMULA_CHARS }, (_, i) => long(MAX_MEDIA_FORMULA_CHARS, i));
    const next = long(LONG_MEDIA_FORMULA_CHARS + 1, 100);
    const later = long(LONG_MEDIA_FORMULA_CHARS + 1, 101);
    const shortAfter = long(LONG_MEDIA_FORMULA_CHARS, 102);
    const allow = mediaAllowance([...fit, fit[0]!, next, later, shortAfter]);
    expect(fit.every(allow)).toBe(true);
    expect([next, later].map(allow)).toEqual([false, false]);
    expect(allow(shortAfter)).toBe(true);
  });

  it('the speaker and the images skip a formula the allowance leaves out', () => {
    const spoken: string[] = [];
    const sre = { setupEngine: async () => null, engineReady: async () => null, toSpeech: (mathml: string) => (spoken.push(mathml), 'spoken') };
    const allow = (latex: string) => latex === 'a';
    const speak = speaker(sre, null, undefined, allow);
    expect([speak('a'), speak('b')]).toEqual(['spoken', null]);
    expect(spoken).toHaveLength(1);
    const drawn: string[] = [];
    const tools = { typeset: (latex: string) => (drawn.push(latex), { svg: '<svg viewBox="0 0 10 10"></svg>', widthEx: 1, heightEx: 1, viewBox: [0, 0, 10, 10] as [number, number, number, number] }), png: () => new Uint8Array([1]) };
    const images = equationImages(tools, null, undefined, allow);
    const input = (latex: string) => ({ name: 'N', latex, collection: 'C', description: 'd', renders: true });
    expect(images(input('a'))?.svg).not.toBeNull();
    expect(images(input('b'))).toMatchObject({ svg: null, png: new Uint8Array([1]) });
    expect(drawn).toEqual(['a']);
  });

  it(`a build of 5 equations of 2,000 characters draws the first ${MAX_LONG_MEDIA_CHARS / MAX_MEDIA_FORMULA_CHARS} only, and gives the others a text card`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'formulary-long-media-'));
    try {
      const fit = MAX_LONG_MEDIA_CHARS / MAX_MEDIA_FORMULA_CHARS;
      const eqs = Array.from({ length: 5 }, (_, i) => `#### ${i + 1}. Sum ${i}\n$${long(MAX_MEDIA_FORMULA_CHARS, i)}$\n\nwhere:\n\n- $x$ is x\n- $y_{${i}}$ is y\n`);
      writeFileSync(path.join(dir, 'long.md'), `# Long\n\n${eqs.join('\n')}`);
      // Without speech, which costs tenths of a second for each of these (the speaker is tested above).
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/formulary.js'), 'build', 'long.md', '--out', 'dist', '--no-speech'], { cwd: dir, encoding: 'utf8' });
      expect(r.status).toBe(0);
      const page = (i: number) => readFileSync(path.join(dir, `dist/equations/sum-${i}/index.html`), 'utf8');
      const svg = (i: number) => existsSync(path.join(dir, `dist/equations/sum-${i}/equation.svg`));
      expect(svg(fit - 1)).toBe(true);
      expect(page(fit - 1)).toMatch(/equation\.svg/);
      expect(svg(fit)).toBe(false);
      expect(page(fit)).not.toMatch(/equation\.svg/);
      expect(existsSync(path.join(dir, `dist/equations/sum-${fit}/card.png`))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('an earlier formula grown long on a rebuild takes the budget from a later one: the rebuild redraws that one as a cold build would', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'formulary-long-media-rebuild-'));
    try {
      mkdirSync(path.join(dir, 'node_modules')); // the build cache lives there
      const fit = MAX_LONG_MEDIA_CHARS / MAX_MEDIA_FORMULA_CHARS;
      const eq = (i: number, length: number) => `#### Sum ${i}\n$${long(length, i)}$\n\nwhere:\n\n- $x$ is x\n- $y_{${i}}$ is y\n`;
      // A first equation, then `fit` long ones that spend the budget exactly.
      // Equation 0 shares no symbol with the others, so it is not among their related equations.
      const first = (length: number) => `#### Product\n$p=${'q'.repeat(length - 2)}$\n\nwhere:\n\n- $p$ is p\n- $q$ is q\n`;
      const write = (length: number) => writeFileSync(path.join(dir, 'long.md'), `# Long\n\n${[first(length), ...Array.from({ length: fit }, (_, i) => eq(i + 1, MAX_MEDIA_FORMULA_CHARS))].join('\n')}`);
      const build = (...flags: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/formulary.js'), 'build', 'long.md', '--no-speech', ...flags], { cwd: dir, encoding: 'utf8' });
      const svg = (out: string, i: number) => existsSync(path.join(dir, out, `equations/sum-${i}/equation.svg`));
      write(LONG_MEDIA_FORMULA_CHARS);
      expect(build('--out', 'dist').status).toBe(0);
      expect(svg('dist', fit)).toBe(true);
      // The first equation grows past 500 characters: it spends part of the budget, and the last one no longer fits.
      write(LONG_MEDIA_FORMULA_CHARS + 1);
      expect(build('--out', 'dist').status).toBe(0);
      expect(build('--out', 'cold', '--no-cache').status).toBe(0);
      expect(svg('cold', fit)).toBe(false);
      expect(svg('dist', fit)).toBe(false);
      const page = (out: string) => readFileSync(path.join(dir, out, `equations/sum-${fit}/index.html`), 'utf8');
      expect(page('dist')).toBe(page('cold'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
