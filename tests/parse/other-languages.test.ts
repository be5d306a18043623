// Habits of other languages (trial 2): "let" with no "be" after the symbol (G2: Spanish "Sea $r$
// el vector …", French "Soit", Italian "Sia", Portuguese "Seja", German "Sei" define the symbol by
// the words after it; the word itself is never the meaning), and a bold label ending in the
// full-width colon of Chinese and Japanese (G5: `**单位向量：**` names the formula under it).
import { describe, expect, it } from 'vitest';
import { parseCollection } from '../../src/parse/parse.js';

const defs = (text: string) =>
  parseCollection({ path: 'notes.md', text }).collection.equations.map((e) => e.variables.map((v) => [v.symbols.join(','), v.description]));

describe('"let" without a verb', () => {
  it.each([
    ['Sea $r$ el vector de posición.', 'el vector de posición'],
    ['Soit $r$ le vecteur position.', 'le vecteur position'],
    ['Sia $r$ il vettore posizione.', 'il vettore posizione'],
    ['Seja $r$ o vetor posição.', 'o vetor posição'],
    ['Sei $r$ der Ortsvektor.', 'der Ortsvektor'],
  ])('%s', (sentence, meaning) => {
    const text = `# Notes\n\n## Position\n\n${sentence}\n\n$$r = v t$$\n`;
    expect(defs(text)).toEqual([[['r', meaning]]]);
  });
});

describe('a bold label with a full-width colon', () => {
  it('names the formula under it', () => {
    const text = ['# T', '', '## Vectors', '', '**Length:**', '', '$$L = \\sqrt{u^2 + v^2}$$', '', '**单位向量：**', '', '$$U = u / L$$', ''].join('\n');
    expect(parseCollection({ path: 'notes.md', text }).collection.equations.map((e) => e.nameText)).toEqual(['Length', '单位向量']);
  });
});

describe('a where-sentence that defines one symbol by an equation and the next by words (trial 1, F17)', () => {
  const vars = (text: string) =>
    parseCollection({ path: 'notes.md', text }).collection.equations[0]!.variables.map((v) => [v.symbols.join(','), v.description, v.definedAs ?? null]);

  it('gives each symbol its own definition, never the other one’s meaning', () => {
    const text = ['# Q', '', '## Sojourn', '', '$$W = \\frac{1 + \\rho}{\\mu - \\lambda}$$', '', 'where $\\rho = \\lambda / \\mu$ and $\\mu$ is the service rate.', ''].join('\n');
    expect(vars(text)).toEqual([
      ['\\rho', '', '\\lambda / \\mu'],
      ['\\mu', 'the service rate', null],
    ]);
  });
});
