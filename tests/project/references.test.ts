// `check` on references between equations (issue 25): a broken one is an error at its own
// line:column with a suggestion, a name two equations share is a warning, a MathJax-style
// \label/\eqref document is clean, and `unused-label` speaks only when the config turns it on.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES, textAt } from '../core/helpers.js';

const fixture = (name: string): string => path.join(FIXTURES, 'references', `${name}.md`);
const REFERENCE_RULES = ['unknown-reference', 'ambiguous-reference', 'unused-label'];
const referenceFindings = async (name: string, rules = {}) => {
  const project = await loadProject([fixture(name)], process.cwd(), { rules });
  return project.diagnostics.filter((d) => REFERENCE_RULES.includes(d.ruleId));
};

describe('check: references', () => {
  it('builds a MathJax-style \\label/\\eqref document with 0 errors and every reference resolved', async () => {
    const project = await loadProject([fixture('mathjax-style')]);
    expect(project.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(project.collections[0]!.collection.references?.map((r) => r.target)).toEqual(['eq:gravity', 'eq:speed', 'eq:gravity']);
    expect(await referenceFindings('mathjax-style')).toEqual([]);
  });

  it('reports a mistyped reference at its exact line:column with a "did you mean"', async () => {
    const found = await referenceFindings('broken');
    const unknown = found.filter((d) => d.ruleId === 'unknown-reference');
    expect(unknown.map((d) => [d.line, d.column, d.severity])).toEqual([[36, 76, 'error']]);
    expect(textAt(readFileSync(fixture('broken'), 'utf8'), 36, 76, 26)).toBe('\\eqref{gradient-decsent}.');
    expect(unknown[0]!.message).toContain('did you mean "Gradient descent"');
  });

  it('warns when a name matches two equations, and resolves names, numbers, ids and [[id|text]] without a word', async () => {
    const found = await referenceFindings('broken');
    expect(found.filter((d) => d.ruleId !== 'unknown-reference').map((d) => [d.ruleId, d.line, d.severity])).toEqual([['ambiguous-reference', 37, 'warning']]);
  });

  it('reads no reference in code or math', async () => {
    const project = await loadProject([fixture('broken')]);
    expect(project.collections[0]!.collection.references?.map((r) => [r.syntax, r.target])).toEqual([
      ['wiki', 'Gradient descent'],
      ['wiki', '2'],
      ['wiki', 'gd'],
      ['eqref', 'gradient-decsent'],
      ['wiki', 'Momentum'],
    ]);
  });

  it('reports unused-label only when the config turns it on', async () => {
    expect((await referenceFindings('unused-label')).filter((d) => d.ruleId === 'unused-label')).toEqual([]);
    const on = await referenceFindings('unused-label', { 'unused-label': 'warn' });
    expect(on.map((d) => [d.ruleId, d.line, d.message])).toEqual([['unused-label', 3, 'Nothing refers to the label "spare"']]);
  });
});

describe('check: conflicting-meaning', () => {
  it('names both meanings of a symbol the collection gives two, once, where turned on; one meaning worded twice is no conflict', async () => {
    const file = path.join(FIXTURES, 'references', 'conflicting-meaning.md');
    const off = await loadProject([file]);
    expect(off.diagnostics.filter((d) => d.ruleId === 'conflicting-meaning')).toEqual([]);
    const on = await loadProject([file], process.cwd(), { rules: { 'conflicting-meaning': 'warn' } });
    const found = on.diagnostics.filter((d) => d.ruleId === 'conflicting-meaning');
    expect(found.map((d) => [d.line, d.message])).toEqual([
      [19, '$\\eta$ has 2 meanings in this collection: "the learning rate" (1. Gradient step); "the natural parameter" (2. Exponential family)'],
    ]);
  });
});
