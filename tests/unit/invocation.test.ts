// The command a message tells the user to run, the way they run Formulary: `npm run check` from
// an npm script that has one, `npx formulary check` otherwise.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commandHint } from '../../src/cli/invocation.js';

const dir = mkdtempSync(path.join(tmpdir(), 'formulary-hint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function pkg(scripts: Record<string, string>): string {
  const file = path.join(dir, `${Object.keys(scripts).join('-') || 'none'}.json`);
  writeFileSync(file, JSON.stringify({ name: 'x', scripts }));
  return file;
}

describe('commandHint', () => {
  it('outside npm scripts: npx formulary <command>', () => {
    expect(commandHint('check', {})).toBe('npx formulary check');
  });

  it('from an npm script, the script that runs the command: npm run check', () => {
    const file = pkg({ start: 'npm run build && npm run preview', build: 'formulary build', check: 'formulary check' });
    expect(commandHint('check', { npm_lifecycle_event: 'build', npm_package_json: file }, dir)).toBe('npm run check');
    // This repository's own scripts call the launcher.
    const repo = pkg({ lint: 'node bin/formulary.js check' });
    expect(commandHint('check', { npm_lifecycle_event: 'build', npm_package_json: repo }, dir)).toBe('npm run lint');
  });

  it('from an npm script when no script runs the command: npx', () => {
    const file = pkg({ build: 'formulary build', verify: 'formulary check --max-warnings 0 && echo ok' });
    expect(commandHint('export', { npm_lifecycle_event: 'build', npm_package_json: file }, dir)).toBe('npx formulary export');
    expect(commandHint('check', { npm_lifecycle_event: 'build', npm_package_json: path.join(dir, 'missing.json') }, dir)).toBe('npx formulary check');
  });

  it('under npx, or with the package.json of another folder: npx', () => {
    const file = pkg({ check: 'formulary check', build: 'formulary build' });
    expect(commandHint('check', { npm_lifecycle_event: 'npx', npm_package_json: file }, dir)).toBe('npx formulary check');
    expect(commandHint('check', { npm_lifecycle_event: 'build', npm_package_json: file }, tmpdir())).toBe('npx formulary check');
  });
});
