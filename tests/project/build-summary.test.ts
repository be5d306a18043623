// What `build` says: in a log, one summary line that counts the warnings and names the command
// that lists them the way the user runs Formulary; a symbol a borrowed meaning explains on the
// page is `info`, so the warnings are only what the author should act on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { cli, CLI, tempProject } from './helpers.js';

const BORROWED = `# Mechanics

## Motion

#### 1. Kinetic Energy
$E = \\frac{1}{2} m v^2$

where:

- $E$ is the kinetic energy
- $m$ is the mass
- $v$ is the speed

#### 2. Momentum
$p = m v + q$

where:

- $p$ is the momentum
`;

let dir = '';
beforeAll(() => {
  dir = tempProject('formulary-summary-');
  mkdirSync(path.join(dir, 'content'));
  writeFileSync(path.join(dir, 'content/mechanics.md'), BORROWED);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `formulary build` with only the given npm variables (none: as from a shell or npx). */
function build(env: Record<string, string>, ...args: string[]) {
  const clean: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) clean[k] = v;
  return spawnSync(process.execPath, [CLI, 'build', '--no-images', '--no-speech', ...args], { cwd: dir, encoding: 'utf8', env: { ...clean, ...env, NO_COLOR: '1' } });
}

describe('borrowed meanings', () => {
  it('a symbol another equation of the same topic explains (its page shows the meaning) is info; one nothing explains stays a warning', () => {
    const out = cli(dir, 'check').stdout;
    expect(out).toMatch(/mechanics\.md:15:6  info  \$m\$ is used in the equation but not defined in its where-list; add an item for it \(defined in 1\. Kinetic Energy as 'the mass'\)  undefined-symbol/);
    expect(out).toMatch(/mechanics\.md:15:8  info  \$v\$ .* undefined-symbol/);
    expect(out).toMatch(/mechanics\.md:15:12  warning  \$q\$ is used in the equation but not defined in its where-list; add an item for it  undefined-symbol/);
    expect(out).toMatch(/0 errors, 1 warning, 2 info$/m);
  });
});

describe('the build summary', () => {
  it('not on a terminal: one line, no progress, naming `npx formulary check` from a shell', () => {
    const r = build({});
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Built 2 equations, \d+ pages, \d+ KB into dist\/ in \d+ ms; 1 warning \(`npx formulary check` lists them\)\n$/);
    expect(r.stderr).not.toMatch(/\r|\x1b/);
  });

  it('from an npm script: names the project\'s own script', () => {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', scripts: { build: 'formulary build', check: 'formulary check' } }));
    const r = build({ npm_lifecycle_event: 'build', npm_package_json: path.join(dir, 'package.json') });
    expect(r.stdout).toMatch(/; 1 warning \(`npm run check` lists them\)$/m);
  });

  it('counts one equation as one, not "1 equations"', () => {
    const one = tempProject('formulary-summary-one-');
    try {
      mkdirSync(path.join(one, 'content'));
      writeFileSync(path.join(one, 'content/ohm.md'), '# Circuits\n\n#### Ohm\n$V = I R$\n\nwhere:\n\n- $V$ is the voltage\n- $I$ is the current\n- $R$ is the resistance\n');
      const r = spawnSync(process.execPath, [CLI, 'build', '--no-images', '--no-speech'], { cwd: one, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Built 1 equation, \d+ pages, /);
    } finally {
      rmSync(one, { recursive: true, force: true });
    }
  });

  it('--quiet: the summary only, without the warning count', () => {
    const r = build({}, '--quiet');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Built 2 equations, .* in \d+ ms\n$/);
    expect(r.stderr).toBe('');
  });
});
