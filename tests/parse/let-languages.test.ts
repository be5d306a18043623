// "Let" in languages that need no "be" after the symbol (trial 2, G2): Spanish "Sea $r$ el
// vector …", French "Soit", Italian "Sia", Portuguese "Seja", German "Sei" define the symbol by
// the words after it; the word itself is never taken for the meaning.
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
