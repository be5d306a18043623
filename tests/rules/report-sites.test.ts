// Severity comes only from a rule's meta (src/rules/<id>.ts) and the user's config: no report site
// in src/ writes one. A diagnostic built with a literal severity, or a rule id passed as a string
// where the rule belongs, fails here.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/rules/registry.js';

const SRC = path.resolve(import.meta.dirname, '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'client' ? [] : sources(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

const RULE_FILES = new Set(RULES.map((r) => path.join(SRC, 'rules', `${r.id}.ts`)));

describe('report sites', () => {
  it('never write a severity or a rule id: they pass the rule', () => {
    const found: string[] = [];
    for (const file of sources(SRC)) {
      if (RULE_FILES.has(file)) continue;
      const text = readFileSync(file, 'utf8');
      const rel = path.relative(SRC, file);
      for (const m of text.matchAll(/severity: '(error|warning|info)'|ruleId: '[a-z-]+'|diagnostic(?:At|InMath|AtPoint)\([^;]*?'(?:error|warning|info)'/g)) found.push(`${rel}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });

  it('a rule file declares its own id and default severity', () => {
    for (const rule of RULES) {
      const text = readFileSync(path.join(SRC, 'rules', `${rule.id}.ts`), 'utf8');
      expect(text).toContain(`id: '${rule.id}',\n  severity: '${rule.severity}',`);
    }
  });
});
