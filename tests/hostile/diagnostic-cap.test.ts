// At most 100 diagnostics of one rule per file are listed (src/diagnostics/cap.ts; README
// "Limits"), then one too-many-diagnostics line; the counts and the exit code include them all.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { MAX_DIAGNOSTICS_PER_RULE } from '../../src/diagnostics/cap.js';
import { HANG_LIMIT } from '../hang-limit.js';

// Hostile inputs take as long as a loaded machine needs: each test waits (HANG_LIMIT only ends a hang).
vi.setConfig({ testTimeout: HANG_LIMIT });

const ROOT = path.resolve(__dirname, '../..');
const EQ = '#### 1. Identity\n$y = x$\n\nwhere:\n\n- $y$ is the output\n- $x$ is the input\n';
let tmp = '';

const cli = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/formulary.js'), ...args], { cwd, encoding: 'utf8' });
/** A file with `n` formulas that do not compile, each in its own paragraph (line 3 + 2k). */
const broken = (name: string, n: number): string => {
  const file = path.join(tmp, name);
  writeFileSync(file, `# Broken\n\n${'$\\nosuchcommand$\n\n'.repeat(n)}${EQ}`);
  return file;
};
const lines = (out: string, rule: string) => out.split('\n').filter((l) => l.endsWith(`  ${rule}`));

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-cap-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe(`diagnostics per rule per file: ${MAX_DIAGNOSTICS_PER_RULE} listed`, () => {
  it(`${MAX_DIAGNOSTICS_PER_RULE} katex-errors: all listed, no summary line`, () => {
    const r = cli(tmp, 'check', broken('at.md', MAX_DIAGNOSTICS_PER_RULE));
    expect(r.status).toBe(1);
    expect(lines(r.stdout, 'katex-error')).toHaveLength(MAX_DIAGNOSTICS_PER_RULE);
    expect(lines(r.stdout, 'too-many-diagnostics')).toEqual([]);
    expect(r.stdout).toContain(`1 equation in 1 file: ${MAX_DIAGNOSTICS_PER_RULE} errors, 0 warnings, 0 info`);
  });

  it(`one more: ${MAX_DIAGNOSTICS_PER_RULE} listed, then one line where the rest begin; the counts and the exit code include it`, () => {
    const r = cli(tmp, 'check', broken('over.md', MAX_DIAGNOSTICS_PER_RULE + 1));
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(lines(r.stdout, 'katex-error')).toHaveLength(MAX_DIAGNOSTICS_PER_RULE);
    const line = 3 + 2 * MAX_DIAGNOSTICS_PER_RULE;
    expect(lines(r.stdout, 'too-many-diagnostics')).toEqual([
      `over.md:${line}:2  info  1 more katex-error diagnostic is not listed from here on (at most 100 of one rule per file); the counts include them  too-many-diagnostics`,
    ]);
    expect(r.stdout).toContain(`1 equation in 1 file: ${MAX_DIAGNOSTICS_PER_RULE + 1} errors, 0 warnings, 0 info`);
  });

  it('JSON keeps the counts and says what was not listed; GitHub annotations are capped too', () => {
    const file = broken('json.md', 250);
    const r = cli(tmp, 'check', '--format', 'json', file);
    expect(r.status).toBe(1);
    const body = JSON.parse(r.stdout) as { counts: Record<string, number>; notListed: unknown[]; diagnostics: Array<{ ruleId: string; message: string }> };
    expect(body.counts).toEqual({ error: 250, warning: 0, info: 0 });
    expect(body.notListed).toEqual([{ file: 'json.md', ruleId: 'katex-error', notListed: 150 }]);
    expect(body.diagnostics.filter((d) => d.ruleId === 'katex-error')).toHaveLength(100);
    expect(body.diagnostics.filter((d) => d.ruleId === 'too-many-diagnostics').map((d) => d.message)).toEqual([
      '150 more katex-error diagnostics are not listed from here on (at most 100 of one rule per file); the counts include them',
    ]);
    const gh = cli(tmp, 'check', '--format', 'github', file);
    expect(gh.stdout.split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(100);
    expect(gh.stdout).toContain('::notice file=json.md,line=203,col=2,title=too-many-diagnostics::150 more katex-error');
  });

  it('each file and each rule has its own 100; `"too-many-diagnostics": "off"` in the config lists every one', () => {
    const dir = mkdtempSync(path.join(tmp, 'project-'));
    writeFileSync(path.join(dir, 'a.md'), `# A\n\n${'$\\nosuchcommand$\n\n'.repeat(101)}${EQ}`);
    writeFileSync(path.join(dir, 'b.md'), `# B\n\n${'$\\nosuchcommand$\n\n'.repeat(101)}${EQ}`);
    const capped = cli(dir, 'check', 'a.md', 'b.md');
    expect(lines(capped.stdout, 'katex-error')).toHaveLength(200);
    expect(lines(capped.stdout, 'too-many-diagnostics').map((l) => l.split(':')[0])).toEqual(['a.md', 'b.md']);
    writeFileSync(path.join(dir, 'formulary.config.json'), JSON.stringify({ rules: { 'too-many-diagnostics': 'off' } }));
    const all = cli(dir, 'check', 'a.md', 'b.md');
    expect(all.status).toBe(1);
    expect(lines(all.stdout, 'katex-error')).toHaveLength(202);
    expect(lines(all.stdout, 'too-many-diagnostics')).toEqual([]);
  });
});
