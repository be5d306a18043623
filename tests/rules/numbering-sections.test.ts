// Trial 4, K16: an LLM answer numbers its sections (`### 3. Setting the slope to zero`, whose
// formula stands under `#### Steps`), not its equations: no `numbering` warning for the gap the
// formula-less section leaves, and no `heading-level` warning for the sub-step heading. A numbered
// equation heading with nothing under it is still a lost equation, and a gap is still reported.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES } from '../core/helpers.js';

async function rules(file: string) {
  const project = await loadProject([path.join(FIXTURES, file)]);
  return {
    headingNumbers: project.collections[0]!.collection.headingNumbers,
    found: project.diagnostics.filter((d) => d.ruleId === 'numbering' || d.ruleId === 'heading-level' || d.ruleId === 'heading-without-equation').map((d) => `${d.line}:${d.column} ${d.ruleId}`),
  };
}

describe('numbered section headings (K16)', () => {
  it('are no equation numbers when a numbered heading holds no formula but its sub-heading does', async () => {
    const { headingNumbers, found } = await rules('reader/llm-answer-numbered-sections.md');
    expect(headingNumbers).toBe('sections');
    expect(found).toEqual([]);
  });

  it('still number equations when the numbered heading without a formula has nothing under it (a lost equation)', async () => {
    const { headingNumbers, found } = await rules('real-world/heat-transfer-numbered.md');
    expect(headingNumbers).toBeUndefined();
    expect(found).toEqual(['120:10 heading-without-equation', '124:6 numbering']);
  });

  it('still report a gap in numbered equation headings', async () => {
    const { headingNumbers, found } = await rules('rules/numbering.md');
    expect(headingNumbers).toBeUndefined();
    expect(found).toEqual(['11:6 numbering']);
  });
});
