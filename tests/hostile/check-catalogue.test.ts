// The catalogue of bad inputs (issue: hostile and broken input), as far as `check` goes:
// every one ends in diagnostics with positions, or a one-line error, and the right exit code.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import katex from 'katex';
import { loadProject } from '../../src/pipeline/project.js';
import { safeKatexOptions } from '../../src/katex/options.js';
import type { Diagnostic } from '../../src/types.js';
import { expectInsideFile } from './positions.js';
import { HANG_LIMIT } from '../hang-limit.js';

// Hostile inputs take as long as a loaded machine needs: each test waits (HANG_LIMIT only ends a hang).
vi.setConfig({ testTimeout: HANG_LIMIT });

const ROOT = path.resolve(__dirname, '../..');
const HOSTILE = path.join(ROOT, 'tests/fixtures/hostile');
let tmp = '';

const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/formulary.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
const rules = (ds: Diagnostic[]) => ds.map((d) => d.ruleId);
const check = async (file: string) => loadProject([file]);

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-hostile-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bad files', () => {
  it('an empty file: a warning, no crash', async () => {
    const p = await check(path.join(HOSTILE, 'empty.md'));
    expect(rules(p.diagnostics)).toEqual(['no-equations']);
    expect(p.collections[0]!.collection.equations).toEqual([]);
  });

  it('a file with no equations: a warning', async () => {
    expect(rules((await check(path.join(HOSTILE, 'no-equations.md'))).diagnostics)).toEqual(['no-equations']);
  });

  it('binary garbage: an invalid-encoding error at 1:1 region, exit 1', () => {
    const file = path.join(tmp, 'garbage.md');
    writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const r = cli('check', '--format', 'json', file);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics.map((d: Diagnostic) => d.ruleId)).toEqual(['invalid-encoding']);
  });

  it('invalid UTF-8: the position of the first bad byte', async () => {
    const file = path.join(tmp, 'latin1.md');
    writeFileSync(file, Buffer.concat([Buffer.from('# Title\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]));
    const p = await check(file);
    expect(p.diagnostics).toMatchObject([{ ruleId: 'invalid-encoding', severity: 'error', line: 3, column: 4 }]);
  });

  it('a BOM is dropped: positions count from the first real character', async () => {
    const p = await check(path.join(HOSTILE, 'bom.md'));
    expect(p.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(p.collections[0]!.collection.title).toBe('With a BOM');
    expect(p.collections[0]!.collection.equations[0]!.positions.heading.start).toMatchObject({ line: 3, column: 1 });
  });

  it('CRLF line endings: same records, and columns that ignore the \\r', async () => {
    const p = await check(path.join(HOSTILE, 'crlf.md'));
    const eq = p.collections[0]!.collection.equations[0]!;
    expect(eq.variables.map((v) => v.symbols[0])).toEqual(['y', 'x']);
    expect(p.diagnostics.find((d) => d.ruleId === 'katex-error')).toMatchObject({ line: 4, column: 6 });
  });

  it('a 10 MB file: refused with a diagnostic, exit 1, in bounded time', () => {
    const file = path.join(tmp, 'huge.md');
    writeFileSync(file, '# Huge\n\n' + 'lorem ipsum dolor sit amet '.repeat(400_000));
    const r = cli('check', file);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/huge\.md:1:1 {2}error {2}.*MiB.* {2}file-too-large/);
  });
});

describe('hostile math', () => {
  it('10,000 nested braces: a KaTeX error with a position, not a stack overflow', async () => {
    const file = path.join(tmp, 'nested.md');
    const text = `# Nested\n\n#### 1. Deep\n$y = ${'{'.repeat(10_000)}x${'}'.repeat(10_000)}$\n\nwhere:\n\n- $y$ is the output\n- $x$ is the input\n`;
    writeFileSync(file, text);
    const p = await check(file);
    expectInsideFile(p.diagnostics, text);
    const r = cli('check', file);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect([0, 1]).toContain(r.status);
  });

  it('\\def and \\edef expansion bombs are cut off by KaTeX\'s maxExpand', async () => {
    const p = await check(path.join(HOSTILE, 'expansion-bomb.md'));
    const errors = p.diagnostics.filter((d) => d.ruleId === 'katex-error');
    expect(errors).toHaveLength(2);
    // KaTeX says "need to increase maxExpand setting", a setting authors cannot reach: the message says what to do.
    for (const e of errors) expect(e.message).toBe('More than 1,000 macro expansions: a macro that calls itself, or one used too often in this formula');
    // The limit, not luck, is what stops it.
    expect(() => katex.renderToString('\\def\\a{\\a\\a}\\a', safeKatexOptions({ displayMode: true }))).toThrow(/Too many expansions/);
  });

  it('groups nested 6,000 deep (under the formula size limit) are one katex-error that says so, not a stack trace', async () => {
    const file = path.join(tmp, 'deep-scripts.md');
    writeFileSync(file, `# Deep\n\n#### 1. Tower\n$x${'^{'.repeat(6000)}y${'}'.repeat(6000)}$\n\nwhere:\n\n- $x$ is x\n- $y$ is y\n`);
    const errors = (await check(file)).diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toMatchObject([{ ruleId: 'katex-error', line: 4, column: 2 }]);
    expect(errors[0]!.message).toMatch(/^This formula nests groups too deeply for KaTeX to lay out .*: flatten it$/);
    const r = cli('check', file);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/Maximum call stack|\n\s+at /);
  });

  it('\\rule{100000em}{100000em} is clamped by maxSize', async () => {
    const p = await check(path.join(HOSTILE, 'huge-rule.md'));
    expect(p.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const html = katex.renderToString('\\rule{100000em}{100000em}', safeKatexOptions({ displayMode: true, output: 'html' }));
    expect(html).not.toMatch(/100000em/);
    expect(html).toMatch(/border-right-width:20em/);
  });

  it('\\href, \\url, \\includegraphics and \\html* from content are refused errors at their column', async () => {
    const p = await check(path.join(HOSTILE, 'untrusted-commands.md'));
    const refused = p.diagnostics.filter((d) => d.ruleId === 'untrusted-command');
    expect(refused.map((d) => d.message.match(/`(\\\w+)`/)?.[1])).toEqual(['\\href', '\\url', '\\includegraphics', '\\htmlData', '\\htmlClass', '\\htmlId', '\\htmlStyle']);
    expect(refused[0]).toMatchObject({ line: 4, column: 6, severity: 'error' });
  });

  it('an unclosed $ is not an equation: the heading is reported', async () => {
    const p = await check(path.join(HOSTILE, 'unclosed-dollar.md'));
    expect(rules(p.diagnostics)).toContain('heading-without-equation');
  });

  it('an unclosed code fence that swallows headings is an error at the fence', async () => {
    const p = await check(path.join(HOSTILE, 'unclosed-fence.md'));
    expect(p.diagnostics.find((d) => d.ruleId === 'unclosed-code-fence')).toMatchObject({ line: 11, column: 1, severity: 'error' });
  });
});

describe('hostile names', () => {
  it('two names with the same slug: a warning (no longer an error), and distinct slugs all the same', async () => {
    const p = await check(path.join(HOSTILE, 'same-slug.md'));
    expect(rules(p.diagnostics)).toContain('duplicate-slug');
    const slugs = p.collections[0]!.collection.equations.map((e) => e.slug);
    expect(new Set(slugs).size).toBe(2);
  });

  it('a name that slugifies to nothing: a warning and a safe fallback slug', async () => {
    const p = await check(path.join(HOSTILE, 'no-slug.md'));
    expect(p.collections[0]!.collection.equations.map((e) => e.slug)).toEqual(['alpha-beta', 'equation-2']);
    expect(rules(p.diagnostics)).toContain('empty-slug');
  });

  it('a 5,000-character name: a bounded slug', async () => {
    const file = path.join(tmp, 'long-name.md');
    writeFileSync(file, `# Long\n\n#### 1. ${'Very Long Name '.repeat(334)}\n$y = x$\n\nwhere:\n\n- $y$ is the output\n- $x$ is the input\n`);
    const p = await check(file);
    expect(p.collections[0]!.collection.equations[0]!.slug.length).toBeLessThanOrEqual(80);
  });

  it('a name like ../../etc/passwd becomes a plain slug', async () => {
    const p = await check(path.join(HOSTILE, 'xss.md'));
    const slugs = p.collections[0]!.collection.equations.map((e) => e.slug);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9-]+$/);
    expect(slugs[1]).toBe('etc-passwd');
  });
});

describe('hostile paths', () => {
  it('a symlink pointing outside the content folder is skipped with a warning', async () => {
    const dir = path.join(tmp, 'content');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'ok.md'), '# Ok\n\n#### 1. Identity\n$y = x$\n\nwhere:\n\n- $y$ is the output\n- $x$ is the input\n');
    writeFileSync(path.join(tmp, 'secret.md'), '# Secret\n');
    symlinkSync(path.join(tmp, 'secret.md'), path.join(dir, 'leak.md'));
    const p = await loadProject([dir]);
    expect(p.collections.map((c) => c.collection.title)).toEqual(['Ok']);
    expect(rules(p.diagnostics)).toContain('symlink-outside-content');
  });

  it('a content path that does not exist, or a folder without markdown: exit 2, one line', () => {
    const empty = path.join(tmp, 'empty-dir');
    mkdirSync(empty);
    for (const target of [path.join(tmp, 'missing.md'), empty]) {
      const r = cli('check', target);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
