// The bound on equations per file (README "Limits": 10,000, `too-many-equations`), at the bound and
// one past it, and the 100,000-heading file of the attack catalogue that it exists for.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { MAX_EQUATIONS_PER_FILE, parseCollection } from '../../src/parse/parse.js';
import { HANG_LIMIT } from '../hang-limit.js';

// Hostile inputs take as long as a loaded machine needs: each test waits (HANG_LIMIT only ends a hang).
vi.setConfig({ testTimeout: HANG_LIMIT });

const ROOT = path.resolve(__dirname, '../..');
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin/formulary.js'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
/** `# Many` then n equations `#### k. E<k>` / `$x_{k}$`, each heading on line 3 + 3·(k − 1). */
const headings = (n: number) => `# Many\n\n${Array.from({ length: n }, (_, i) => `#### ${i + 1}. E${i}\n$x_{${i}}$\n`).join('\n')}`;
let tmp = '';

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-equations-per-file-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('equations per file: too-many-equations', () => {
  it(`${MAX_EQUATIONS_PER_FILE.toLocaleString('en-US')} equations are all read; one more is an error at its heading and is not read`, () => {
    const at = parseCollection({ path: 'at.md', text: headings(MAX_EQUATIONS_PER_FILE) });
    expect(at.collection.equations).toHaveLength(MAX_EQUATIONS_PER_FILE);
    expect(at.diagnostics.map((d) => d.ruleId)).not.toContain('too-many-equations');

    const over = parseCollection({ path: 'over.md', text: headings(MAX_EQUATIONS_PER_FILE + 1) });
    expect(over.collection.equations).toHaveLength(MAX_EQUATIONS_PER_FILE);
    expect(over.collection.equations.at(-1)!.nameText).toBe(`E${MAX_EQUATIONS_PER_FILE - 1}`);
    const errors = over.diagnostics.filter((d) => d.ruleId === 'too-many-equations');
    // At the name of the 10,001st heading, `#### 10001. E10000`, on line 3 + 3 · 10,000; and nothing else there.
    expect(errors).toMatchObject([{ severity: 'error', line: 3 + 3 * MAX_EQUATIONS_PER_FILE, column: 13 }]);
    expect(over.diagnostics.filter((d) => d.line >= 3 + 3 * MAX_EQUATIONS_PER_FILE)).toEqual(errors);
    expect(errors[0]!.message).toMatch(/^More than 10,000 equations in one file: .*split the file into several collections$/);
  });

  it('100,000 equations in one file: check names the limit and exits 1, build writes nothing', () => {
    const file = path.join(tmp, 'headings100k.md');
    writeFileSync(file, headings(100_000));
    const check = spawnSync(process.execPath, [path.join(ROOT, 'bin/formulary.js'), 'check', file, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stdout + check.stderr).toContain(`headings100k.md:30003:13  error  More than 10,000 equations in one file`);
    expect(check.stderr).not.toMatch(/\n\s+at |internal error/);

    const out = path.join(tmp, 'dist');
    const build = cli('build', file, '--out', out);
    expect(build.status).toBe(1);
    expect(build.stderr).toMatch(/too-many-equations/);
    expect(build.stderr).not.toMatch(/\n\s+at |internal error/);
    expect(existsSync(out)).toBe(false);
  });
});
