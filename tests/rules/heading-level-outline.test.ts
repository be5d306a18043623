// heading-level holds a numbered sequence to its level (`#### 17. Name`); an outline with formulas
// under chapters and sections (`##` and `###`) is the author's own structure (trial 2, G11).
import { describe, expect, it } from 'vitest';
import { validateCollection } from '../../src/rules/validate.js';
import { parseCollection } from '../../src/parse/parse.js';

const rules = (text: string): string[] => {
  const { collection } = parseCollection({ path: 'notes.md', text });
  return validateCollection(collection, text).map((d) => d.ruleId);
};

describe('heading-level', () => {
  it('is quiet on an outline of chapters and sections', () => {
    const text = ['# Notes', '', '## Kinematics', '', '$$v = a t$$', '', '### Free fall', '', '$$h = \\tfrac12 g t^2$$', '', '### Projectiles', '', '$$x = v t$$', ''].join('\n');
    expect(rules(text)).not.toContain('heading-level');
  });

  it('reports a numbered heading at another level than the numbered sequence', () => {
    const text = ['# Notes', '', '#### 1. Speed', '$v = d / t$', '', '#### 2. Force', '$F = m a$', '', '### 3. Work', '$W = F d$', ''].join('\n');
    expect(rules(text)).toContain('heading-level');
  });
});
