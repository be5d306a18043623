// Rules a project can tune: severities per rule id in formulary.config.json, per-file
// overrides by glob, and disable comments in the markdown. A rule turned to error fails check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../src/types.js';
import { applyRuleSettings, findSuppressions } from '../../src/pipeline/rule-settings.js';
import { cli, tempProject } from './helpers.js';

const d = (file: string, line: number, ruleId: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({ file, line, column: 1, severity, ruleId, message: 'm', equation: null });

describe('applyRuleSettings', () => {
  const list = [d('content/a.md', 3, 'undefined-symbol'), d('content/a.md', 4, 'numbering'), d('content/drafts/b.md', 2, 'undefined-symbol'), d('content/a.md', 5, 'katex-error', 'error')];

  it('leaves diagnostics as they are without settings or comments', () => {
    expect(applyRuleSettings(list, {}, new Map())).toEqual(list);
  });

  it('turns a rule off, to a warning or to an error', () => {
    const out = applyRuleSettings(list, { rules: { 'undefined-symbol': 'off', numbering: 'error', 'katex-error': 'warn' } }, new Map());
    expect(out.map((x) => `${x.ruleId}:${x.severity}`)).toEqual(['numbering:error', 'katex-error:warning']);
  });

  it('applies overrides to the files their globs match, later entries winning', () => {
    const out = applyRuleSettings(
      list,
      {
        rules: { 'undefined-symbol': 'error' },
        overrides: [
          { files: ['content/drafts/**'], rules: { 'undefined-symbol': 'warn' } },
          { files: ['**/b.md'], rules: { 'undefined-symbol': 'off' } },
        ],
      },
      new Map(),
    );
    expect(out.map((x) => `${x.file}:${x.ruleId}:${x.severity}`)).toEqual(['content/a.md:undefined-symbol:error', 'content/a.md:numbering:warning', 'content/a.md:katex-error:error']);
  });

  it('honours disable-next-line, disable … enable, and comments without rule ids', () => {
    const text = [
      '<!-- formulary-disable-next-line undefined-symbol -->', // 1
      'line 2', // 2: undefined-symbol off
      '<!-- formulary-disable numbering, unused-symbol -->', // 3
      'line 4', // 4: numbering, unused-symbol off
      '<!-- formulary-enable numbering -->', // 5
      'line 6', // 6: unused-symbol still off
      '<!-- formulary-disable-next-line -->', // 7
      'line 8', // 8: everything off
    ].join('\n');
    const texts = new Map([['f.md', text]]);
    const diags = [d('f.md', 2, 'undefined-symbol'), d('f.md', 2, 'numbering'), d('f.md', 4, 'numbering'), d('f.md', 6, 'numbering'), d('f.md', 6, 'unused-symbol'), d('f.md', 8, 'katex-error', 'error'), d('f.md', 9, 'katex-error', 'error')];
    const kept = applyRuleSettings(diags, {}, texts).map((x) => `${x.line}:${x.ruleId}`);
    expect(kept).toEqual(['2:numbering', '6:numbering', '9:katex-error']);
    expect(findSuppressions('no comments here').ranges.size).toBe(0);
  });
});

describe('formulary check with rule settings', () => {
  let dir = '';
  const DOC = [
    '# Rules', // 1
    '', // 2
    '#### 1. Force', // 3
    '$F = m a$', // 4: a undefined
    '', // 5
    'where:', // 6
    '', // 7
    '- $F$ is the force', // 8
    '- $m$ is the mass', // 9
    '', // 10
    '#### 2. Energy', // 11
    '<!-- formulary-disable-next-line undefined-symbol -->', // 12
    '$E = m c^2$', // 13: m, c undefined but silenced
    '', // 14
    'where:', // 15
    '', // 16
    '- $E$ is the energy', // 17
    '',
  ].join('\n');

  beforeAll(() => {
    dir = tempProject('formulary-rules-');
    mkdirSync(path.join(dir, 'content/drafts'), { recursive: true });
    writeFileSync(path.join(dir, 'content/physics.md'), DOC);
    writeFileSync(path.join(dir, 'content/drafts/draft.md'), DOC.replace('# Rules', '# Draft'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const config = (json: unknown): void => writeFileSync(path.join(dir, 'formulary.config.json'), JSON.stringify(json));
  const lines = (out: string): string[] => out.split('\n').filter((l) => /^content\//.test(l));

  it('reports by default, minus the line a comment silences', () => {
    config({});
    const r = cli(dir, 'check');
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toEqual([
      'content/drafts/draft.md:4:8  warning  $a$ is used in the equation but not defined in its where-list; add an item for it  undefined-symbol',
      'content/physics.md:4:8  warning  $a$ is used in the equation but not defined in its where-list; add an item for it  undefined-symbol',
    ]);
  });

  it('exits 1 when a rule is turned to error, and the drafts override turns it off', () => {
    config({ rules: { 'undefined-symbol': 'error' }, overrides: [{ files: 'content/drafts/**', rules: { 'undefined-symbol': 'off' } }] });
    const r = cli(dir, 'check');
    expect(r.status).toBe(1);
    expect(lines(r.stdout)).toEqual(['content/physics.md:4:8  error  $a$ is used in the equation but not defined in its where-list; add an item for it  undefined-symbol']);
    // The build refuses the same error.
    expect(cli(dir, 'build').status).toBe(1);
  });

  it('a rule turned off is not reported anywhere', () => {
    config({ rules: { 'undefined-symbol': 'off' } });
    const r = cli(dir, 'check', '--format', 'json');
    expect(r.status).toBe(0);
    // This project has a config and was never built, so check also (rightly) says its URL history
    // is missing (urls-out-of-date, info, on formulary.urls.json); nothing about the content.
    const diagnostics = JSON.parse(r.stdout).diagnostics as Array<{ ruleId: string; file: string }>;
    expect(diagnostics.filter((d) => d.file !== 'formulary.urls.json')).toEqual([]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['urls-out-of-date']);
  });
});
