import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSidecar } from './check-sidecar.js';
import { collection, equation } from './helpers.js';

const names = ['Mean Squared Error (MSE)', 'Adam Optimizer', 'Bayes’ Rule', '2D Convolution', 'Leaky ReLU', 'Tanh Function', 'KL Divergence'];
const seed = collection(names.map((n, i) => equation(i + 1, n, 10 * (i + 1))));

describe('parseTopicsSidecar (property)', () => {
  it('gives back any assignment of equations to topics, whichever way each item is written', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: names.length, maxLength: names.length }),
        fc.array(fc.constantFrom('name', 'number', 'both', 'upper'), { minLength: names.length, maxLength: names.length }),
        (topicIndex, forms) => {
          const lines: string[] = [];
          const expected: string[][] = [[], [], [], []];
          for (let t = 0; t < 4; t++) {
            lines.push(`## Topic ${t}`);
            seed.equations.forEach((eq, i) => {
              if (topicIndex[i] !== t) return;
              const form = forms[i];
              const text =
                form === 'name' ? eq.name : form === 'number' ? String(eq.number) : form === 'both' ? `${eq.number}. ${eq.name}` : eq.name.toUpperCase();
              lines.push(`- ${text}`);
              expected[t]?.push(eq.slug);
            });
          }
          const { topics, diagnostics } = checkSidecar({ path: 's.topics.md', text: lines.join('\n') }, seed);
          expect(diagnostics).toEqual([]);
          expect(topics.map((t) => t.equations)).toEqual(expected.filter((e) => e.length > 0));
        },
      ),
    );
  });
});
