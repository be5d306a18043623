// Help like any CLI: every command lists its options (one line each) and an example; an
// unknown option names the closest one (exit 2, one line).
import { describe, expect, it } from 'vitest';
import { COMMAND_SPECS } from '../../src/cli/commands.js';
import { cli, ROOT } from './helpers.js';

describe('formulary --help', () => {
  it('lists every command', () => {
    const r = cli(ROOT, '--help');
    expect(r.status).toBe(0);
    for (const name of ['check', 'export', 'build', 'preview', 'dev', 'init']) expect(r.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
  });

  for (const [name, spec] of Object.entries(COMMAND_SPECS)) {
    it(`formulary ${name} --help lists each option on one line, and an example`, () => {
      const r = cli(ROOT, name, '--help');
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: formulary ${name}`, 'm'));
      for (const option of [...Object.keys(spec.options), 'help']) expect(r.stdout).toMatch(new RegExp(`^ +(-\\w, )?--${option}\\b.* {2,}\\w.*$`, 'm'));
      expect(r.stdout).toMatch(/^Examples?:\n {2}formulary /m);
      expect(r.stdout).not.toMatch(/README/);
    });
  }

  it('names the closest option for an unknown one, with exit 2 and one line', () => {
    const cases: Array<[string[], string]> = [
      [['build', '--out-dir', 'x'], 'unknown option --out-dir; did you mean --out?'],
      [['check', '--fromat', 'json'], 'unknown option --fromat; did you mean --format?'],
      [['preview', '--prot', '80'], 'unknown option --prot; did you mean --port?'],
      [['dev', '--hots', 'x'], 'unknown option --hots; did you mean --host?'],
      [['check', '--max-warning', '1'], 'unknown option --max-warning; did you mean --max-warnings?'],
    ];
    for (const [args, message] of cases) {
      const r = cli(ROOT, ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toBe(`formulary ${args[0]}: ${message}\n`);
    }
  });

  it('says what is wrong with a value or a command, in one line', () => {
    expect(cli(ROOT, 'build', '--out').stderr).toBe('formulary build: --out needs a value\n');
    expect(cli(ROOT, 'check', '--quiet=yes').stderr).toBe('formulary check: --quiet takes no value\n');
    const typo = cli(ROOT, 'biuld');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe('formulary: unknown command \'biuld\'; did you mean build?\n');
  });
});
