// `check --format sarif` for GitHub code scanning: valid SARIF 2.1.0 (the OASIS schema, as
// shipped by @microsoft/jest-sarif; draft-04, so ajv-draft-04, and its patterns are not valid
// with the u flag), one result per diagnostic at its exact position.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import { cli, ROOT } from './helpers.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(schema);

describe('formulary check --format sarif', () => {
  it('is valid SARIF 2.1.0 with each diagnostic as a result at its line and column', () => {
    const r = cli(ROOT, 'check', '--format', 'sarif', 'tests/fixtures/rules/katex-error-command.md', 'tests/fixtures/rules/numbering.md', 'tests/fixtures/rules/display-delimiters.md');
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('formulary');
    const json = JSON.parse(cli(ROOT, 'check', '--format', 'json', 'tests/fixtures/rules/katex-error-command.md', 'tests/fixtures/rules/numbering.md', 'tests/fixtures/rules/display-delimiters.md').stdout);
    expect(run.results).toHaveLength(json.diagnostics.length);
    const levels = new Set(run.results.map((x: { level: string }) => x.level));
    expect(levels).toEqual(new Set(['error', 'warning', 'note']));
    const katex = run.results.find((x: { ruleId: string }) => x.ruleId === 'katex-error');
    expect(katex.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'tests/fixtures/rules/katex-error-command.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 6 },
    });
    for (const x of run.results) expect(run.tool.driver.rules[x.ruleIndex].id).toBe(x.ruleId);
    // The schema does bite: a level SARIF does not know is refused.
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'info';
    expect(validate(broken)).toBe(false);
  });

  it('is valid with no results too', () => {
    const r = cli(ROOT, 'check', '--format', 'sarif', 'tests/fixtures/rules/clean.md');
    expect(r.status).toBe(0);
    const log = JSON.parse(r.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });
});
