// One fixture per rule (tests/fixtures/rules/<rule-id>.md): the rule fires with the right
// severity at the exact line and column; clean.md (full of near misses) triggers none of them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadProject } from '../../src/pipeline/project.js';
import { FIXTURES, textAt } from './helpers.js';

interface Case {
  fixture: string;
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  line: number;
  column: number;
  /** The text that must start at line:column. */
  at: string;
}

const cases: Case[] = [
  { fixture: 'katex-error', ruleId: 'katex-error', severity: 'error', line: 4, column: 18, at: '$' },
  { fixture: 'katex-error-command', ruleId: 'katex-error', severity: 'error', line: 4, column: 6, at: '\\foo' },
  { fixture: 'katex-strict', ruleId: 'katex-strict', severity: 'warning', line: 4, column: 6, at: 'é' },
  { fixture: 'untrusted-command', ruleId: 'untrusted-command', severity: 'error', line: 4, column: 6, at: '\\href' },
  { fixture: 'markdown-escape-in-math', ruleId: 'markdown-escape-in-math', severity: 'error', line: 4, column: 7, at: '\\_i' },
  { fixture: 'heading-without-equation', ruleId: 'heading-without-equation', severity: 'error', line: 3, column: 9, at: 'Nothing' },
  { fixture: 'missing-where-list', ruleId: 'missing-where-list', severity: 'warning', line: 4, column: 8, at: '' },
  { fixture: 'empty-where-list', ruleId: 'empty-where-list', severity: 'warning', line: 6, column: 1, at: 'where:' },
  { fixture: 'duplicate-name', ruleId: 'duplicate-name', severity: 'warning', line: 11, column: 9, at: 'Twin' },
  { fixture: 'duplicate-slug', ruleId: 'duplicate-slug', severity: 'warning', line: 11, column: 9, at: 'Adam,' },
  { fixture: 'empty-slug', ruleId: 'empty-slug', severity: 'warning', line: 11, column: 9, at: '???' },
  { fixture: 'duplicate-equation', ruleId: 'duplicate-equation', severity: 'warning', line: 16, column: 1, at: '$d = e' },
  { fixture: 'numbering', ruleId: 'numbering', severity: 'warning', line: 11, column: 6, at: '3. Third' },
  { fixture: 'heading-level', ruleId: 'heading-level', severity: 'warning', line: 3, column: 1, at: '### 1.' },
  { fixture: 'unclosed-math', ruleId: 'unclosed-math', severity: 'error', line: 4, column: 1, at: '$\\alpha' },
  { fixture: 'unclosed-code-fence', ruleId: 'unclosed-code-fence', severity: 'error', line: 11, column: 1, at: '```python' },
  { fixture: 'display-delimiters', ruleId: 'display-delimiters', severity: 'info', line: 4, column: 1, at: '$$y = x$$' },
  { fixture: 'where-item-without-math', ruleId: 'where-item-without-math', severity: 'warning', line: 8, column: 3, at: 'A is' },
  { fixture: 'no-equations', ruleId: 'no-equations', severity: 'warning', line: 1, column: 1, at: '# Just' },
  { fixture: 'invalid-encoding', ruleId: 'invalid-encoding', severity: 'error', line: 3, column: 13, at: '' },
];

describe.each(cases)('$ruleId ($fixture.md)', (c) => {
  it(`reports ${c.severity} at ${c.line}:${c.column}`, async () => {
    const file = path.join(FIXTURES, 'rules', `${c.fixture}.md`);
    const project = await loadProject([file]);
    const hits = project.diagnostics.filter((d) => d.ruleId === c.ruleId);
    expect(hits.length, JSON.stringify(project.diagnostics, null, 1)).toBeGreaterThan(0);
    const d = hits[0]!;
    expect(d.severity).toBe(c.severity);
    expect([d.line, d.column]).toEqual([c.line, c.column]);
    if (c.at) expect(textAt(readFileSync(file, 'utf8'), d.line, d.column, c.at.length)).toBe(c.at);
    expect(d.message.length).toBeGreaterThan(10);
  });
});

describe('clean.md', () => {
  it('triggers none of the rules above', async () => {
    const project = await loadProject([path.join(FIXTURES, 'rules', 'clean.md')]);
    const ruleIds = new Set(cases.map((c) => c.ruleId));
    expect(project.diagnostics.filter((d) => ruleIds.has(d.ruleId))).toEqual([]);
  });
});
