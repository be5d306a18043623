// Worked steps of a school solution carry their units (trial 2, G6): `v^2 = 2 (9.81 m/s^2)(12 m)
// = 235.44 m^2/s^2` after `v^2 = 2 g h` computes that equation with numbers; it is no new equation.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { parseCollection } from '../../src/parse/parse.js';
import { FIXTURES } from '../core/helpers.js';

describe('worked steps whose numbers carry units', () => {
  it('are substitutions of the equation before them, glued (`15,3m/s`), spaced (`12 m`) or as `\\text{m}`', async () => {
    const project = await loadProject([path.join(FIXTURES, 'reader', 'worked-steps-with-units.md')]);
    const records = project.collections[0]!.collection.equations.map((e) => [e.nameText, e.latex]);
    expect(records).toEqual([
      ['Drop from a roof', 'v^2 = 2 g h'],
      ['Fall time', 't = \\sqrt{\\frac{2h}{g}}'],
      ['Height after a time', 'y = y_0 - \\tfrac{1}{2} g t^2'],
      // Letters after a number joined by spaces are symbols, not units: a new equation.
      ['Height after a time (2)', 'y = 2 g t'],
    ]);
    expect(project.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('numbers put into an expression an earlier equation writes on its left (`\\ln(K_2/K_1) = …`) are a substitution; an expression no equation wrote is an equation (trial 4, K4)', () => {
    const text = [
      '# Kinetics', '', '## Ratio', '',
      '$$ \\ln\\left(\\frac{K_2}{K_1}\\right) = -\\frac{H}{R} \\left(\\frac{1}{T_2} - \\frac{1}{T_1}\\right) $$', '',
      'Plugging in values:', '',
      '$$ \\ln\\Big(\\frac{K_2}{K_1}\\Big) = -\\frac{50000}{8.314} \\left(\\frac{1}{350} - \\frac{1}{300}\\right) $$', '',
      '$$ \\frac{K_2}{K_1} = e^{0.1718} $$', '',
      '## Other', '',
      '$$ \\frac{p}{q} = 0.25 $$', '',
    ].join('\n');
    const latex = parseCollection({ path: 'k.md', text }).collection.equations.map((e) => e.latex.trim());
    expect(latex).toEqual(['\\ln\\left(\\frac{K_2}{K_1}\\right) = -\\frac{H}{R} \\left(\\frac{1}{T_2} - \\frac{1}{T_1}\\right)', '\\frac{p}{q} = 0.25']);
  });
});
