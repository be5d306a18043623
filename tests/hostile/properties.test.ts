// Property tests: documents generated from the format's pieces (headings, math with random TeX
// tokens, where-lists, stray $, fences, HTML). The parser and validator never throw, every
// diagnostic lies inside the file, and every equation's heading position slices back to it (in a
// document with no heading, named by its title, it is the empty span at the file's start).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCollection } from '../../src/parse/parse.js';
import { validateCollection } from '../../src/rules/validate.js';
import { expectInsideFile } from './positions.js';
import { PROPERTY_TIMEOUT } from '../property-timeout.js';
import { propertyRuns } from '../property-runs.js';

// 250 cases under `npm test`, 2,000 under FULL=1 (tests/property-runs.ts).
const RUNS = propertyRuns({ full: 2000, ci: 250 }, 'FORMULARY_PROPERTY_RUNS');

const texToken = fc.constantFrom(
  'x', 'y_i', '\\hat{y}', '^{(i)}', '\\frac{a}{b}', '\\sum_{i=1}^{N}', '{', '}', '\\alpha', '\\beta_1', '=', '+', '-',
  '\\left(', '\\right)', '\\begin{cases}', '\\end{cases}', '&', '\\\\', '\\text{ReLU}', '\\foo', '\\href{javascript:alert(1)}{x}',
  '\\def\\a{\\a\\a}\\a', '\\_', '\\*', '$', '%', '#', '^', '_', '\\', ' ', '\n', 'é', '<script>', '\\htmlData{a=b}{x}',
);
const tex = fc.array(texToken, { maxLength: 12 }).map((t) => t.join(''));
const words = fc.array(fc.constantFrom('the', 'learning', 'rate', 'is', 'of', '<b>', '</b>', '*', '_', '`', '[x](javascript:1)', '"><svg onload=1>', '\\(', '\\)', 'A', 'where:'), { maxLength: 8 }).map((w) => w.join(' '));
const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.option(fc.integer({ min: 0, max: 120 })), words).map(([level, n, name]) => `${'#'.repeat(level)} ${n === null ? '' : `${n}. `}${name}`);
const equation = fc.oneof(
  tex.map((t) => `$${t}$`),
  tex.map((t) => `$$\n${t}\n$$`),
  tex.map((t) => `\\[\n${t}\n\\]`),
  fc.tuple(tex, tex).map(([a, b]) => `$${a}$\n$${b}$`),
  tex, // no delimiters at all
);
const item = fc.oneof(
  fc.tuple(tex, words).map(([t, w]) => `- $${t}$ ${w}`),
  fc.tuple(tex, tex, words).map(([a, b, w]) => `* $${a}$, $${b}$ are ${w}`),
  words.map((w) => `+ ${w}`),
);
const where = fc.array(item, { maxLength: 5 }).map((items) => `where:\n\n${items.join('\n')}`);
const block = fc.oneof(
  fc.tuple(heading, equation, where).map(([h, e, w]) => `${h}\n${e}\n\n${w}`),
  heading,
  equation,
  where,
  words,
  fc.constantFrom('```', '~~~', '---', '<div>', '<script>alert(1)</script>', '!!! prompt', '    #### indented', '$', '\\[', '\r\n', '\uFEFF'),
);
const separator = fc.constantFrom('\n', '\n\n');
const document = fc.array(fc.tuple(block, separator), { maxLength: 10 }).map((parts) => parts.map(([b, s]) => b + s).join(''));

describe('parser and validator on generated documents', () => {
  it('never throw; diagnostics lie inside the file; heading positions slice back to the heading', () => {
    fc.assert(
      fc.property(document, (text) => {
        const { collection, diagnostics } = parseCollection({ path: 'gen.md', text });
        const all = [...diagnostics, ...validateCollection(collection, text)];
        expectInsideFile(all, text);
        for (const eq of collection.equations) {
          const { start, end } = eq.positions.heading;
          // The text before the first heading (all of a document without one) is a section named by its title
          // (issue 24, F6; trial 3, H1): no heading to slice back to, and its records come before every headed one.
          if (eq.headingLevel === 0) {
            expect([start.offset, end.offset]).toEqual([0, 0]);
            const firstHeaded = collection.equations.findIndex((e) => e.headingLevel > 0);
            expect(firstHeaded < 0 || collection.equations.indexOf(eq) < firstHeaded).toBe(true);
            expect(eq.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
            continue;
          }
          const slice = text.slice(start.offset, end.offset);
          expect(slice).toMatch(/^ {0,3}#{1,6}/);
          expect(eq.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        }
      }),
      { numRuns: RUNS },
    );
  }, PROPERTY_TIMEOUT);
});
