import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/pipeline/project.js';
import { detectLanguage, documentLanguage, frontMatterLang } from '../../src/parse/language.js';

/** Every equation of each fixture with the symbols its where-list defines, in the document's own words. */
const EXPECTED: Record<string, { lang: string; equations: Array<[slug: string, symbols: string[]]> }> = {
  'fr-mecanique.md': {
    lang: 'fr',
    equations: [
      ['deuxieme-loi-de-newton', ['\\vec{F}', 'm', '\\vec{a}']],
      ['energie-cinetique', ['E_c', 'm', 'v']],
      ['quantite-de-mouvement', ['\\vec{p}', 'm', '\\vec{v}']],
    ],
  },
  'de-elektrotechnik.md': {
    lang: 'de',
    equations: [
      ['ohmsches-gesetz', ['U', 'R', 'I']],
      ['elektrische-leistung', ['P', 'U', 'I']],
      ['reihenschaltung-von-widerstanden', ['R_{ges}', 'R_1', 'R_2']],
    ],
  },
  'es-termodinamica.md': {
    lang: 'es',
    equations: [
      ['ley-de-los-gases-ideales', ['P', 'V', 'n', 'R', 'T']],
      ['calor-sensible', ['Q', 'm', 'c', '\\Delta T']],
      ['primera-ley-de-la-termodinamica', ['\\Delta U', 'Q', 'W']],
    ],
  },
  'pt-circuitos.md': {
    lang: 'pt',
    equations: [
      ['lei-de-ohm', ['V', 'R', 'I']],
      ['potencia-dissipada', ['P', 'R', 'I']],
      ['carga-de-um-capacitor', ['Q', 'C', 'V']],
    ],
  },
  'it-ottica.md': {
    lang: 'it',
    equations: [
      ['legge-di-snell', ['n_1', 'n_2', '\\theta_1', '\\theta_2']],
      ['equazione-delle-lenti-sottili', ['f', 'p', 'q']],
      ['ingrandimento-lineare', ['G', 'q', 'p']],
    ],
  },
  'zh-机器学习.md': {
    lang: 'zh',
    equations: [
      ['梯度下降', ['\\theta_t', '\\eta', 'L']],
      ['均方误差', ['n', 'y_i', '\\hat{y}_i']],
      ['交叉熵损失', ['p_k', 'q_k']],
    ],
  },
  'ar-كهرباء.md': {
    lang: 'ar',
    equations: [
      ['قانون-أوم', ['V', 'I', 'R']],
      ['القدرة-الكهربائية', ['P', 'V', 'I']],
    ],
  },
  'ja-電磁気学.md': {
    lang: 'ja',
    equations: [
      ['クーロンの法則', ['F', 'k', 'q_1', 'q_2', 'r']],
      ['電場の強さ', ['E', 'F', 'q']],
      ['静電エネルギー', ['U', 'C', 'V']],
    ],
  },
};

describe('documents in French, German, Spanish, Portuguese, Italian, Chinese and Japanese', async () => {
  const project = await loadProject(['tests/fixtures/i18n'], process.cwd(), {});
  const byFile = new Map(project.collections.map((c) => [c.file.path.replace(/^.*\//, ''), c]));

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: read in ${expected.lang}, every symbol defined, each equation its own readable URL`, () => {
      const loaded = byFile.get(file)!;
      expect(loaded.collection.lang).toBe(expected.lang);
      const got = loaded.collection.equations.map((eq) => [eq.slug, eq.variables.flatMap((v) => v.symbols)]);
      expect(got).toEqual(expected.equations);
      for (const eq of loaded.collection.equations) expect(eq.variables.every((v) => v.description.length > 0)).toBe(true);
      const problems = project.diagnostics.filter((d) => d.file.endsWith(file) && d.severity !== 'info');
      expect(problems).toEqual([]);
    });
  }

  it('drop the separator from the description: "est", "ist", "是", "は" are not part of the meaning', () => {
    const descriptions = (file: string) => byFile.get(file)!.collection.equations.flatMap((eq) => eq.variables.map((v) => v.description));
    expect(descriptions('fr-mecanique.md')).toContain('la masse du corps (kg)');
    expect(descriptions('de-elektrotechnik.md')).toContain('die elektrische Spannung in Volt');
    expect(descriptions('zh-机器学习.md')).toContain('学习率');
    expect(descriptions('ja-電磁気学.md')).toContain('クーロン定数');
  });
});

describe('the document language', () => {
  it('is the front matter, else a config that is not English, else detected', () => {
    expect(frontMatterLang('---\ntitle: x\nlang: de\n---\n# T')).toBe('de');
    expect(documentLanguage('---\nlang: pt-BR\n---\n# T', 'fr')).toBe('pt-BR');
    expect(documentLanguage('# Title\n\nThe force is the mass times the acceleration.', 'es')).toBe('es');
    expect(documentLanguage(readFileSync('tests/fixtures/i18n/fr-mecanique.md', 'utf8'), 'en')).toBe('fr');
  });

  it('is English for the seed (nothing of its reading changes)', () => {
    expect(detectLanguage(readFileSync('content/deep-learning-equations.md', 'utf8'))).toBeNull();
  });

  it('still reads English where-lists in a document of another language', async () => {
    const project = await loadProject(['tests/fixtures/format'], process.cwd(), { lang: 'fr' });
    const english = await loadProject(['tests/fixtures/format'], process.cwd(), {});
    const defs = (p: typeof project) => p.collections.map((c) => c.collection.equations.map((eq) => eq.variables.map((v) => v.symbols.join(','))));
    expect(defs(project)).toEqual(defs(english));
  });
});
