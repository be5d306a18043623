// The rule documentation is generated from the registry (scripts/rules-docs.js, `npm run docs:rules`):
// the README's Diagnostics table and docs/rules/<id>.md must be what it would write now, and
// SARIF's helpUri must lead to a rule's page.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/rules/registry.js';
import { rulePage, rulesTable, TABLE_END, TABLE_START, withRulesTable } from '../../src/rules/docs.js';
import { RULE_DOCS_BASE, ruleDocsUrl } from '../../src/rules/docs-url.js';
import { formatSarif } from '../../src/cli/sarif.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const STALE = 'out of date: run `npm run compile && npm run docs:rules`';

describe('generated rule docs', () => {
  it("the README's Diagnostics table is the registry's", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(TABLE_START);
    expect(readme).toContain(TABLE_END);
    expect(withRulesTable(readme, rulesTable(RULES)), STALE).toBe(readme);
  });

  it('docs/rules/ has one page per rule, each as the registry writes it', () => {
    const dir = path.join(ROOT, 'docs/rules');
    expect(readdirSync(dir).filter((f) => f.endsWith('.md')).sort()).toEqual(RULES.map((r) => `${r.id}.md`).sort());
    for (const rule of RULES) expect(readFileSync(path.join(dir, `${rule.id}.md`), 'utf8'), `${rule.id}.md ${STALE}`).toBe(rulePage(rule));
  });

  it('a page shows what the rule catches, why, the failing and the passing example and how to fix it', () => {
    const page = rulePage(RULES.find((r) => r.id === 'unclosed-code-fence')!);
    for (const heading of ['## What it catches', '## Why', '## Failing example', '## Passing example', '## How to fix']) expect(page).toContain(heading);
    // The example holds a ``` fence, so the page's own fence is longer.
    expect(page).toContain('````markdown\n# Rules');
    expect(page).toContain('reports `unclosed-code-fence` at `content/example.md:11:1`');
  });

  it("SARIF gives each rule its page as helpUri, its summary and its default level", () => {
    const sarif = JSON.parse(formatSarif([{ file: 'content/a.md', line: 4, column: 6, severity: 'error', ruleId: 'katex-error', message: 'x', equation: null }]));
    const [rule] = sarif.runs[0].tool.driver.rules;
    expect(rule.helpUri).toBe(ruleDocsUrl('katex-error'));
    expect(rule.helpUri.startsWith(RULE_DOCS_BASE)).toBe(true);
    expect(rule.helpUri.endsWith('/docs/rules/katex-error.md')).toBe(true);
    expect(rule.shortDescription.text).toBe(RULES[0]!.summary);
    expect(rule.defaultConfiguration).toEqual({ level: 'error' });
  });
});
