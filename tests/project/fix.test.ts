// `formulary check --fix` on copies of the seed in temporary projects (content/ itself is never edited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { cli, ROOT, tempProject } from './helpers.js';

const SEED = path.join(ROOT, 'content/deep-learning-equations.md');
const SIDECAR = path.join(ROOT, 'content/deep-learning-equations.topics.md');

let dir: string;
let file: string;
let original: Buffer;

beforeAll(() => {
  dir = tempProject('formulary-fix-');
  mkdirSync(path.join(dir, 'content'));
  file = path.join(dir, 'content/deep-learning-equations.md');
  // A BOM and CRLF line endings, which --fix must keep.
  original = Buffer.from('\uFEFF' + readFileSync(SEED, 'utf8').replace(/\n/g, '\r\n'), 'utf8');
  writeFileSync(file, original);
  copyFileSync(SIDECAR, path.join(dir, 'content/deep-learning-equations.topics.md'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('formulary check --fix', () => {
  it('undefined-symbol says where the meaning is, in every format', () => {
    const wanted = "defined in 33. LSTM Input Gate as 'the sigmoid function'";
    for (const format of ['pretty', 'json', 'github', 'sarif']) expect(cli(dir, 'check', '--format', format).stdout).toContain(wanted);
  });

  it('--dry-run prints a unified diff and writes nothing', () => {
    const r = cli(dir, 'check', '--fix', '--dry-run');
    expect(r.stdout).toContain('--- content/deep-learning-equations.md');
    expect(r.stdout).toContain('+- $\\sigma$ is the sigmoid function');
    expect(readFileSync(file).equals(original)).toBe(true);
  });

  it('--dry-run without --fix is a usage error', () => {
    expect(cli(dir, 'check', '--dry-run').status).toBe(2);
  });

  it('--fix-prose-definitions without --fix is a usage error; with --fix --dry-run it writes nothing', () => {
    expect(cli(dir, 'check', '--fix-prose-definitions').status).toBe(2);
    cli(dir, 'check', '--fix', '--fix-prose-definitions', '--dry-run');
    expect(readFileSync(file).equals(original)).toBe(true);
  });

  it('adds the borrowed meanings as where-items, marked in the JSON, keeping the BOM and CRLF; a second run changes nothing', () => {
    const r = cli(dir, 'check', '--fix', '--format', 'json');
    const body = JSON.parse(r.stdout) as {
      fixes: Array<{ added: Array<{ equation: string; symbols: string[]; from: string; text: string }> }>;
      symbols: Array<{ own: number; borrowed: number; unexplained: number }>;
      diagnostics: Array<{ ruleId: string }>;
    };
    const added = body.fixes[0]!.added;
    expect(added).toContainEqual(expect.objectContaining({ equation: 'lstm-forget-gate', symbols: ['\\sigma'], from: 'lstm-input-gate' }));
    const after = readFileSync(file);
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = after.toString('utf8');
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).toContain('- $b_f$ is the bias\r\n- $\\sigma$ is the sigmoid function\r\n');
    // The report is about the fixed file: the borrowed meanings are now own definitions.
    expect(body.symbols[0]!.borrowed).toBe(0);
    expect(body.diagnostics.filter((d) => d.ruleId === 'undefined-symbol').length).toBe(body.symbols[0]!.unexplained);
    const again = cli(dir, 'check', '--fix', '--format', 'json');
    expect((JSON.parse(again.stdout) as { fixes: unknown[] }).fixes).toEqual([]);
    expect(readFileSync(file).equals(after)).toBe(true);
  });

  it('--fix-delimiters turns the \\[…\\] equations into $…$ and the file still checks', () => {
    const r = cli(dir, 'check', '--fix', '--fix-delimiters');
    expect(r.stdout).toMatch(/rewrote 8 delimiters/);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('\\[\r\n\\begin{aligned}');
    expect(text).toContain('$\\begin{aligned}\r\nv &\\leftarrow \\beta v');
    expect(cli(dir, 'check').stdout).toMatch(/100 equations in 1 file: 0 errors/);
  });
});
