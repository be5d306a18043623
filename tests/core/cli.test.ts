// The compiled command as CI runs it (npm test compiles to lib/ first).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { readFileSync } from 'node:fs';

const ROOT = path.resolve(__dirname, '../..');
const run = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/formulary.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
const fixture = (name: string) => path.join('tests/fixtures/rules', name);

describe('formulary check', () => {
  it('reports 100 equations and no errors for the seed as JSON, and exits 0', () => {
    const r = run('check', '--format', 'json', 'content/deep-learning-equations.md');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.files).toEqual([{ file: 'content/deep-learning-equations.md', equations: 100 }]);
    expect(out.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    for (const d of out.diagnostics) expect(Object.keys(d).sort()).toEqual(['column', 'equation', 'file', 'line', 'message', 'ruleId', 'severity']);
  });

  it('prints compiler-style lines and exits 1 on errors', () => {
    const r = run('check', fixture('katex-error-command.md'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^tests\/fixtures\/rules\/katex-error-command\.md:4:6 {2}error {2}.*\\foo.* {2}katex-error$/m);
    expect(r.stdout).toMatch(/1 error/);
  });

  it('prints GitHub Actions annotations', () => {
    const r = run('check', '--format', 'github', fixture('katex-error-command.md'));
    expect(r.stdout).toMatch(/^::error file=tests\/fixtures\/rules\/katex-error-command\.md,line=4,col=6,title=katex-error::/m);
  });

  it('fails on more warnings than --max-warnings', () => {
    expect(run('check', '--max-warnings', '0', fixture('numbering.md')).status).toBe(1);
    expect(run('check', fixture('numbering.md')).status).toBe(0);
  });

  it('exits 2 with one line and no stack trace for a missing path, a folder without markdown, or a bad option', () => {
    for (const args of [['check', 'no/such/file.md'], ['check', 'tests/fixtures/empty-dir-does-not-exist'], ['check', '--format', 'xml'], ['check', '--bogus']]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('formulary --version', () => {
  it('prints the version of package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run('--version').stdout.trim()).toBe(`formulary ${pkg.version}`);
  });
});

describe('formulary export', () => {
  it('prints the typed records', () => {
    const r = run('export', 'content/deep-learning-equations.md');
    expect(r.status).toBe(0);
    const data = JSON.parse(r.stdout);
    const adam = data.collections[0].equations.find((e: { slug: string }) => e.slug === 'adam-optimizer');
    expect(adam).toMatchObject({ number: 17, name: 'Adam Optimizer', group: null });
    expect(adam.variables[0]).toEqual({ symbols: ['m'], description: 'the first moment estimate' });
    expect(adam.topic).toBeTruthy();
  });
});
