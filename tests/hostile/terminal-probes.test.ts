// Hostile probes against the terminal and the command line (issue 17): control characters from
// content are shown escaped in every output format, a reader that goes away early (`| head -1`)
// ends the command quietly, and unclear inputs get one line and exit 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { escapeControl, jsonForTerminal } from '../../src/cli/format.js';
import { loadProject } from '../../src/pipeline/project.js';
import { HANG_LIMIT } from '../hang-limit.js';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/formulary.js');
const ESCAPES = 'tests/fixtures/hostile/terminal-escapes.md';
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: HANG_LIMIT });
/** Any character a terminal would act on (tab and newline are fine). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

let tmp = '';
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'formulary-terminal-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('control characters from content', () => {
  it('pretty: a heading with ESC ] 0 ; … BEL cannot retitle the terminal; every control is shown as \\xNN', () => {
    const r = cli('check', ESCAPES);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('"\\x1b]0;pwned\\x07 Title" is also the name of the equation at line 6');
    expect(r.stdout).toContain('Clear \\x1b[2J\\x1b[H screen \\x9b31m red');
  });

  it('github: the same, inside the annotations', () => {
    const r = cli('check', '--format', 'github', ESCAPES);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toMatch(/^::warning file=tests\/fixtures\/hostile\/terminal-escapes\.md,line=14,col=9,title=duplicate-name::"\\x1b\]0;pwned\\x07 Title"/m);
  });

  it('json: escaped by JSON (C1 included), and the parsed message keeps the real characters', () => {
    const r = cli('check', '--format', 'json', ESCAPES);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    const messages = (JSON.parse(r.stdout) as { diagnostics: Array<{ message: string }> }).diagnostics.map((d) => d.message);
    expect(messages.some((m) => m.includes('\u001b]0;pwned\u0007'))).toBe(true);
    expect(messages.some((m) => m.includes('\u009b31m'))).toBe(true);
    const x = cli('export', ESCAPES);
    expect(x.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.stringify(JSON.parse(x.stdout))).toContain('\\u001b]0;pwned');
  });

  it('the escaping itself: C0 but tab and newline, DEL, C1 and bidi overrides', () => {
    expect(escapeControl('a\u001b[31mb\u0007c\rd\te\nf\u007fg\u0085h\u202ei')).toBe('a\\x1b[31mb\\x07c\\x0dd\te\nf\\x7fg\\x85h\\u202ei');
    expect(JSON.parse(jsonForTerminal({ s: '\u009b\u202e\u001b' }))).toEqual({ s: '\u009b\u202e\u001b' });
    expect(jsonForTerminal({ s: '\u009b\u202e' })).not.toMatch(/[\u009b\u202e]/);
  });

  it('a path with control characters in a one-line error is escaped too', () => {
    const r = cli('check', 'no-such-\u001b]0;pwned\u0007.md');
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('no-such-\\x1b]0;pwned\\x07.md');
  });
});

describe('a reader that goes away early (check | head -1)', () => {
  it('EPIPE on stdout ends the command with its own exit code and no stack trace', async () => {
    // Enough diagnostics to overflow the pipe's buffer after the reader is gone.
    let text = '# Many\n\n';
    for (let i = 1; i <= 700; i++) text += `#### ${i}. Equation ${i}\n$y = z_{${i}}$\n\nwhere:\n\n- $y$ is the output\n\n`;
    const file = path.join(tmp, 'many.md');
    writeFileSync(file, text);
    for (const format of ['pretty', 'json', 'github']) {
      const child = spawn(process.execPath, [BIN, 'check', '--format', format, file], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (b: Buffer) => (err += b.toString()));
      child.stdout.once('data', () => child.stdout.destroy()); // like `head -1`: read once, then close
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(code, `${format}: ${err}`).toBe(0); // warnings only: the normal exit code
      expect(err).not.toMatch(/EPIPE|\n\s+at |internal error/);
    }
  });
});

describe('unclear errors are one line and exit 2', () => {
  it('--max-warnings -1, a non-number, or a fraction', () => {
    for (const args of [['--max-warnings', '-1'], ['--max-warnings=-1'], ['--max-warnings', 'abc'], ['--max-warnings', '1.5'], ['--max-warnings', '-0.5']]) {
      const r = cli('check', ...args, 'tests/fixtures/rules/numbering.md');
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/^formulary check: --max-warnings takes a whole number/);
    }
  });

  it('a symlink loop in the content folder is reported as a loop, a dangling one as broken', async () => {
    const dir = path.join(tmp, 'content');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'ok.md'), '# Ok\n\n#### 1. Identity\n$y = x$\n\nwhere:\n\n- $y$ is the output\n- $x$ is the input\n');
    symlinkSync('b.md', path.join(dir, 'a.md'));
    symlinkSync('a.md', path.join(dir, 'b.md'));
    symlinkSync('self.md', path.join(dir, 'self.md'));
    symlinkSync('missing.md', path.join(dir, 'dangling.md'));
    const p = await loadProject([dir]);
    const found = p.diagnostics.map((d) => `${path.basename(d.file)} ${d.ruleId}`).sort();
    expect(found).toEqual(['a.md symlink-loop', 'b.md symlink-loop', 'dangling.md symlink-broken', 'self.md symlink-loop']);
    expect(p.diagnostics.find((d) => d.ruleId === 'symlink-loop')?.message).toMatch(/loop/);
    const r = cli('check', path.join(dir, 'self.md'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^formulary check: content path '.*self\.md' is a symlink loop$/);
  });
});
