// Every rule's examples are its tests (remark-lint's "examples are the docs"): for each entry of
// the registry, `check` on its docs' failing example reports that rule, with its default
// severity, first at the stated file:line:column; on its passing example, not at all.
// docs/rules/<id>.md shows the same two examples.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/registry.js';
import { EXAMPLE_FILE } from '../../src/rules/rule.js';
import { checkExample } from './check-example.js';

const where = (d: { file: string; line: number; column: number }): string => `${d.file}:${d.line}:${d.column}`;

describe.each(RULES.map((rule) => ({ id: rule.id, rule })))('$id', ({ rule }) => {
  const failing = rule.docs.failing;
  it(`is reported at ${failing.file ?? EXAMPLE_FILE}:${failing.line}:${failing.column} in the failing example`, async () => {
    const diagnostics = await checkExample(failing);
    const hits = diagnostics.filter((d) => d.ruleId === rule.id);
    expect(hits.map(where), JSON.stringify(diagnostics.slice(0, 5), null, 1)).toContain(where({ file: failing.file ?? EXAMPLE_FILE, line: failing.line, column: failing.column }));
    expect(where(hits[0]!)).toBe(where({ file: failing.file ?? EXAMPLE_FILE, line: failing.line, column: failing.column }));
    expect(hits[0]!.severity).toBe(rule.severity);
  });
  it('is not reported in the passing example', async () => {
    const diagnostics = await checkExample(rule.docs.passing);
    expect(diagnostics.filter((d) => d.ruleId === rule.id)).toEqual([]);
  });
});

describe('the registry', () => {
  it('has 47 rules, each id once, each with a summary and the four parts of its docs', () => {
    expect(RULES).toHaveLength(47);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) for (const text of [r.summary, r.docs.catches, r.docs.why, r.docs.fix]) expect(text.trim().length, r.id).toBeGreaterThan(10);
  });
});
